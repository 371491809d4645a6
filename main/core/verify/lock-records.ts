/**
 * The results lock records (table results_lock) checked against themselves
 * and against the score log:
 *
 * 1. records numbered 1, 2, 3… alternating lock, unlock, lock… (the table is
 *    append-only and the app refuses a lock on a lock);
 * 2. each lock: SHA-256 of the stored JSON = recorded hash; the JSON is the
 *    canonical text of its own content; the record's time and author are the
 *    ones inside the payload;
 * 3. the score log head inside the payload (count + last hash) is an event of
 *    the log, and while locked nothing was appended after it;
 * 4. the locked ranking is recomputed from the payload's own settings and the
 *    score log up to that head: a payload edited with a recomputed hash still
 *    fails here unless its ranking was forged consistently with the scores;
 * 5. every record written since record hashes exist (migration 006) carries
 *    the hash of its content (who, when, why, the results fingerprint, the
 *    missing sheets confirmed) chained to the record before it; a lock's
 *    confirmed missing sheets are exactly the ones its ranking lacks.
 *
 * Two payload formats (main/core/ranking/results-lock.ts): format 2 holds the
 * results only; format 1 also held the lock time and author (checked against
 * the record) and is compared without the fields the ranking gained since.
 *
 * What it cannot see: a payload edited in fields the ranking does not use
 * (names) by someone who also recomputed every hash after it. The printed
 * fingerprint on the results sheet is the outside anchor for that.
 */
import { z } from 'zod';
import { AGGREGATION_METHOD_IDS } from '../../../common/contract/aggregation-methods';
import { LOCK_ACTIONS } from '../../../common/contract/lock-actions';
import { canonicalJson } from '../hashing/canonical-json';
import { sha256Hex } from '../hashing/sha256';
import { computeRanking } from '../ranking/compute-ranking';
import {
  LOCK_RECORD_GENESIS,
  legacyComparableRanking,
  legacyRecordDigest,
  lockRecordHash,
  type MissingSheet,
} from '../ranking/results-lock';
import type { RankingInput, RankingResult } from '../ranking/types';
import {
  deriveSheets,
  FIRST_ROUND_ID,
  GENESIS_HASH,
  roundOf,
  type StoredScoreEvent,
  submittedSheets,
} from '../scoring/hash-chain';
import { sheetsForTrack } from '../tracks/track-input';
import { trackLockRecordHash } from '../tracks/track-lock';
import type { VerifiedLock, VerifyProblem } from './types';

const HEX64 = /^[0-9a-f]{64}$/;

const lockRow = z.object({
  id: z.number().int(),
  action: z.enum(LOCK_ACTIONS),
  at_utc: z.string(),
  actor: z.string(),
  reason: z.string().nullable(),
  payload_json: z.string().nullable(),
  hash: z.string().nullable(),
  // Absent from files and exports written before migration 006.
  record_hash: z.string().nullable().optional(),
  missing_json: z.string().nullable().optional(),
});
type LockRow = z.infer<typeof lockRow>;

const ids = z.array(z.object({ id: z.number().int() }));
/** Only what the checks read; the rest of the payload is covered by the hash. */
const payloadSchema = z.object({
  formatVersion: z.union([z.literal(1), z.literal(2)]),
  /** Format 1 only. */
  lockedAtUtc: z.string().optional(),
  lockedBy: z.string().optional(),
  ranking: z.unknown(),
  event: z.object({ scaleMax: z.number() }),
  teams: ids,
  jurors: ids,
  criteria: z.array(z.object({ id: z.number().int(), weight: z.number(), min: z.number(), max: z.number() })),
  settings: z.object({
    method: z.enum(AGGREGATION_METHOD_IDS),
    tieBreaks: z.array(z.unknown()),
    chairDecisions: z.array(z.object({ orderedTeamIds: z.array(z.number().int()) })),
    penalty: z.object({ pointsPerStarted30s: z.number() }).nullable(),
  }),
  recusals: z.array(z.object({ jurorId: z.number().int(), teamId: z.number().int() })),
  overtime: z.array(z.object({ teamId: z.number().int(), overtimeMs: z.number() })),
  scoreLog: z.object({ count: z.number().int().min(0), lastHash: z.string() }),
  /** The rooms' juries (main track, event with rooms, locked since panels exist): the ranking expected only them. */
  panels: z
    .array(z.object({ teamIds: z.array(z.number().int()), jurorIds: z.array(z.number().int()) }))
    .optional(),
  /** Only in a prize track's payload (track_lock); the main track's payload has none. */
  track: z
    .object({
      id: z.number().int(),
      name: z.string(),
      // The round the track ranks, only when not the first (migration 016: the final's track).
      roundId: z.number().int().min(2).optional(),
    })
    .optional(),
});
const missingSchema = z.array(z.object({ teamId: z.number().int(), jurorId: z.number().int() }).strict());
type Payload = z.infer<typeof payloadSchema>;

export type LockCheck =
  | { ok: true; locks: VerifiedLock[]; locked: boolean }
  | { ok: false; problem: VerifyProblem };

