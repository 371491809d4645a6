/**
 * Locking and unlocking one track. The main track's lock is the event's
 * (results/lock-ops.ts, table results_lock), untouched. Another track's
 * records go to track_lock with the same rules: missing sheets must be
 * confirmed by name, an unlock needs a reason, nothing is ever erased, and
 * every record is hashed and chained to the track's record before it.
 */
import type { LockCheckView, LockView } from '../../../common/contract/results';
import type { Db } from '../db/open';
import { DomainError } from '../errors';
import { canonicalJson } from '../hashing/canonical-json';
import { sha256Hex } from '../hashing/sha256';
import type { LockRecord } from '../lock/lock-state';
import {
  LOCK_RECORD_GENESIS,
  type LockRecordContent,
  type MissingSheet,
  resultsHash,
} from '../ranking/results-lock';
import {
  confirmedMissingOf,
  lockResults,
  missingSheetsOf,
  readLockCheck,
  readLockedResults,
  readLockView,
  sheetCountsOf,
  unlockResults,
} from '../results/lock-ops';
import { buildTrackPayload, type StoredTrackPayload } from './track-payload';
import { isMainTrack } from './track-store';

interface Row {
  id: number;
  track_id: number;
  action: 'lock' | 'unlock';
  at_utc: string;
  actor: string;
  reason: string | null;
  payload_json: string | null;
  hash: string | null;
  record_hash: string;
  missing_json: string | null;
}

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

/** A track record's hash: the event's record format plus the track it belongs to. */
export function trackLockRecordHash(trackId: number, content: LockRecordContent): string {
  return sha256Hex(
    canonicalJson({ format: 'pitch-jury-track-lock-record', version: 1, trackId, ...content }),
  );
}

export function trackLockRecords(db: Db, trackId: number): LockRecord[] {
  return (db.prepare('SELECT * FROM track_lock WHERE track_id = ? ORDER BY id').all(trackId) as Row[]).map(
    toRecord,
  );
}

function latest(db: Db, trackId: number): LockRecord | null {
  const row = db
    .prepare('SELECT * FROM track_lock WHERE track_id = ? ORDER BY id DESC LIMIT 1')
    .get(trackId) as Row | undefined;
  return row ? toRecord(row) : null;
}

function requireText(value: string, field: string, code: string): string {
  const text = value.normalize('NFC').trim();
  if (!text) throw new DomainError(code, {}, [{ path: [field], code }]);
  return text;
}

