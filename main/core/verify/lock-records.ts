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
 *    fails here unless its ranking was forged consistently with the scores.
 *
 * What it cannot see: a payload edited in fields the ranking does not use
 * (names, reasons) by someone who also recomputed the hash. The printed hash
 * on the results sheet is the outside anchor for that.
 */
import { z } from 'zod';
import { AGGREGATION_METHOD_IDS } from '../../../common/contract/aggregation-methods';
import { canonicalJson } from '../hashing/canonical-json';
import { sha256Hex } from '../hashing/sha256';
import { computeRanking } from '../ranking/compute-ranking';
import type { RankingInput } from '../ranking/types';
import { deriveSheets, GENESIS_HASH, type StoredScoreEvent, submittedSheets } from '../scoring/hash-chain';
import type { VerifiedLock, VerifyProblem } from './types';

const HEX64 = /^[0-9a-f]{64}$/;

const lockRow = z.object({
  id: z.number().int(),
  action: z.enum(['lock', 'unlock']),
  at_utc: z.string(),
  actor: z.string(),
  reason: z.string().nullable(),
  payload_json: z.string().nullable(),
  hash: z.string().nullable(),
});
type LockRow = z.infer<typeof lockRow>;

const ids = z.array(z.object({ id: z.number().int() }));
/** Only what the checks read; the rest of the payload is covered by the hash. */
const payloadSchema = z.object({
  formatVersion: z.literal(1),
  lockedAtUtc: z.string(),
  lockedBy: z.string(),
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
});
type Payload = z.infer<typeof payloadSchema>;

export type LockCheck =
  | { ok: true; locks: VerifiedLock[]; locked: boolean }
  | { ok: false; problem: VerifyProblem };

const fail = (code: VerifyProblem['code'], params: VerifyProblem['params']): LockCheck => ({
  ok: false,
  problem: { code, params },
});

/** The ranking the payload's settings give on the scores it pinned down, as canonical JSON. */
function recomputedRanking(payload: Payload, events: readonly StoredScoreEvent[]): string {
  const input: RankingInput = {
    scaleMax: payload.event.scaleMax,
    criteria: payload.criteria.map(({ id, weight, min, max }) => ({ id, weight, min, max })),
    teams: payload.teams.map(({ id }) => ({ id })),
    jurors: payload.jurors.map(({ id }) => ({ id })),
    recusals: payload.recusals.map(({ jurorId, teamId }) => ({ jurorId, teamId })),
    sheets: submittedSheets(deriveSheets(events.slice(0, payload.scoreLog.count))),
    method: payload.settings.method,
    tieBreaks: payload.settings.tieBreaks as RankingInput['tieBreaks'],
    chairDecisions: payload.settings.chairDecisions.map(({ orderedTeamIds }) => ({ orderedTeamIds })),
    penalty: payload.settings.penalty,
    overtime: payload.overtime,
  };
  return canonicalJson(computeRanking(input));
}

function checkLock(
  row: LockRow,
  events: readonly StoredScoreEvent[],
  isLatest: boolean,
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
  if (payload.lockedAtUtc !== row.at_utc || payload.lockedBy !== row.actor)
    return fail('verify.lockMetaMismatch', { id });

  const { count, lastHash } = payload.scoreLog;
  const head = count === 0 ? GENESIS_HASH : events[count - 1]?.hash;
  if (count > events.length || head !== lastHash) return fail('verify.lockChainMismatch', { id, count });
  if (isLatest && events.length !== count)
    return fail('verify.scoresAfterLock', { id, count, stored: events.length });
  let ranking: string;
  try {
    ranking = recomputedRanking(payload, events);
  } catch {
    return fail('verify.lockRankingMismatch', { id });
  }
  if (ranking !== canonicalJson(payload.ranking)) return fail('verify.lockRankingMismatch', { id });
  return {
    id,
    atUtc: row.at_utc,
    lockedBy: payload.lockedBy,
    hash: row.hash,
    scoreCount: count,
    scoreLastHash: lastHash,
  };
}

/**
 * `rows`: every results_lock record in stored order; `events`: the score log,
 * already verified as a chain. Reports the first problem.
 */
export function checkLockRecords(rows: readonly unknown[], events: readonly StoredScoreEvent[]): LockCheck {
  const locks: VerifiedLock[] = [];
  for (let i = 0; i < rows.length; i += 1) {
    const parsed = lockRow.strict().safeParse(rows[i]);
    if (!parsed.success) return fail('verify.lockRecordInvalid', { id: i + 1 });
    const row = parsed.data;
    const expected = i % 2 === 0 ? 'lock' : 'unlock';
    if (row.id !== i + 1 || row.action !== expected) return fail('verify.lockSequence', { id: row.id });
    if (row.action === 'unlock') {
      const hasReason = row.reason !== null && row.reason.trim() !== '';
      if (!hasReason || row.payload_json !== null || row.hash !== null)
        return fail('verify.lockRecordInvalid', { id: row.id });
      continue;
    }
    const checked = checkLock(row, events, i === rows.length - 1);
    if ('ok' in checked) return checked;
    locks.push(checked);
  }
  return { ok: true, locks, locked: rows.length % 2 === 1 };
}
