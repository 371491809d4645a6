/**
 * The secrets of network logins. Tokens are 128 random bits (base64url, 22
 * characters): unguessable, so a SHA-256 is enough to store them (no salt or
 * slow hash needed for a random secret). PINs are only 6 digits, so they get
 * a salted scrypt hash, computed off the main thread (`crypto.scrypt` runs on
 * libuv's pool): a PIN check never stalls the app.
 */
import { createHash, randomBytes, randomInt, scrypt, timingSafeEqual } from 'node:crypto';
import { LAN_PIN_PATTERN, LAN_TOKEN_PATTERN } from '../../../common/contract/lan';

/** scrypt cost (N): tens of milliseconds per check, a day per juror to try all PINs offline. */
export const PIN_COST = 16_384;
const KEY_LENGTH = 32;

export function newToken(): string {
  return randomBytes(16).toString('base64url');
}

export function isTokenShaped(token: string): boolean {
  return LAN_TOKEN_PATTERN.test(token);
}

export function tokenDigest(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

const CODE_SYMBOLS = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const LOGIN_CODE_LENGTH = 8;

/**
 * The code typed with the PIN: 8 Crockford base32 symbols, uniformly drawn
 * (40 bits: ~1.1·10¹² codes), so no one can aim at a juror's login without
 * their card. Stored as is; printed "XXXX-XXXX".
 */
export function newLoginCode(): string {
  let code = '';
  for (let i = 0; i < LOGIN_CODE_LENGTH; i++) code += CODE_SYMBOLS[randomInt(0, 32)];
  return code;
}

/** A code as typed (any case, spaces and hyphens, O for 0, I/L for 1), or null when it cannot be one. */
export function normalizeLoginCode(typed: string): string | null {
  const compact = typed.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  if (compact.length !== LOGIN_CODE_LENGTH) return null;
  return [...compact].every((s) => CODE_SYMBOLS.includes(s)) ? compact : null;
}

export function formatLoginCode(code: string): string {
  return code.length === LOGIN_CODE_LENGTH ? `${code.slice(0, 4)}-${code.slice(4)}` : code;
}

/** 6 digits, uniformly drawn (leading zeros kept). */
export function newPin(): string {
  return String(randomInt(0, 1_000_000)).padStart(6, '0');
}

export function isPinShaped(pin: string): boolean {
  return LAN_PIN_PATTERN.test(pin);
}

function derive(pin: string, salt: Buffer, cost: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(pin, salt, KEY_LENGTH, { N: cost, r: 8, p: 1 }, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });
}

export interface PinHash {
  cost: number;
  salt: string;
  hash: string;
}

export async function hashPin(pin: string, cost = PIN_COST): Promise<PinHash> {
  const salt = randomBytes(16);
  const key = await derive(pin, salt, cost);
  return { cost, salt: salt.toString('base64'), hash: key.toString('base64') };
}

/**
 * Constant-time comparison of the derived keys. The key is derived even for a
 * PIN of the wrong shape, so a malformed PIN answers no faster than a wrong one.
 */
export async function pinMatches(pin: string, stored: PinHash): Promise<boolean> {
  const shaped = isPinShaped(pin);
  const expected = Buffer.from(stored.hash, 'base64');
  const actual = await derive(shaped ? pin : '000000', Buffer.from(stored.salt, 'base64'), stored.cost);
  return shaped && expected.length === actual.length && timingSafeEqual(expected, actual);
}

/**
 * A stand-in PIN hash at the production cost, checked when a typed code
 * matches no login: an unknown code then costs the same scrypt as a known one
 * (no timing oracle telling valid codes from invalid ones). Its "hash" is
 * random bytes, so no PIN matches it, and a match would log no one in anyway.
 */
export const DECOY_PIN_HASH: PinHash = {
  cost: PIN_COST,
  salt: randomBytes(16).toString('base64'),
  hash: randomBytes(KEY_LENGTH).toString('base64'),
};

/** SHA-256 of a request, to refuse an idempotency key reused for a different request. */
export function requestDigest(name: string, input: unknown): string {
  return createHash('sha256')
    .update(`${name}\n${JSON.stringify(input)}`, 'utf8')
    .digest('hex');
}
