/**
 * Score event rows as stored (SQLite columns, or the same names in an event
 * JSON export) turned into the events the hash chain checks. Strict: a row
 * with a field missing, added or of the wrong type is a problem in itself, so
 * a mutation that changes a type (5 → "5") is reported, not coerced away.
 */
import type { ScoreEventKind, StoredScoreEvent } from '../scoring/hash-chain';
import type { VerifyProblem } from './types';

export const SCORE_EVENT_COLUMNS = [
  'seq',
  'juror_id',
  'team_id',
  'criterion_id',
  'value',
  'kind',
  'comment',
  'actor',
  'at_utc',
  'reason',
  'prev_hash',
  'hash',
] as const;

const KINDS: readonly string[] = ['score', 'comment', 'submit', 'reopen'] satisfies ScoreEventKind[];

type Check = (value: unknown) => boolean;
const integer: Check = (v) => typeof v === 'number' && Number.isSafeInteger(v);
const finite: Check = (v) => typeof v === 'number' && Number.isFinite(v);
const string: Check = (v) => typeof v === 'string';
const orNull =
  (check: Check): Check =>
  (v) =>
    v === null || check(v);

const COLUMN_CHECKS: Record<(typeof SCORE_EVENT_COLUMNS)[number], Check> = {
  seq: integer,
  juror_id: integer,
  team_id: integer,
  criterion_id: orNull(integer),
  value: orNull(finite),
  kind: (v) => typeof v === 'string' && KINDS.includes(v),
  comment: orNull(string),
  actor: string,
  at_utc: string,
  reason: orNull(string),
  prev_hash: string,
  hash: string,
};

/**
 * Optional columns: absent in files and exports written before they existed.
 * round_id (migration 016): absent means round 1, which is also the only round
 * whose hash leaves it out, so dropping a later round's round_id breaks the
 * event's hash like any other edit.
 */
const OPTIONAL_CHECKS: Record<string, Check> = {
  round_id: (v) => integer(v) && (v as number) > 0,
};

export type ScoreRowsResult =
  | { ok: true; events: StoredScoreEvent[] }
  | { ok: false; problem: VerifyProblem };

/** Rows in stored order (by seq / rowid). `index` in a problem counts from 1, like seq. */
export function scoreEventsFromRows(rows: readonly unknown[]): ScoreRowsResult {
  const events: StoredScoreEvent[] = [];
  for (let i = 0; i < rows.length; i += 1) {
    const row = rows[i];
    const invalid = (field: string): ScoreRowsResult => ({
      ok: false,
      problem: { code: 'verify.scoreRowInvalid', params: { index: i + 1, field } },
    });
    if (typeof row !== 'object' || row === null || Array.isArray(row)) return invalid('row');
    const record = row as Record<string, unknown>;
    const extra = Object.keys(record).find((key) => !(key in COLUMN_CHECKS) && !(key in OPTIONAL_CHECKS));
    if (extra !== undefined) return invalid(extra);
    for (const column of SCORE_EVENT_COLUMNS) {
      if (!Object.hasOwn(record, column) || !COLUMN_CHECKS[column](record[column])) return invalid(column);
    }
    for (const [column, check] of Object.entries(OPTIONAL_CHECKS)) {
      if (Object.hasOwn(record, column) && !check(record[column])) return invalid(column);
    }
    const roundId = Object.hasOwn(record, 'round_id') ? (record.round_id as number) : 1;
    events.push({
      seq: record.seq as number,
      jurorId: record.juror_id as number,
      teamId: record.team_id as number,
      criterionId: record.criterion_id as number | null,
      value: record.value as number | null,
      kind: record.kind as ScoreEventKind,
      comment: record.comment as string | null,
      actor: record.actor as string,
      atUtc: record.at_utc as string,
      reason: record.reason as string | null,
      prevHash: record.prev_hash as string,
      hash: record.hash as string,
      ...(roundId === 1 ? {} : { roundId }),
    });
  }
  return { ok: true, events };
}
