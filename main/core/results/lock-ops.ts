/**
 * Locking and unlocking the results. A lock freezes the results payload
 * (canonical JSON + SHA-256, the results fingerprint) in the append-only
 * results_lock table; while it holds, no score, recusal, setting, award or
 * setup change that alters the results is accepted. Unlocking needs a reason
 * and is itself recorded; nothing is ever erased. Every record (who, when,
 * why, the fingerprint, the missing sheets confirmed) is hashed and chained to
 * the one before it, apart from the fingerprint, so re-locking unchanged
 * results gives the same fingerprint.
 */
import type { LockCheckView, LockView } from '../../../common/contract/results';
import type { Db } from '../db/open';
import { DomainError } from '../errors';
import { canonicalJson } from '../hashing/canonical-json';
import { sha256Hex } from '../hashing/sha256';
import { type LockRecord, latestLockRecord, readLockHistory } from '../lock/lock-state';
import {
  LOCK_RECORD_GENESIS,
  type LockRecordContent,
  legacyComparableRanking,
  legacyRecordDigest,
  lockRecordHash,
  type MissingSheet,
  resultsHash,
} from '../ranking/results-lock';
import type { RankingResult } from '../ranking/types';
import { asLegacyPayload, buildResultsPayload, type StoredResultsPayload } from './locked-payload';

function requireText(value: string, field: string, code: string): string {
  const text = value.normalize('NFC').trim();
  if (!text) throw new DomainError(code, {}, [{ path: [field], code }]);
  return text;
}

/** The record's link in the chain: its own hash, or a digest of a record written before hashes existed. */
export function recordDigest(record: LockRecord | null): string {
  if (!record) return LOCK_RECORD_GENESIS;
  return (
    record.recordHash ??
    legacyRecordDigest({
      id: record.id,
      action: record.action,
      atUtc: record.atUtc,
      actor: record.actor,
      reason: record.reason,
      hash: record.hash,
    })
  );
}

/** Every expected sheet not counted, team by team in ranking order (recused pairs are not expected). */
export function missingSheetsOf(ranking: RankingResult): MissingSheet[] {
  return ranking.rows.flatMap((row) =>
    row.missingJurorIds.map((jurorId) => ({ teamId: row.teamId, jurorId })),
  );
}

export function sheetCountsOf(ranking: RankingResult): { received: number; expected: number } {
  let received = 0;
  let expected = 0;
  for (const row of ranking.rows) {
    received += row.sheetsCounted;
    expected += row.sheetsExpected;
  }
  return { received, expected };
}

const missingKey = (m: MissingSheet) => `${m.teamId}:${m.jurorId}`;

function sameMissing(a: readonly MissingSheet[], b: readonly MissingSheet[]): boolean {
  const keys = new Set(a.map(missingKey));
  return keys.size === b.length && b.every((m) => keys.has(missingKey(m))) && a.length === b.length;
}

/** What locking now would freeze with: the sheets still missing and how many were received. */
export function readLockCheck(db: Db): LockCheckView {
  return db.transaction((): LockCheckView => {
    const payload = buildResultsPayload(db, 'read');
    return { missing: missingSheetsOf(payload.ranking), ...sheetCountsOf(payload.ranking) };
  })();
}

