/**
 * The one place exports get the results from: the locked results while the
 * results are locked (what was frozen is what is exported), otherwise the
 * ranking computed now by the results area's own function. No second ranking
 * is ever computed here.
 */
import type { Db } from '../db/open';
import { computeRanking } from '../ranking/compute-ranking';
import type { RankingResult } from '../ranking/types';
import { readLockedResults } from '../results/lock-ops';
import { buildRankingInput } from '../results/ranking-input';
import type { DerivedSheet } from '../scoring/hash-chain';
import { readAllSheets } from '../scoring/score-store';

export interface ResultsForExport {
  ranking: RankingResult;
  locked: { atUtc: string; by: string; hash: string } | null;
  /** Every sheet (drafts included, with their status), derived from the score log. */
  sheets: DerivedSheet[];
}

export function readResultsForExport(db: Db): ResultsForExport {
  return db.transaction((): ResultsForExport => {
    const locked = readLockedResults(db);
    return {
      ranking: locked ? locked.payload.ranking : computeRanking(buildRankingInput(db)),
      locked: locked ? { atUtc: locked.record.atUtc, by: locked.record.actor, hash: locked.hash } : null,
      sheets: readAllSheets(db),
    };
  })();
}
