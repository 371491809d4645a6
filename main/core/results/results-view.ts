/**
 * The results page in one read: the ranking (the locked one while locked, so
 * what is shown is what was frozen), the deliberation analysis over every
 * method, settings, lock state, awards with their current winners, overtime.
 */
import type { ResultsView } from '../../../common/contract/results';
import type { Db } from '../db/open';
import { computeRanking } from '../ranking/compute-ranking';
import { analyseDeliberation } from '../ranking/deliberation';
import { listAwards, resolveAwards } from './awards';
import { readLockedResults, readLockView } from './lock-ops';
import { readOvertime } from './overtime';
import { buildRankingInput } from './ranking-input';
import { readScoringSettings } from './settings-store';

export function readResultsView(db: Db): ResultsView {
  return db.transaction((): ResultsView => {
    const input = buildRankingInput(db);
    const locked = readLockedResults(db);
    const ranking = locked ? locked.payload.ranking : computeRanking(input);
    const anyRanked = ranking.rows.some((r) => r.status === 'ranked');
    return {
      settings: readScoringSettings(db),
      ranking,
      deliberation: anyRanked ? analyseDeliberation(input) : null,
      lock: readLockView(db),
      awards: resolveAwards(listAwards(db), ranking),
      // Shown whether or not a penalty is declared: time used is part of the record.
      overtime: readOvertime(db),
    };
  })();
}