function insertRecord(
  db: Db,
  trackId: number,
  content: Omit<LockRecordContent, 'id' | 'previous'>,
  payloadJson: string | null,
): void {
  const previous = latest(db, trackId);
  const next = db.prepare('SELECT COALESCE(MAX(id), 0) + 1 AS n FROM track_lock').get() as { n: number };
  const full: LockRecordContent = {
    ...content,
    id: next.n,
    previous: previous?.recordHash ?? LOCK_RECORD_GENESIS,
  };
  db.prepare(
    `INSERT INTO track_lock (id, track_id, action, at_utc, actor, reason, payload_json, hash, record_hash, missing_json)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    full.id,
    trackId,
    full.action,
    full.atUtc,
    full.actor,
    full.reason,
    payloadJson,
    full.resultsHash,
    trackLockRecordHash(trackId, full),
    full.missing && full.missing.length > 0 ? canonicalJson(full.missing) : null,
  );
}

const missingKey = (m: MissingSheet) => `${m.teamId}:${m.jurorId}`;

export function readTrackLockCheck(db: Db, trackId: number): LockCheckView {
  if (isMainTrack(db, trackId)) return readLockCheck(db);
  return db.transaction((): LockCheckView => {
    const payload = buildTrackPayload(db, trackId, 'read');
    return { missing: missingSheetsOf(payload.ranking), ...sheetCountsOf(payload.ranking) };
  })();
}

export function lockTrack(
  db: Db,
  trackId: number,
  lockedBy: string,
  atUtc: string,
  confirmedMissing: readonly MissingSheet[] = [],
): LockView {
  if (isMainTrack(db, trackId)) return lockResults(db, lockedBy, atUtc, confirmedMissing);
  const by = requireText(lockedBy, 'lockedBy', 'results.lockedByRequired');
  db.transaction(() => {
    if (latest(db, trackId)?.action === 'lock') throw new DomainError('results.alreadyLocked');
    const payload = buildTrackPayload(db, trackId);
    const missing = missingSheetsOf(payload.ranking);
    const confirmed = new Set(confirmedMissing.map(missingKey));
    const same = confirmed.size === missing.length && missing.every((m) => confirmed.has(missingKey(m)));
    if (!same) {
      const { received, expected } = sheetCountsOf(payload.ranking);
      throw new DomainError('results.missingSheetsUnconfirmed', {
        missing: missing.length,
        received,
        expected,
      });
    }
    const json = canonicalJson(payload);
    insertRecord(
      db,
      trackId,
      { action: 'lock', atUtc, actor: by, reason: null, resultsHash: sha256Hex(json), missing },
      json,
    );
  }).immediate();
  return readTrackLockView(db, trackId);
}

export function unlockTrack(db: Db, trackId: number, reason: string, actor: string, atUtc: string): LockView {
  if (isMainTrack(db, trackId)) return unlockResults(db, reason, actor, atUtc);
  const why = requireText(reason, 'reason', 'results.unlockReasonRequired');
  const who = requireText(actor, 'actor', 'results.lockedByRequired');
  db.transaction(() => {
    if (latest(db, trackId)?.action !== 'lock') throw new DomainError('results.notLocked');
    insertRecord(
      db,
      trackId,
      { action: 'unlock', atUtc, actor: who, reason: why, resultsHash: null, missing: null },
      null,
    );
  }).immediate();
  return readTrackLockView(db, trackId);
}

/** The track's results locked now, parsed; null while unlocked. */
export function readLockedTrack(
  db: Db,
  trackId: number,
): { payload: StoredTrackPayload; hash: string; record: LockRecord } | null {
  if (isMainTrack(db, trackId)) return readLockedResults(db);
  const record = latest(db, trackId);
  if (record?.action !== 'lock' || !record.payloadJson || !record.hash) return null;
  return { payload: JSON.parse(record.payloadJson) as StoredTrackPayload, hash: record.hash, record };
}

/**
 * Whether the file recomputed now gives the locked results. Scoring goes on
 * in the other tracks while this one is locked (its own sheets are frozen),
 * so the log grows past the head the lock pinned: the comparison uses that
 * head, after checking it is still in the log, unchanged.
 */
function matchesNow(db: Db, trackId: number, payload: StoredTrackPayload, hash: string): boolean {
  try {
    const { count, lastHash } = payload.scoreLog;
    const atHead = db.prepare('SELECT hash FROM score_event WHERE seq = ?').get(count) as
      | { hash: string }
      | undefined;
    if (count > 0 && atHead?.hash !== lastHash) return false;
    return resultsHash({ ...buildTrackPayload(db, trackId, 'read'), scoreLog: payload.scoreLog }) === hash;
  } catch {
    return false;
  }
}

export function readTrackLockView(db: Db, trackId: number): LockView {
  if (isMainTrack(db, trackId)) return readLockView(db);
  return db.transaction((): LockView => {
    const locked = readLockedTrack(db, trackId);
    let current: LockView['current'] = null;
    if (locked) {
      const { payload, record } = locked;
      current = {
        atUtc: record.atUtc,
        lockedBy: record.actor,
        hash: locked.hash,
        scoreCount: payload.scoreLog.count,
        scoreLastHash: payload.scoreLog.lastHash,
        matchesCurrent: matchesNow(db, trackId, payload, locked.hash),
        missing: confirmedMissingOf(record),
        ...sheetCountsOf(payload.ranking),
      };
    }
    const history = trackLockRecords(db, trackId).map(({ id, action, atUtc, actor, reason, hash }) => ({
      id,
      action,
      atUtc,
      actor,
      reason,
      hash,
    }));
    return { locked: locked !== null, current, history };
  })();
}
