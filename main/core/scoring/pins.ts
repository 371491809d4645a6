/**
 * Optional juror PINs, so a juror's sheet on a shared laptop is opened only by
 * that juror. Only a salted scrypt hash is stored: the event file can be
 * copied and emailed, and a PIN is often reused elsewhere.
 */
import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';
import type { Db } from '../db/open';
import { rowShape, selectAll, selectMaybe } from '../db/rows';
import { DomainError } from '../errors';

/** scrypt cost (N). 2^14 takes tens of ms: unnoticeable once, slow for guessing. */
const COST = 16_384;
const KEY_LENGTH = 32;
export const PIN_PATTERN = /^\d{4,8}$/;

function derive(pin: string, salt: Buffer, cost: number): Buffer {
  return scryptSync(pin.normalize('NFC'), salt, KEY_LENGTH, { N: cost, r: 8, p: 1 });
}

/** Sets a PIN (4 to 8 digits) or removes it with null. */
export function setJurorPin(db: Db, jurorId: number, pin: string | null, atUtc: string): void {
  if (!db.prepare('SELECT 1 FROM juror WHERE id = ?').get(jurorId)) throw new DomainError('error.notFound');
  if (pin === null) {
    db.prepare('DELETE FROM juror_pin WHERE juror_id = ?').run(jurorId);
    return;
  }
  if (!PIN_PATTERN.test(pin)) {
    throw new DomainError('scoring.pinFormat', {}, [{ path: ['pin'], code: 'scoring.pinFormat' }]);
  }
  const salt = randomBytes(16);
  db.prepare(
    `INSERT INTO juror_pin (juror_id, cost, salt, hash, at_utc) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (juror_id) DO UPDATE SET cost = excluded.cost, salt = excluded.salt,
         hash = excluded.hash, at_utc = excluded.at_utc`,
  ).run(jurorId, COST, salt.toString('base64'), derive(pin, salt, COST).toString('base64'), atUtc);
}

export function jurorsWithPin(db: Db): Set<number> {
  const rows = selectAll(db, rowShape({ juror_id: 'num' }), 'SELECT juror_id FROM juror_pin');
  return new Set(rows.map((r) => r.juror_id));
}

/** True when the juror has no PIN, or `pin` is theirs. Constant-time comparison of the hashes. */
export function checkJurorPin(db: Db, jurorId: number, pin: string | null): boolean {
  const row = selectMaybe(
    db,
    rowShape({ cost: 'num', salt: 'text', hash: 'text' }),
    'SELECT cost, salt, hash FROM juror_pin WHERE juror_id = ?',
    jurorId,
  );
  if (!row) return true;
  if (pin === null || !PIN_PATTERN.test(pin)) return false;
  const expected = Buffer.from(row.hash, 'base64');
  const actual = derive(pin, Buffer.from(row.salt, 'base64'), row.cost);
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}
