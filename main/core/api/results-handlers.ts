import type { RefreshScope } from '../../../common/contract/refresh-scopes';
import type { AwardView } from '../../../common/contract/results';
import type { AppContext } from '../context/app-context';
import type { HandlerMap } from '../context/handler-types';
import type { Milestones } from '../data/milestones';
import type { Db } from '../db/open';
import { computeRanking } from '../ranking/compute-ranking';
import type { RankingResult } from '../ranking/types';
import {
  addPodiumAwards,
  createAward,
  deleteAward,
  listAwards,
  reorderAwards,
  resolveAwards,
  updateAward,
} from '../results/awards';
import { moveCeremony, readCeremonyPlan, readCeremonyView, showCeremony } from '../results/ceremony';
import { lockResults, readLockCheck, readLockedResults, unlockResults } from '../results/lock-ops';
import { buildRankingInput } from '../results/ranking-input';
import { readResultsView } from '../results/results-view';
import { recordChairDecision, updateScoringSettings } from '../results/settings-store';

type ResultsCall =
  | 'results.get'
  | 'results.updateSettings'
  | 'results.decideTie'
  | 'results.lockCheck'
  | 'results.lock'
  | 'results.unlock'
  | 'awards.list'
  | 'awards.create'
  | 'awards.update'
  | 'awards.delete'
  | 'awards.reorder'
  | 'awards.addPodium'
  | 'ceremony.get'
  | 'ceremony.plan'
  | 'ceremony.next'
  | 'ceremony.back'
  | 'ceremony.reset'
  | 'ceremony.show';

/** Awards with their winners under the ranking shown on the results page (the locked one while locked). */
function awardsView(db: Db): AwardView[] {
  const locked = readLockedResults(db);
  let ranking: RankingResult | null = locked?.payload.ranking ?? null;
  if (!ranking) {
    try {
      ranking = computeRanking(buildRankingInput(db));
    } catch {
      ranking = null; // e.g. no criteria yet: the awards list still shows, without winners
    }
  }
  return resolveAwards(listAwards(db), ranking);
}

/**
 * Results, awards and the ceremony. Writes announce 'results'; lock and
 * unlock also 'scores' (forms lock and unlock) and 'ceremony'; ceremony moves
 * announce only 'ceremony', which is all the projector listens to.
 */
export function resultsHandlers(
  ctx: AppContext,
  services: { milestones: Milestones },
): HandlerMap<ResultsCall> {
  const db = () => ctx.requireEventFile().db;
  const now = () => new Date().toISOString();
  const announce = <T>(value: T, scopes: readonly RefreshScope[] = ['results']): T => {
    ctx.changed(scopes);
    return value;
  };
  const awards = (change: (database: Db) => unknown) => {
    change(db());
    return announce(awardsView(db()));
  };

  return {
    'results.get': () => readResultsView(db()),
    'results.updateSettings': (change) => announce(updateScoringSettings(db(), change, now())),
    'results.decideTie': ({ orderedTeamIds }) => announce(recordChairDecision(db(), orderedTeamIds, now())),
    'results.lockCheck': () => readLockCheck(db()),
    'results.lock': ({ lockedBy, confirmedMissing }) => {
      const locked = announce(lockResults(db(), lockedBy, now(), confirmedMissing ?? []), [
        'results',
        'scores',
        'ceremony',
      ]);
      // A milestone backup of the locked results (main/core/data/milestones.ts).
      services.milestones.afterResultsLocked();
      return locked;
    },
    'results.unlock': ({ reason, actor }) =>
      announce(unlockResults(db(), reason, actor, now()), ['results', 'scores', 'ceremony']),

    'awards.list': () => awardsView(db()),
    'awards.create': ({ kind, ...draft }) => awards((d) => createAward(d, kind, draft)),
    'awards.update': ({ id, ...draft }) => awards((d) => updateAward(d, id, draft)),
    'awards.delete': ({ id }) => awards((d) => deleteAward(d, id)),
    'awards.reorder': ({ ids }) => awards((d) => reorderAwards(d, ids)),
    'awards.addPodium': () => awards(addPodiumAwards),

    'ceremony.get': () => readCeremonyView(db()),
    'ceremony.plan': () => readCeremonyPlan(db()),
    'ceremony.next': () => announce(moveCeremony(db(), 'next'), ['ceremony']),
    'ceremony.back': () => announce(moveCeremony(db(), 'back'), ['ceremony']),
    'ceremony.reset': () => announce(moveCeremony(db(), 'reset'), ['ceremony']),
    'ceremony.show': ({ onScreen }) => announce(showCeremony(db(), onScreen), ['ceremony']),
  };
}
