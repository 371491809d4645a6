import type { RefreshScope } from '../../../common/contract/refresh-scopes';
import {
  moveFullCeremony,
  readFullCeremonyPlan,
  readFullCeremonyView,
  showFullCeremony,
} from '../audience/audience-ceremony';
import type { AppContext } from '../context/app-context';
import type { HandlerMap } from '../context/handler-types';
import type { Milestones } from '../data/milestones';
import type { Db } from '../db/open';
import {
  addTrackPodiumAwards,
  createTrackAward,
  deleteTrackAward,
  reorderTrackAwards,
  updateTrackAward,
} from '../tracks/track-awards';
import { lockTrack, readTrackLockCheck, unlockTrack } from '../tracks/track-lock';
import { readTrackResultsView, trackAwardsView } from '../tracks/track-results';
import { decideTrackTie, updateTrackSettings } from '../tracks/track-settings';
import { resolveTrackId } from '../tracks/track-store';

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

/**
 * Results, awards and the ceremony. Every results and awards call names a
 * prize track (`trackId`, main/core/tracks) or, without one, the main track,
 * which is the event as it always was. Writes announce 'results'; lock and
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
  const track = (trackId: number | undefined) => resolveTrackId(db(), trackId);
  const awards = (trackId: number | undefined, change: (database: Db, track: number) => unknown) => {
    const id = track(trackId);
    change(db(), id);
    return announce(trackAwardsView(db(), id));
  };

  return {
    'results.get': ({ trackId }) => readTrackResultsView(db(), track(trackId)),
    'results.updateSettings': ({ trackId, ...change }) =>
      announce(updateTrackSettings(db(), track(trackId), change, now())),
    'results.decideTie': ({ trackId, orderedTeamIds }) =>
      announce(decideTrackTie(db(), track(trackId), orderedTeamIds, now())),
    'results.lockCheck': ({ trackId }) => readTrackLockCheck(db(), track(trackId)),
    'results.lock': ({ trackId, lockedBy, confirmedMissing }) => {
      const locked = announce(lockTrack(db(), track(trackId), lockedBy, now(), confirmedMissing ?? []), [
        'results',
        'scores',
        'ceremony',
      ]);
      // A milestone backup of the locked results (main/core/data/milestones.ts).
      services.milestones.afterResultsLocked();
      return locked;
    },
    'results.unlock': ({ trackId, reason, actor }) =>
      announce(unlockTrack(db(), track(trackId), reason, actor, now()), ['results', 'scores', 'ceremony']),

    'awards.list': ({ trackId }) => trackAwardsView(db(), track(trackId)),
    'awards.create': ({ trackId, kind, ...draft }) =>
      awards(trackId, (d, t) => createTrackAward(d, t, kind, draft)),
    'awards.update': ({ trackId, id, ...draft }) =>
      awards(trackId, (d, t) => updateTrackAward(d, t, id, draft)),
    'awards.delete': ({ trackId, id }) => awards(trackId, (d, t) => deleteTrackAward(d, t, id)),
    'awards.reorder': ({ trackId, ids }) => awards(trackId, (d, t) => reorderTrackAwards(d, t, ids)),
    'awards.addPodium': ({ trackId }) => awards(trackId, addTrackPodiumAwards),

    'ceremony.get': () => readFullCeremonyView(db()),
    'ceremony.plan': () => readFullCeremonyPlan(db()),
    'ceremony.next': () => announce(moveFullCeremony(db(), 'next'), ['ceremony']),
    'ceremony.back': () => announce(moveFullCeremony(db(), 'back'), ['ceremony']),
    'ceremony.reset': () => announce(moveFullCeremony(db(), 'reset'), ['ceremony']),
    'ceremony.show': ({ onScreen }) => announce(showFullCeremony(db(), onScreen), ['ceremony']),
  };
}
