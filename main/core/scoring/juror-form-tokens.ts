/**
 * Juror form sessions: `scoring.identify` checks the PIN once and hands out a
 * random token; every later juror call names the token, never a juror id, so
 * a form can only ever read and write the sheets of the juror who opened it.
 * Tokens live in memory (a restart asks jurors to pick their name again) and
 * are bound to the open event file.
 *
 * Wrong PINs are rate-limited per juror: after MAX_FAILURES in a row the juror
 * must wait LOCKOUT_MS, which makes trying all 4-digit PINs take days.
 */
import { randomBytes } from 'node:crypto';
import { DomainError } from '../errors';

export const MAX_FAILURES = 5;
export const LOCKOUT_MS = 60_000;

interface Session {
  jurorId: number;
  /** The event the session was opened on (its database connection). */
  event: object;
}

export class JurorFormTokens {
  private readonly sessions = new Map<string, Session>();
  private readonly failures = new Map<number, { count: number; until: number }>();

  constructor(private readonly clock: () => number = Date.now) {}

  /** Throws 'scoring.pinLockedOut' while the juror is locked out after too many wrong PINs. */
  assertNotLockedOut(jurorId: number): void {
    const entry = this.failures.get(jurorId);
    if (entry && entry.count >= MAX_FAILURES && this.clock() < entry.until) {
      throw new DomainError('scoring.pinLockedOut', {
        seconds: Math.ceil((entry.until - this.clock()) / 1000),
      });
    }
  }

  recordFailure(jurorId: number): void {
    const entry = this.failures.get(jurorId);
    const count =
      entry && this.clock() >= entry.until && entry.count >= MAX_FAILURES ? 1 : (entry?.count ?? 0) + 1;
    this.failures.set(jurorId, { count, until: count >= MAX_FAILURES ? this.clock() + LOCKOUT_MS : 0 });
  }

  open(event: object, jurorId: number): string {
    this.failures.delete(jurorId);
    const token = randomBytes(24).toString('base64url');
    this.sessions.set(token, { jurorId, event });
    return token;
  }

  /** The juror of a token, or 'scoring.sessionExpired' (unknown token, or another event file since). */
  jurorOf(event: object, token: string): number {
    const session = this.sessions.get(token);
    if (!session || session.event !== event) throw new DomainError('scoring.sessionExpired');
    return session.jurorId;
  }

  close(token: string): void {
    this.sessions.delete(token);
  }
}
