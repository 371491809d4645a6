/**
 * The two secrets of an audience ballot card, and how they are stored.
 *
 * - The QR token: 128 random bits (base64url, 22 characters), the same kind as
 *   a juror's login token (lan/secrets.ts). Unguessable: its SHA-256 is stored.
 * - The short code, typed by hand when a phone cannot scan: 10 Crockford
 *   base32 symbols, uniformly drawn, 50 bits (2⁵⁰ ≈ 1.1·10¹⁵ codes), printed
 *   "XXXXX-XXXXX". Guessing budget: the server refuses more than
 *   BALLOT_CODE_ATTEMPTS_PER_ADDRESS wrong codes a minute from one address and
 *   more than BALLOT_CODE_ATTEMPTS_GLOBAL a minute from all addresses together
 *   (roles/ballot/code-login.ts). At that global ceiling, a whole day of
 *   guessing is 864,000 tries; with 2,000 ballots printed the chance that one
 *   try ever hits a ballot is at most 864,000 × 2,000 / 2⁵⁰ ≈ 1.5·10⁻⁶.
 *   Stored as its SHA-256 (looked up by digest): a digest of 50 bits can be
 *   brute-forced offline by whoever copies the event file, which already
 *   holds everything the chair controls; the network is what is defended.
 */
import { createHash, randomInt } from 'node:crypto';

const CODE_SYMBOLS = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const BALLOT_CODE_LENGTH = 10;
/** log2(32) × 10. */
export const BALLOT_CODE_BITS = 50;
export const BALLOT_CODE_ATTEMPTS_PER_ADDRESS = 10;
export const BALLOT_CODE_ATTEMPTS_GLOBAL = 600;

export function newBallotCode(): string {
  let code = '';
  for (let i = 0; i < BALLOT_CODE_LENGTH; i++) code += CODE_SYMBOLS[randomInt(0, 32)];
  return code;
}

/** A code as typed (any case, spaces and hyphens, O for 0, I/L for 1), or null when it cannot be one. */
export function normalizeBallotCode(typed: string): string | null {
  if (typed.length > 32) return null;
  const compact = typed.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  if (compact.length !== BALLOT_CODE_LENGTH) return null;
  return [...compact].every((s) => CODE_SYMBOLS.includes(s)) ? compact : null;
}

export function formatBallotCode(code: string): string {
  return code.length === BALLOT_CODE_LENGTH ? `${code.slice(0, 5)}-${code.slice(5)}` : code;
}

export function ballotCodeDigest(code: string): string {
  return createHash('sha256').update(`ballot-code:${code}`, 'utf8').digest('hex');
}
