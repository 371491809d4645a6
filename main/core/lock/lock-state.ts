/**
 * The lock/unlock records (table results_lock, append-only). The results are
 * locked when the latest record is a lock. Kept apart from the lock operations
 * so the scoring store can ask "locked?" without depending on the results code.
 */
import type { Db } from '../db/open';
import { oneOf, type RowOf, rowShape, selectAll, selectMaybe } from '../db/rows';
import { DomainError } from '../errors';
import { lockedTrackIds } from './track-lock-state';

export interface LockRecord {
  id: number;
  action: 'lock' | 'unlock';
  atUtc: string;
  actor: string;
  reason: string | null;
  /** Lock only: canonical JSON of the locked results. */
  payloadJson: string | null;
  /** Lock only: SHA-256 of payloadJson, lowercase hex. */
  hash: string | null;
  /** This record's hash in the lock record chain (null on records written before it existed). */
  recordHash: string | null;
  /** Lock only: canonical JSON of the missing sheets the chair confirmed; null when none. */
  missingJson: string | null;
}

const Row = rowShape({
  id: 'num',
  action: oneOf(['lock', 'unlock']),
  at_utc: 'text',
  actor: 'text',
  reason: 'text?',
  payload_json: 'text?',
  hash: 'text?',
  record_hash: 'text?',
  missing_json: 'text?',
});
type Row = RowOf<typeof Row>;

const toRecord = (r: Row): LockRecord => ({
  id: r.id,
  action: r.action,
  atUtc: r.at_utc,
  actor: r.actor,
  reason: r.reason,
  payloadJson: r.payload_json,
  hash: r.hash,
  recordHash: r.record_hash,
  missingJson: r.missing_json,
});

/** The latest record, or null when the results were never locked. */
export function latestLockRecord(db: Db): LockRecord | null {
  const row = selectMaybe(db, Row, 'SELECT * FROM results_lock ORDER BY id DESC LIMIT 1');
  return row ? toRecord(row) : null;
}

export function isResultsLocked(db: Db): boolean {
  const row = selectMaybe(
    db,
    rowShape({ action: 'text' }),
    'SELECT action FROM results_lock ORDER BY id DESC LIMIT 1',
  );
  return row?.action === 'lock';
}

/**
 * While the results are locked, a setup change that would alter them (a name
 * or title printed on the results, a team or juror added or removed, the
 * order, a criterion, the event's name or scale) is refused: the documents of
 * a locked event must all say what the fingerprint covers. Unlock first.
 */
export function assertSetupEditable(db: Db): void {
  if (isResultsLocked(db)) throw new DomainError('results.lockedSetup');
  // A locked prize track prints names and criteria too (migration 011).
  if (lockedTrackIds(db).length > 0) throw new DomainError('tracks.lockedSetup');
}

/** Every lock and unlock, oldest first, without the payloads (they can be large). */
export function readLockHistory(db: Db): Omit<LockRecord, 'payloadJson' | 'recordHash' | 'missingJson'>[] {
  const rows = selectAll(
    db,
    Row,
    'SELECT id, action, at_utc, actor, reason, NULL AS payload_json, hash, record_hash, missing_json FROM results_lock ORDER BY id',
  );
  return rows.map((row) => {
    const { payloadJson: _omitted, recordHash: _r, missingJson: _m, ...record } = toRecord(row);
    return record;
  });
}
