/**
 * Idempotent network writes. A phone that loses Wi-Fi after sending "submit"
 * cannot know whether the laptop got it, so it sends it again with the same
 * key. The first time, the write and its answer are committed together (one
 * IMMEDIATE transaction, the core's own transaction nesting as a savepoint);
 * a repeat gets the recorded answer back and changes nothing. So a score is
 * never recorded twice, and never lost between "recorded" and "answered".
 */
import type { Db } from '../db/open';
import { rowShape, selectMaybe } from '../db/rows';
import { DomainError } from '../errors';
import { requestDigest } from './secrets';

/** Keys older than this are forgotten (a phone does not resend a day later). */
export const KEY_RETENTION_MS = 24 * 3600 * 1000;
/**
 * Keys kept per login: a phone resends only its last few unanswered writes,
 * so the log of a login that writes in a loop stays this size instead of
 * growing with every write (each row holds the whole answer).
 */
export const MAX_KEYS_PER_LOGIN = 200;

export interface OnceResult<T> {
  value: T;
  /** True when this answer was recorded earlier (a resend): nothing changed now. */
  replayed: boolean;
}

/**
 * Runs `write` once per (login, key). `write` must be synchronous and do all
 * its writes in this database (it may open its own transactions).
 */
export function runOnce<T>(
  db: Db,
  request: { credentialId: number; key: string; name: string; input: unknown; atUtc: string },
  write: () => T,
): OnceResult<T> {
  const digest = requestDigest(request.name, request.input);
  return db
    .transaction((): OnceResult<T> => {
      const seen = selectMaybe(
        db,
        rowShape({ request_sha256: 'text', response_json: 'text' }),
        'SELECT request_sha256, response_json FROM lan_request WHERE credential_id = ? AND key = ?',
        request.credentialId,
        request.key,
      );
      if (seen) {
        // The same key for a different request is a client bug; answering the old result would hide it.
        if (seen.request_sha256 !== digest) throw new DomainError('lan.keyReused');
        return { value: JSON.parse(seen.response_json) as T, replayed: true };
      }
      const value = write();
      db.prepare(
        `INSERT INTO lan_request (credential_id, key, call, request_sha256, response_json, at_utc)
         VALUES (?, ?, ?, ?, ?, ?)`,
      ).run(request.credentialId, request.key, request.name, digest, JSON.stringify(value), request.atUtc);
      pruneLogin(db, request.credentialId);
      return { value, replayed: false };
    })
    .immediate();
}

/** Keeps the newest MAX_KEYS_PER_LOGIN keys of a login (by time, then rowid order of the key). */
function pruneLogin(db: Db, credentialId: number): void {
  db.prepare(
    `DELETE FROM lan_request WHERE credential_id = ? AND key NOT IN (
       SELECT key FROM lan_request WHERE credential_id = ? ORDER BY at_utc DESC, key DESC LIMIT ?)`,
  ).run(credentialId, credentialId, MAX_KEYS_PER_LOGIN);
}

/** Drops keys older than the retention (called when the server starts). */
export function pruneRequests(db: Db, nowMs: number): number {
  const cutoff = new Date(nowMs - KEY_RETENTION_MS).toISOString();
  return db.prepare('DELETE FROM lan_request WHERE at_utc < ?').run(cutoff).changes;
}
