/**
 * The PIN fallback: a juror whose phone cannot scan the card's QR code types
 * the address, the card's code and its 6-digit PIN, and receives a token of
 * their own login.
 *
 * The code is random (8 Crockford symbols, 40 bits: secrets.ts), so nobody
 * can aim at a juror's login without their card. Guessing is throttled per
 * (login, device): after 5 wrong PINs within a minute from one device, that
 * device's attempts on that login (even the right PIN) are refused until the
 * oldest of them is a minute old. Another device (the juror's own phone) is
 * not affected: one device guessing can no longer lock a juror out. Each
 * device is also limited per minute over all logins (server.ts), and every
 * wrong PIN is counted on the login for the chair's Network page.
 *
 * A code that names no login runs the same scrypt check as a real one
 * (against a stand-in hash): valid and invalid codes take the same path and
 * the same time, so the answer's timing does not say which codes exist.
 *
 * The attempt is counted *before* the (slow, asynchronous) hash check and
 * forgiven after a success, so concurrent guesses cannot slip past the count.
 */
import type { Db } from '../db/open';
import { rowShape, selectAll } from '../db/rows';
import {
  addPinToken,
  credentialIdForCode,
  type Principal,
  pinLoginTarget,
  recordWrongPin,
} from './credentials';
import { DECOY_PIN_HASH, normalizeLoginCode, type PinHash, pinMatches } from './secrets';

export const MAX_PIN_FAILURES = 5;
export const PIN_WINDOW_MS = 60_000;

export type PinLoginResult =
  | { ok: true; token: string; principal: Principal }
  | { ok: false; reason: 'wrong' }
  | { ok: false; reason: 'throttled'; retryAfterMs: number };

/** Where an attempt comes from (the remote address), and how the PIN is checked (tests count the checks). */
export interface PinLoginOptions {
  device?: string;
  check?: (pin: string, stored: PinHash) => Promise<boolean>;
}

/** Legacy code as printed on cards issued before codes were random: the login's number. */
export function parseLoginCode(code: string): number | null {
  const trimmed = code.trim();
  if (!/^\d{1,9}$/.test(trimmed)) return null;
  const value = Number(trimmed);
  return value > 0 ? value : null;
}

export async function loginWithPin(
  db: Db,
  code: string,
  pin: string,
  nowMs: number,
  atUtc: string,
  options: PinLoginOptions = {},
): Promise<PinLoginResult> {
  const device = options.device ?? '';
  const check = options.check ?? pinMatches;
  const credentialId = credentialIdForCode(db, {
    random: normalizeLoginCode(code),
    legacy: parseLoginCode(code),
  });
  const reserved = db
    .transaction(
      (): { target: NonNullable<ReturnType<typeof pinLoginTarget>>; attemptId: number } | number | null => {
        const target = credentialId === null ? null : pinLoginTarget(db, credentialId);
        if (!target || credentialId === null) return null;
        db.prepare('DELETE FROM lan_pin_failure WHERE credential_id = ? AND at_ms <= ?').run(
          credentialId,
          nowMs - PIN_WINDOW_MS,
        );
        const recent = selectAll(
          db,
          rowShape({ at_ms: 'num' }),
          'SELECT at_ms FROM lan_pin_failure WHERE credential_id = ? AND device = ? ORDER BY at_ms',
          credentialId,
          device,
        );
        if (recent.length >= MAX_PIN_FAILURES) {
          const oldest = recent[recent.length - MAX_PIN_FAILURES]?.at_ms ?? nowMs;
          return Math.max(1, oldest + PIN_WINDOW_MS - nowMs);
        }
        const { lastInsertRowid } = db
          .prepare('INSERT INTO lan_pin_failure (credential_id, device, at_ms) VALUES (?, ?, ?)')
          .run(credentialId, device, nowMs);
        return { target, attemptId: Number(lastInsertRowid) };
      },
    )
    .immediate();
  if (typeof reserved === 'number') return { ok: false, reason: 'throttled', retryAfterMs: reserved };
  if (reserved === null) {
    // No such login: the same scrypt work as a real check, and the same answer as a wrong PIN.
    await check(pin, DECOY_PIN_HASH);
    return { ok: false, reason: 'wrong' };
  }

  const matches = await check(pin, reserved.target.pin);
  const id = reserved.target.principal.credentialId;
  if (!matches) {
    recordWrongPin(db, id, atUtc);
    return { ok: false, reason: 'wrong' };
  }
  return db.transaction((): PinLoginResult => {
    db.prepare('DELETE FROM lan_pin_failure WHERE id = ?').run(reserved.attemptId);
    // Revoked while the hash was being checked: the PIN was right, but the login is gone.
    const still = pinLoginTarget(db, id);
    if (!still) return { ok: false, reason: 'wrong' };
    return { ok: true, token: addPinToken(db, id, atUtc), principal: still.principal };
  })();
}
