/**
 * The PIN fallback: a juror whose phone cannot scan the card's QR code types
 * the address, the card's code and its 6-digit PIN, and receives a token of
 * their own login. Guessing is throttled per juror: after 5 wrong PINs within
 * a minute, every attempt (even the right PIN) is refused until the oldest of
 * them is a minute old. 10^6 PINs at 5 a minute is about a year per juror.
 *
 * The attempt is counted *before* the (slow, asynchronous) hash check and
 * forgiven after a success, so concurrent guesses cannot slip past the count.
 */
import type { Db } from '../db/open';
import { addPinToken, type Principal, pinLoginTarget } from './credentials';
import { pinMatches } from './secrets';

export const MAX_PIN_FAILURES = 5;
export const PIN_WINDOW_MS = 60_000;

export type PinLoginResult =
  | { ok: true; token: string; principal: Principal }
  | { ok: false; reason: 'wrong' }
  | { ok: false; reason: 'throttled'; retryAfterMs: number };

/** Code as printed on the card: the login's number. */
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
): Promise<PinLoginResult> {
  const credentialId = parseLoginCode(code);
  if (credentialId === null) return { ok: false, reason: 'wrong' };
  const reserved = db
    .transaction(
      (): { target: NonNullable<ReturnType<typeof pinLoginTarget>>; attemptId: number } | number | null => {
        const target = pinLoginTarget(db, credentialId);
        if (!target) return null;
        db.prepare('DELETE FROM lan_pin_failure WHERE credential_id = ? AND at_ms <= ?').run(
          credentialId,
          nowMs - PIN_WINDOW_MS,
        );
        const recent = db
          .prepare('SELECT at_ms FROM lan_pin_failure WHERE credential_id = ? ORDER BY at_ms')
          .all(credentialId) as { at_ms: number }[];
        if (recent.length >= MAX_PIN_FAILURES) {
          const oldest = recent[recent.length - MAX_PIN_FAILURES]?.at_ms ?? nowMs;
          return Math.max(1, oldest + PIN_WINDOW_MS - nowMs);
        }
        const { lastInsertRowid } = db
          .prepare('INSERT INTO lan_pin_failure (credential_id, at_ms) VALUES (?, ?)')
          .run(credentialId, nowMs);
        return { target, attemptId: Number(lastInsertRowid) };
      },
    )
    .immediate();
  if (reserved === null) return { ok: false, reason: 'wrong' };
  if (typeof reserved === 'number') return { ok: false, reason: 'throttled', retryAfterMs: reserved };

  const matches = await pinMatches(pin, reserved.target.pin);
  if (!matches) return { ok: false, reason: 'wrong' };
  return db.transaction((): PinLoginResult => {
    db.prepare('DELETE FROM lan_pin_failure WHERE id = ?').run(reserved.attemptId);
    // Revoked while the hash was being checked: the PIN was right, but the login is gone.
    const still = pinLoginTarget(db, credentialId);
    if (!still) return { ok: false, reason: 'wrong' };
    return { ok: true, token: addPinToken(db, credentialId, atUtc), principal: still.principal };
  })();
}