const fail = (code: VerifyProblem['code'], params: VerifyProblem['params']): LockCheck => ({
  ok: false,
  problem: { code, params },
});

/**
 * Whose records these are. Absent: the event's (main track's) results_lock.
 * A prize track's records (track_lock) differ in three ways: ids are shared
 * by every track (increasing, not 1, 2, 3…), the record hash names the track,
 * and scoring goes on in the other tracks while it is locked, so the log may
 * grow past the head it pinned as long as the track's own results do not move.
 */
export interface LockScope {
  trackId: number;
}

/** The ranking the payload's settings give on the scores it pinned down (all of them with `upTo` 'all'). */
function recomputedRanking(
  payload: Payload,
  events: readonly StoredScoreEvent[],
  scope?: LockScope,
  upTo: 'head' | 'all' = 'head',
): RankingResult {
  const submitted = submittedSheets(
    deriveSheets(
      upTo === 'all' ? events : events.slice(0, payload.scoreLog.count),
      payload.track?.roundId ?? FIRST_ROUND_ID,
    ),
  );
  // A track ranks its pairs on its own criteria only (tracks/track-input.ts), so sheets are cut the same way.
  const criterionIds = payload.criteria.map(({ id }) => id);
  const sheets = scope
    ? sheetsForTrack(
        submitted,
        payload.teams.map(({ id }) => id),
        payload.jurors.map(({ id }) => id),
        criterionIds,
        [...new Set(submitted.flatMap((s) => Object.keys(s.scores).map(Number))), ...criterionIds],
      )
    : submitted;
  const input: RankingInput = {
    scaleMax: payload.event.scaleMax,
    criteria: payload.criteria.map(({ id, weight, min, max }) => ({ id, weight, min, max })),
    teams: payload.teams.map(({ id }) => ({ id })),
    jurors: payload.jurors.map(({ id }) => ({ id })),
    recusals: payload.recusals.map(({ jurorId, teamId }) => ({ jurorId, teamId })),
    sheets,
    method: payload.settings.method,
    tieBreaks: payload.settings.tieBreaks as RankingInput['tieBreaks'],
    chairDecisions: payload.settings.chairDecisions.map(({ orderedTeamIds }) => ({ orderedTeamIds })),
    penalty: payload.settings.penalty,
    overtime: payload.overtime,
    ...(payload.panels ? { panels: payload.panels } : {}),
  };
  return computeRanking(input);
}

/** Expected missing sheets of a ranking (same order as the app records them). */
function missingOf(ranking: RankingResult): MissingSheet[] {
  return ranking.rows.flatMap((row) =>
    row.missingJurorIds.map((jurorId) => ({ teamId: row.teamId, jurorId })),
  );
}

/** The record's link in the chain (lock-ops.ts recordDigest, on stored rows). */
function rowDigest(row: LockRow): string {
  return (
    row.record_hash ??
    legacyRecordDigest({
      id: row.id,
      action: row.action,
      atUtc: row.at_utc,
      actor: row.actor,
      reason: row.reason,
      hash: row.hash,
    })
  );
}

