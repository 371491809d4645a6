/**
 * The locked results as one plain object, hashed with canonicalJson + SHA-256
 * (main/core/ranking/results-lock.ts). Besides the ranking it carries what a
 * printed document must be checkable against: names of teams, jurors and
 * criteria, the settings, recusals, overtime, the awards and their winners,
 * and the head of the score log (event count + last hash), so the hash also
 * pins down the exact scores it was computed from.
 */
import type { Db } from '../db/open';
import { rowShape, selectAll, selectOne } from '../db/rows';
import { DomainError } from '../errors';
import { computeRanking } from '../ranking/compute-ranking';
import {
  LEGACY_LOCKED_RESULTS_FORMAT,
  type LegacyLockMeta,
  type LockedResults,
  toLockedResults,
} from '../ranking/results-lock';
import type { RankingResult } from '../ranking/types';
import { listRecusals } from '../scoring/recusals';
import { storedChainHead, verifyScoreLog } from '../scoring/score-store';
import { listAwards, resolveAwards } from './awards';
import { buildRankingInput } from './ranking-input';
import { readScoringSettings } from './settings-store';

export interface ResultsPayload extends LockedResults {
  event: { uid: string; name: string; scaleMax: number };
  teams: { id: number; name: string; projectTitle: string }[];
  jurors: { id: number; name: string; title: string }[];
  criteria: { id: number; name: string; weight: number; min: number; max: number }[];
  settings: {
    method: RankingResult['method'];
    tieBreaks: ReturnType<typeof readScoringSettings>['tieBreaks'];
    chairDecisions: { orderedTeamIds: number[]; atUtc: string }[];
    penalty: { pointsPerStarted30s: number } | null;
  };
  recusals: { jurorId: number; teamId: number; reason: string }[];
  overtime: { teamId: number; overtimeMs: number }[];
  scoreLog: { count: number; lastHash: string };
  awards: { name: string; kind: 'podium' | 'special'; podiumRank: number | null; winnerTeamIds: number[] }[];
  /**
   * The rooms' juries the ranking expected (scoring/panels.ts), so the verifier
   * recomputes the same ranking. Only when the event has rooms: a payload
   * without rooms keeps the exact content, and fingerprint, it always had.
   */
  panels?: { teamIds: number[]; jurorIds: number[] }[];
}

/** A payload as stored: the current format, or format 1 (which also held who locked and when). */
export type StoredResultsPayload =
  | ResultsPayload
  | (Omit<ResultsPayload, 'formatVersion'> &
      LegacyLockMeta & { formatVersion: typeof LEGACY_LOCKED_RESULTS_FORMAT });

/** The payload as a format-1 lock would have held it (to compare a legacy lock with the file now). */
export function asLegacyPayload(payload: ResultsPayload, meta: LegacyLockMeta): StoredResultsPayload {
  return { ...payload, formatVersion: LEGACY_LOCKED_RESULTS_FORMAT, ...meta };
}

/**
 * Builds the payload from the file as it is now. It holds the results only
 * (no lock time, no author): the same file gives the same fingerprint. `chain: 'verify'` (locking)
 * re-hashes the whole score log and refuses a broken one; 'read' (comparing a
 * lock with the file later) takes the head as stored, which the append-only
 * triggers keep honest and which is much cheaper on a large log. `panels: false`
 * builds it as before panels existed (every juror expected for every team): a
 * lock taken then is compared with the file that way.
 */
export function buildResultsPayload(
  db: Db,
  chain: 'verify' | 'read' = 'verify',
  options: { panels?: boolean } = {},
): ResultsPayload {
  return db.transaction((): ResultsPayload => {
    const head = chain === 'verify' ? verifyScoreLog(db) : storedChainHead(db);
    if (!head.ok) throw new DomainError(head.reason, { seq: head.brokenAtSeq });
    const input = buildRankingInput(db, undefined, options);
    const ranking = computeRanking(input);
    const settings = readScoringSettings(db);
    const event = selectOne(
      db,
      rowShape({ uid: 'text', name: 'text', scaleMax: 'num' }),
      'SELECT uid, name, scale_max AS scaleMax FROM event WHERE id = 1',
    );
    return {
      ...toLockedResults(ranking),
      event,
      teams: selectAll(
        db,
        rowShape({ id: 'num', name: 'text', projectTitle: 'text' }),
        'SELECT id, name, project_title AS projectTitle FROM team ORDER BY position, id',
      ),
      jurors: selectAll(
        db,
        rowShape({ id: 'num', name: 'text', title: 'text' }),
        'SELECT id, name, title FROM juror ORDER BY position, id',
      ),
      criteria: selectAll(
        db,
        rowShape({ id: 'num', name: 'text', weight: 'num', min: 'num', max: 'num' }),
        'SELECT id, name, weight, min, max FROM criterion ORDER BY position, id',
      ),
      settings: {
        method: settings.method,
        tieBreaks: settings.tieBreaks,
        chairDecisions: settings.chairDecisions,
        penalty: settings.penalty,
      },
      recusals: listRecusals(db).map(({ jurorId, teamId, reason }) => ({ jurorId, teamId, reason })),
      overtime: [...input.overtime],
      scoreLog: { count: head.count, lastHash: head.lastHash },
      awards: resolveAwards(listAwards(db), ranking).map((a) => ({
        name: a.name,
        kind: a.kind,
        podiumRank: a.podiumRank,
        winnerTeamIds: a.winnerTeamIds,
      })),
      ...(input.panels
        ? { panels: input.panels.map((p) => ({ teamIds: [...p.teamIds], jurorIds: [...p.jurorIds] })) }
        : {}),
    };
  })();
}
