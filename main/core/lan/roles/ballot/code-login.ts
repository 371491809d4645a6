/**
 * The short code typed by hand (a phone that cannot scan the card's QR code):
 * the code for a token of that ballot. The code has 50 bits
 * (audience/ballot-secrets.ts, where the guessing budget is worked out); wrong
 * codes are throttled per remote address and over all addresses together,
 * within a sliding minute. Only WRONG codes count, so a room of people typing
 * their right codes never throttles anyone; once a limit is reached, every
 * attempt (even a right code) from there is refused until the window moves on,
 * so a guesser gets no answer at all past the budget.
 *
 * The counters live in memory with the server (a restart of the network
 * resets them; the chair's count of wrong codes is kept in the event file).
 */

import {
  BALLOT_CODE_ATTEMPTS_GLOBAL,
  BALLOT_CODE_ATTEMPTS_PER_ADDRESS,
} from '../../../audience/ballot-secrets';
import { addBallotToken, ballotForCode, recordWrongCode } from '../../../audience/ballots';
import type { Db } from '../../../db/open';

export const CODE_WINDOW_MS = 60_000;

export type BallotCodeResult =
  | { ok: true; token: string }
  | { ok: false; reason: 'wrong' }
  | { ok: false; reason: 'throttled'; retryAfterMs: number };

export class WrongCodeThrottle {
  private readonly byAddress = new Map<string, number[]>();
  private global: number[] = [];

  constructor(
    private readonly clock: () => number = Date.now,
    private readonly perAddress = BALLOT_CODE_ATTEMPTS_PER_ADDRESS,
    private readonly overall = BALLOT_CODE_ATTEMPTS_GLOBAL,
  ) {}

  /** Milliseconds until this address may try again; 0 when it may now. */
  wait(address: string): number {
    const now = this.clock();
    const since = now - CODE_WINDOW_MS;
    this.global = this.global.filter((t) => t > since);
    const mine = (this.byAddress.get(address) ?? []).filter((t) => t > since);
    if (mine.length === 0) this.byAddress.delete(address);
    else this.byAddress.set(address, mine);
    const waits: number[] = [];
    if (mine.length >= this.perAddress)
      waits.push((mine[mine.length - this.perAddress] as number) + CODE_WINDOW_MS - now);
    if (this.global.length >= this.overall)
      waits.push((this.global[this.global.length - this.overall] as number) + CODE_WINDOW_MS - now);
    return waits.length ? Math.max(1, ...waits) : 0;
  }

  wrong(address: string): void {
    const now = this.clock();
    this.global.push(now);
    this.byAddress.set(address, [...(this.byAddress.get(address) ?? []), now]);
    if (this.byAddress.size > 10_000) {
      for (const [key, times] of this.byAddress)
        if (times.every((t) => t <= now - CODE_WINDOW_MS)) this.byAddress.delete(key);
    }
  }
}

export function loginWithBallotCode(
  db: Db,
  throttle: WrongCodeThrottle,
  code: string,
  address: string,
  atUtc: string,
): BallotCodeResult {
  const retryAfterMs = throttle.wait(address);
  if (retryAfterMs > 0) return { ok: false, reason: 'throttled', retryAfterMs };
  const ballot = ballotForCode(db, code);
  if (!ballot) {
    throttle.wrong(address);
    recordWrongCode(db);
    return { ok: false, reason: 'wrong' };
  }
  return { ok: true, token: addBallotToken(db, ballot.ballotId, atUtc) };
}