function insertRecord(
  db: Db,
  content: Omit<LockRecordContent, 'id' | 'previous'>,
  payloadJson: string | null,
): void {
  const previous = latestLockRecord(db);
  const full: LockRecordContent = {
    ...content,
    id: (previous?.id ?? 0) + 1,
    previous: recordDigest(previous),
  };
  db.prepare(
    `INSERT INTO results_lock (id, action, at_utc, actor, reason, payload_json, hash, record_hash, missing_json)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    full.id,
    full.action,
    full.atUtc,
    full.actor,
    full.reason,
    payloadJson,
    full.resultsHash,
    lockRecordHash(full),
    full.missing && full.missing.length > 0 ? canonicalJson(full.missing) : null,
  );
}

/**
 * Locks the results. With sheets missing, `confirmedMissing` must name exactly
 * those sheets (the chair saw the list and confirmed it); otherwise the lock
 * is refused with what is missing, so results are never declared final by
 * accident while a juror is still scoring.
 */
export function lockResults(
  db: Db,
  lockedBy: string,
  atUtc: string,
  confirmedMissing: readonly MissingSheet[] = [],
): LockView {
  const by = requireText(lockedBy, 'lockedBy', 'results.lockedByRequired');
  db.transaction(() => {
    if (latestLockRecord(db)?.action === 'lock') throw new DomainError('results.alreadyLocked');
    const payload = buildResultsPayload(db);
    const missing = missingSheetsOf(payload.ranking);
    if (!sameMissing(missing, confirmedMissing)) {
      const { received, expected } = sheetCountsOf(payload.ranking);
      throw new DomainError('results.missingSheetsUnconfirmed', {
        missing: missing.length,
        received,
        expected,
      });
    }
    const json = canonicalJson(payload);
    const hash = sha256Hex(json);
    insertRecord(db, { action: 'lock', atUtc, actor: by, reason: null, resultsHash: hash, missing }, json);
  }).immediate();
  return readLockView(db);
}

export function unlockResults(db: Db, reason: string, actor: string, atUtc: string): LockView {
  const why = requireText(reason, 'reason', 'results.unlockReasonRequired');
  const who = requireText(actor, 'actor', 'results.lockedByRequired');
  db.transaction(() => {
    if (latestLockRecord(db)?.action !== 'lock') throw new DomainError('results.notLocked');
    insertRecord(
      db,
      { action: 'unlock', atUtc, actor: who, reason: why, resultsHash: null, missing: null },
      null,
    );
  }).immediate();
  return readLockView(db);
}

/** The results locked now, parsed; null while unlocked. For the documents and the ceremony. */
export function readLockedResults(
  db: Db,
): { payload: StoredResultsPayload; hash: string; record: LockRecord } | null {
  const record = latestLockRecord(db);
  if (record?.action !== 'lock' || !record.payloadJson || !record.hash) return null;
  return { payload: JSON.parse(record.payloadJson) as StoredResultsPayload, hash: record.hash, record };
}

/** The missing sheets confirmed when this lock was taken. */
export function confirmedMissingOf(record: LockRecord): MissingSheet[] {
  if (!record.missingJson) return [];
  try {
    return JSON.parse(record.missingJson) as MissingSheet[];
  } catch {
    return [];
  }
}

/**
 * Whether the log still holds the pinned head unchanged and every event after
 * it belongs to a later round than the first (the final's merged sheets).
 */
function onlyLaterRoundsAfter(db: Db, pinned: { count: number; lastHash: string }): boolean {
  const atHead = db.prepare('SELECT hash FROM score_event WHERE seq = ?').get(pinned.count) as
    | { hash: string }
    | undefined;
  if (pinned.count > 0 && atHead?.hash !== pinned.lastHash) return false;
  return (
    db.prepare('SELECT 1 FROM score_event WHERE seq > ? AND round_id = 1 LIMIT 1').get(pinned.count) ===
    undefined
  );
}

/** Whether the file recomputed now gives the locked results (a format-1 lock compared as format 1). */
function matchesNow(db: Db, payload: StoredResultsPayload, hash: string): boolean {
  try {
    // A lock taken before panels existed (no `panels` in its payload, though the file has rooms) is
    // recomputed as it was computed then: every juror expected for every team.
    let again = buildResultsPayload(db, 'read', { panels: payload.panels !== undefined });
    // The final is scored after the preliminaries are locked: its events (a later round) extend the
    // log without touching what the lock covers, which is then compared at the head the lock pinned.
    if (again.scoreLog.count > payload.scoreLog.count && onlyLaterRoundsAfter(db, payload.scoreLog))
      again = { ...again, scoreLog: payload.scoreLog };
    if (payload.formatVersion !== 1) return resultsHash(again) === hash;
    const legacy = asLegacyPayload(again, { lockedAtUtc: payload.lockedAtUtc, lockedBy: payload.lockedBy });
    const comparable = (p: StoredResultsPayload) =>
      canonicalJson({ ...p, ranking: legacyComparableRanking(p.ranking) });
    return comparable(legacy) === comparable(payload);
  } catch {
    return false;
  }
}

export function readLockView(db: Db): LockView {
  return db.transaction((): LockView => {
    const locked = readLockedResults(db);
    let current: LockView['current'] = null;
    if (locked) {
      const { payload, record } = locked;
      current = {
        atUtc: record.atUtc,
        lockedBy: record.actor,
        hash: locked.hash,
        scoreCount: payload.scoreLog.count,
        scoreLastHash: payload.scoreLog.lastHash,
        // Same scores (they cannot change while locked) but a legacy file's setup could have.
        matchesCurrent: matchesNow(db, payload, locked.hash),
        missing: confirmedMissingOf(record),
        ...sheetCountsOf(payload.ranking),
      };
    }
    return { locked: locked !== null, current, history: readLockHistory(db) };
  })();
}
