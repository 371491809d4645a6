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

/** Constant-time comparison of the derived keys. */
export async function pinMatches(pin: string, stored: PinHash): Promise<boolean> {
  if (!isPinShaped(pin)) return false;
  const expected = Buffer.from(stored.hash, 'base64');
  const actual = await derive(pin, Buffer.from(stored.salt, 'base64'), stored.cost);
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}

/** SHA-256 of a request, to refuse an idempotency key reused for a different request. */
export function requestDigest(name: string, input: unknown): string {
  return createHash('sha256')
    .update(`${name}\n${JSON.stringify(input)}`, 'utf8')
    .digest('hex');
}