/** The stored missing sheets of a lock record; undefined when the text is not what the app writes. */
function parseMissing(row: LockRow): MissingSheet[] | undefined {
  if (row.missing_json === null || row.missing_json === undefined) return [];
  try {
    const parsed = missingSchema.safeParse(JSON.parse(row.missing_json));
    if (!parsed.success || parsed.data.length === 0) return undefined;
    return canonicalJson(parsed.data) === row.missing_json ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

function checkLock(
  row: LockRow,
  events: readonly StoredScoreEvent[],
  isLatest: boolean,
  scope?: LockScope,
): LockCheck | VerifiedLock {
  const id = row.id;
  if (row.payload_json === null || row.hash === null || !HEX64.test(row.hash) || row.reason !== null)
    return fail('verify.lockRecordInvalid', { id });
  if (sha256Hex(row.payload_json) !== row.hash) return fail('verify.lockHashMismatch', { id });
  let raw: unknown;
  try {
    raw = JSON.parse(row.payload_json);
  } catch {
    return fail('verify.lockNotCanonical', { id });
  }
  let canonical: string;
  try {
    canonical = canonicalJson(raw);
  } catch {
    return fail('verify.lockNotCanonical', { id });
  }
  if (canonical !== row.payload_json) return fail('verify.lockNotCanonical', { id });
  const parsed = payloadSchema.safeParse(raw);
  if (!parsed.success) return fail('verify.lockRecordInvalid', { id });
  const payload = parsed.data;
  // A track's payload names its track: a record moved to another track's chain does not verify.
  if (
    (scope ? payload.track?.id !== scope.trackId : payload.track !== undefined) ||
    (scope && payload.formatVersion !== 2)
  )
    return fail('verify.lockRecordInvalid', { id });
  const legacy = payload.formatVersion === 1;
  if (legacy && (payload.lockedAtUtc !== row.at_utc || payload.lockedBy !== row.actor))
    return fail('verify.lockMetaMismatch', { id });
  if (!legacy && (payload.lockedAtUtc !== undefined || payload.lockedBy !== undefined))
    return fail('verify.lockRecordInvalid', { id });
  // Format 2 is always written with a record hash (migration 006 came with it).
  if (!legacy && !row.record_hash) return fail('verify.lockRecordInvalid', { id });

  const { count, lastHash } = payload.scoreLog;
  const head = count === 0 ? GENESIS_HASH : events[count - 1]?.hash;
  if (count > events.length || head !== lastHash) return fail('verify.lockChainMismatch', { id, count });
  // The main lock covers the first round: only a later round's events (the final's) may follow it.
  if (isLatest && !scope && events.slice(count).some((e) => roundOf(e) === FIRST_ROUND_ID))
    return fail('verify.scoresAfterLock', { id, count, stored: events.length });
  let ranking: RankingResult;
  try {
    ranking = recomputedRanking(payload, events, scope);
  } catch {
    return fail('verify.lockRankingMismatch', { id });
  }
  const same = legacy
    ? canonicalJson(legacyComparableRanking(ranking)) ===
      canonicalJson(legacyComparableRanking(payload.ranking))
    : canonicalJson(ranking) === canonicalJson(payload.ranking);
  if (!same) return fail('verify.lockRankingMismatch', { id });
  // A locked track freezes its sheets (scoring/sheet-ops.ts): what came after its head must not move its results.
  if (scope && isLatest && events.length !== count) {
    let now: RankingResult | null = null;
    try {
      now = recomputedRanking(payload, events, scope, 'all');
    } catch {
      now = null;
    }
    if (!now || canonicalJson(now) !== canonicalJson(ranking))
      return fail('verify.trackSheetsAfterLock', { id, count, stored: events.length });
  }
  if (row.record_hash) {
    const missing = parseMissing(row);
    if (!missing || canonicalJson(missing) !== canonicalJson(missingOf(ranking)))
      return fail('verify.lockMissingMismatch', { id });
  }
  return {
    id,
    atUtc: row.at_utc,
    lockedBy: row.actor,
    hash: row.hash,
    scoreCount: count,
    scoreLastHash: lastHash,
  };
}

/** Check 5: the record's own hash, chained to the record before it. */
function checkRecordHash(row: LockRow, link: string, chained: boolean, scope?: LockScope): LockCheck | null {
  if (row.record_hash === null || row.record_hash === undefined) {
    // Records from before the chain may only come first: a gap after a chained one is a removal.
    if (chained || (row.missing_json ?? null) !== null)
      return fail('verify.lockRecordInvalid', { id: row.id });
    return null;
  }
  const missing = row.action === 'lock' ? parseMissing(row) : null;
  if (missing === undefined || (row.action === 'unlock' && (row.missing_json ?? null) !== null))
    return fail('verify.lockRecordInvalid', { id: row.id });
  const content = {
    id: row.id,
    action: row.action,
    atUtc: row.at_utc,
    actor: row.actor,
    reason: row.reason,
    resultsHash: row.hash,
    missing,
    previous: link,
  };
  const recomputed = scope ? trackLockRecordHash(scope.trackId, content) : lockRecordHash(content);
  return recomputed === row.record_hash ? null : fail('verify.lockRecordHashMismatch', { id: row.id });
}

/**
 * `rows`: every results_lock record in stored order; `events`: the score log,
 * already verified as a chain. Reports the first problem.
 */
export function checkLockRecords(
  rows: readonly unknown[],
  events: readonly StoredScoreEvent[],
  scope?: LockScope,
): LockCheck {
  const locks: VerifiedLock[] = [];
  let previous = LOCK_RECORD_GENESIS;
  let chained = false;
  let lastId = 0;
  for (let i = 0; i < rows.length; i += 1) {
    const parsed = lockRow.strict().safeParse(rows[i]);
    if (!parsed.success) return fail('verify.lockRecordInvalid', { id: i + 1 });
    const row = parsed.data;
    const expected = i % 2 === 0 ? 'lock' : 'unlock';
    const idInOrder = scope ? row.id > lastId : row.id === i + 1;
    if (!idInOrder || row.action !== expected) return fail('verify.lockSequence', { id: row.id });
    lastId = row.id;
    // Every track record has carried its hash since track_lock exists.
    if (scope && !row.record_hash) return fail('verify.lockRecordInvalid', { id: row.id });
    const link = previous;
    previous = rowDigest(row);
    if (row.action === 'unlock') {
      const hasReason = row.reason !== null && row.reason.trim() !== '';
      if (!hasReason || row.payload_json !== null || row.hash !== null)
        return fail('verify.lockRecordInvalid', { id: row.id });
    } else {
      const checked = checkLock(row, events, i === rows.length - 1, scope);
      if ('ok' in checked) return checked;
      locks.push(checked);
    }
    const recordProblem = checkRecordHash(row, link, chained, scope);
    if (recordProblem) return recordProblem;
    if (row.record_hash) chained = true;
  }
  return { ok: true, locks, locked: rows.length % 2 === 1 };
}
