/**
 * What the chair, the results sheet and the projector read of the audience
 * vote. The standings (tally, combined ranking) exist only once voting closed
 * for good: before that, nobody's screen can show who leads.
 */
import type { Db } from '../db/open';
import { DomainError } from '../errors';
import { listTeams } from '../event/teams';
import { computeRanking } from '../ranking/compute-ranking';
import { readLockedResults } from '../results/lock-ops';
import { buildRankingInput } from '../results/ranking-input';
import { type CombinedRow, combineAudience } from './combine';
import {
  type AudienceCounts,
  type AudienceSettings,
  listBallots,
  readAudience,
  readAudienceSettings,
} from './voting';

export interface AudienceReport {
  settings: AudienceSettings;
  counts: AudienceCounts;
  ballots: ReturnType<typeof listBallots>;
  tally: { teamId: number; name: string; votes: number }[] | null;
  combined: (CombinedRow & { name: string })[] | null;
}

/**
 * The jury's live ranking, or null while the event cannot be ranked (no
 * criterion yet, every weight at 0): the audience's own tally still shows,
 * and the combined ranking waits for the jury's. A read must not fail there:
 * every audience call answers with this report after its write.
 */
function juryRankingIfAny(db: Db) {
  try {
    return computeRanking(buildRankingInput(db));
  } catch (error) {
    if (error instanceof DomainError && error.code.startsWith('ranking.')) return null;
    throw error;
  }
}

export function readAudienceReport(db: Db): AudienceReport {
  return db.transaction((): AudienceReport => {
    const settings = readAudienceSettings(db);
    const { counts, tally } = readAudience(db);
    const names = new Map(listTeams(db).map((t) => [t.id, t.name]));
    const named = <T extends { teamId: number }>(row: T) => ({ ...row, name: names.get(row.teamId) ?? '' });
    const final = settings.state === 'final';
    let combined: AudienceReport['combined'] = null;
    if (final && settings.weight !== null) {
      // The jury's ranking as the results page shows it: the locked one while locked.
      const ranking = readLockedResults(db)?.payload.ranking ?? juryRankingIfAny(db);
      if (ranking)
        combined = combineAudience(ranking.rows, tally, settings.weight, ranking.scaleMax).map(named);
    }
    return { settings, counts, ballots: listBallots(db), tally: final ? tally.map(named) : null, combined };
  })();
}
