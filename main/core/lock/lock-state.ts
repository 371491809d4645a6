/**
 * The lock/unlock records (table results_lock, append-only). The results are
 * locked when the latest record is a lock. Kept apart from the lock operations
 * so the scoring store can ask "locked?" without depending on the results code.
 */
import type { Db } from '../db/open';

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
}

interface Row {
  id: number;
  action: 'lock' | 'unlock';
  at_utc: string;
  actor: string;
  reason: string | null;
  payload_json: string | null;
  hash: string | null;
}

const toRecord = (r: Row): LockRecord => ({
  id: r.id,
  action: r.action,
  atUtc: r.at_utc,
  actor: r.actor,
  reason: r.reason,
  payloadJson: r.payload_json,
  hash: r.hash,
});

/** The latest record, or null when the results were never locked. */
export function latestLockRecord(db: Db): LockRecord | null {
  const row = db.prepare('SELECT * FROM results_lock ORDER BY id DESC LIMIT 1').get() as Row | undefined;
  return row ? toRecord(row) : null;
}

export function isResultsLocked(db: Db): boolean {
  const row = db.prepare('SELECT action FROM results_lock ORDER BY id DESC LIMIT 1').get() as
    | { action: string }
    | undefined;
  return row?.action === 'lock';
}

/** Every lock and unlock, oldest first, without the payloads (they can be large). */
export function readLockHistory(db: Db): Omit<LockRecord, 'payloadJson'>[] {
  const rows = db
    .prepare(
      'SELECT id, action, at_utc, actor, reason, NULL AS payload_json, hash FROM results_lock ORDER BY id',
    )
    .all() as Row[];
  return rows.map((row) => {
    const { payloadJson: _omitted, ...record } = toRecord(row);
    return record;
  });
}
