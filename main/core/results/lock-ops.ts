/**
 * Locking and unlocking the results. A lock freezes the results payload
 * (canonical JSON + SHA-256) in the append-only results_lock table; while it
 * holds, no score, recusal, setting or award can change. Unlocking needs a
 * reason and is itself recorded; nothing is ever erased.
 */
import type { LockView } from '../../../common/contract/results';
import type { Db } from '../db/open';
import { DomainError } from '../errors';
import { canonicalJson } from '../hashing/canonical-json';
import { sha256Hex } from '../hashing/sha256';
import { type LockRecord, latestLockRecord, readLockHistory } from '../lock/lock-state';
import { resultsHash } from '../ranking/results-lock';
import { buildResultsPayload, type ResultsPayload } from './locked-payload';

function requireText(value: string, field: string, code: string): string {
  const text = value.normalize('NFC').trim();
  if (!text) throw new DomainError(code, {}, [{ path: [field], code }]);
  return text;
}

export function lockResults(db: Db, lockedBy: string, atUtc: string): LockView {
  const by = requireText(lockedBy, 'lockedBy', 'results.lockedByRequired');
  db.transaction(() => {
    if (latestLockRecord(db)?.action === 'lock') throw new DomainError('results.alreadyLocked');
    const payload = buildResultsPayload(db, { lockedAtUtc: atUtc, lockedBy: by });
    const json = canonicalJson(payload);
    db.prepare(
      `INSERT INTO results_lock (action, at_utc, actor, reason, payload_json, hash)
         VALUES ('lock', ?, ?, NULL, ?, ?)`,
    ).run(atUtc, by, json, sha256Hex(json));
  }).immediate();
  return readLockView(db);
}

export function unlockResults(db: Db, reason: string, actor: string, atUtc: string): LockView {
  const why = requireText(reason, 'reason', 'results.unlockReasonRequired');
  const who = requireText(actor, 'actor', 'results.lockedByRequired');
  db.transaction(() => {
    if (latestLockRecord(db)?.action !== 'lock') throw new DomainError('results.notLocked');
    db.prepare(
      `INSERT INTO results_lock (action, at_utc, actor, reason, payload_json, hash)
         VALUES ('unlock', ?, ?, ?, NULL, NULL)`,
    ).run(atUtc, who, why);
  }).immediate();
  return readLockView(db);
}

/** The results locked now, parsed; null while unlocked. For the documents and the ceremony. */
export function readLockedResults(
  db: Db,
): { payload: ResultsPayload; hash: string; record: LockRecord } | null {
  const record = latestLockRecord(db);
  if (record?.action !== 'lock' || !record.payloadJson || !record.hash) return null;
  return { payload: JSON.parse(record.payloadJson) as ResultsPayload, hash: record.hash, record };
}

export function readLockView(db: Db): LockView {
  return db.transaction((): LockView => {
    const locked = readLockedResults(db);
    let current: LockView['current'] = null;
    if (locked) {
      const { payload, record } = locked;
      // Same scores (they cannot change while locked) but the setup or the timer records can:
      // recompute with the same lock metadata and compare fingerprints.
      let matchesCurrent = false;
      try {
        const meta = { lockedAtUtc: payload.lockedAtUtc, lockedBy: payload.lockedBy };
        const again = buildResultsPayload(db, meta, 'read');
        matchesCurrent = resultsHash(again) === locked.hash;
      } catch {
        matchesCurrent = false;
      }
      current = {
        atUtc: record.atUtc,
        lockedBy: record.actor,
        hash: locked.hash,
        scoreCount: payload.scoreLog.count,
        scoreLastHash: payload.scoreLog.lastHash,
        matchesCurrent,
      };
    }
    return { locked: locked !== null, current, history: readLockHistory(db) };
  })();
}
