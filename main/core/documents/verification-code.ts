/**
 * Certificate verification codes, made to be read aloud and typed: 8 Crockford
 * base32 symbols taken from HMAC-SHA256(event secret, canonical content) and a
 * check symbol from the same alphabet, printed in three groups "XXX-XXX-XXX"
 * (digits and capitals only: no I, L, O, U, no symbol). 40 bits make a forged
 * code a 1 in 10¹² guess. The check symbol is a weighted sum in GF(32) with
 * distinct weights, so it catches every single-symbol typo and every swap of
 * two data symbols before any lookup is made, without needing the five extra
 * symbols (`* ~ $ = U`) of Crockford's mod-37 check.
 *
 * Codes printed before (format v1, "XXXXX-XXXXX": 9 symbols and a mod-37
 * check that could be `* ~ $ = U`) still verify: their length tells them
 * apart, and both fit the register's 11-character column.
 */
import { createHmac } from 'node:crypto';
import type { VerificationKey } from './types';

const SYMBOLS = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const DATA_LENGTH = 8;
/** Format v1 (certificates printed before): 9 data symbols and Crockford's mod-37 check symbol. */
const LEGACY_CHECK_SYMBOLS = `${SYMBOLS}*~$=U`;
const LEGACY_DATA_LENGTH = 9;

/** The facts a certificate attests. Two certificates with the same facts share a code. */
export interface CertificateContent {
  kind: 'participation' | 'award';
  recipientKind: 'member' | 'team';
  /** The member's name, or the team's name for a team award. */
  recipient: string;
  teamName: string;
  projectTitle: string;
  /** Award name for award certificates, null for participation. */
  award: string | null;
  eventName: string;
  startDate: string;
  endDate: string;
}

export interface IssuedCertificate extends CertificateContent {
  code: string;
}

export type VerificationSource =
  | { issued: readonly IssuedCertificate[] }
  | { key: VerificationKey; certificates: readonly CertificateContent[] };

export type VerificationResult =
  | { status: 'issued'; certificate: IssuedCertificate }
  | { status: 'notIssued'; code: string }
  | { status: 'checksumMismatch' }
  | { status: 'malformed' };

/** Stable serialisation: fixed field order, NFC so a name typed decomposed still matches. */
export function canonicalContent(eventKey: string, content: CertificateContent): string {
  const nfc = (s: string) => s.normalize('NFC');
  return JSON.stringify([
    'pitch-jury/certificate/v1',
    nfc(eventKey),
    content.kind,
    content.recipientKind,
    nfc(content.recipient),
    nfc(content.teamName),
    nfc(content.projectTitle),
    content.award === null ? null : nfc(content.award),
    nfc(content.eventName),
    content.startDate,
    content.endDate,
  ]);
}

/** GF(32) multiplication, modulo the primitive polynomial x⁵ + x² + 1. */
function gfMultiply(a: number, b: number): number {
  let product = 0;
  let x = a;
  for (let y = b; y > 0; y >>= 1) {
    if (y & 1) product ^= x;
    x <<= 1;
    if (x & 32) x ^= 0b100101;
  }
  return product;
}

/** Σ αⁱ⁺¹·dᵢ in GF(32): distinct non-zero weights, so any one changed symbol or swapped pair changes it. */
function checkSymbol(data: string): string {
  let sum = 0;
  let weight = 1;
  for (const symbol of data) {
    weight = gfMultiply(weight, 2);
    sum ^= gfMultiply(weight, SYMBOLS.indexOf(symbol));
  }
  return SYMBOLS[sum] ?? '?';
}

function legacyCheckSymbol(symbols: string): string {
  let remainder = 0;
  for (const symbol of symbols) remainder = (remainder * 32 + SYMBOLS.indexOf(symbol)) % 37;
  return LEGACY_CHECK_SYMBOLS[remainder] ?? '?';
}

function formatCode(compact: string): string {
  if (compact.length === LEGACY_DATA_LENGTH + 1) return `${compact.slice(0, 5)}-${compact.slice(5)}`;
  return `${compact.slice(0, 3)}-${compact.slice(3, 6)}-${compact.slice(6)}`;
}

function digestBits(key: VerificationKey, content: CertificateContent): bigint {
  const digest = createHmac('sha256', key.secret).update(canonicalContent(key.eventKey, content)).digest();
  let bits = 0n;
  for (let i = 0; i < 8; i++) bits = (bits << 8n) | BigInt(digest[i] ?? 0);
  return bits;
}

function dataSymbols(bits: bigint, length: number): string {
  let data = '';
  for (let i = 0; i < length; i++) data += SYMBOLS[Number((bits >> BigInt(64 - 5 * (i + 1))) & 31n)];
  return data;
}

export function certificateCode(key: VerificationKey, content: CertificateContent): string {
  const data = dataSymbols(digestBits(key, content), DATA_LENGTH);
  return formatCode(data + checkSymbol(data));
}

/** The v1 code the same certificate had before (same HMAC, 9 symbols, mod-37 check). */
export function legacyCertificateCode(key: VerificationKey, content: CertificateContent): string {
  const data = dataSymbols(digestBits(key, content), LEGACY_DATA_LENGTH);
  return formatCode(data + legacyCheckSymbol(data));
}

/**
 * Reads a code as a person may type it: any case, spaces and hyphens
 * ignored, O read as 0 and I/L as 1 (Crockford's decoding rules).
 * Returns the printed form, or null when it cannot be a code.
 */
export function normalizeCode(typed: string): string | null {
  const compact = typed.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  if (compact.length === DATA_LENGTH + 1) {
    return [...compact].every((s) => SYMBOLS.includes(s)) ? formatCode(compact) : null;
  }
  if (compact.length !== LEGACY_DATA_LENGTH + 1) return null;
  const data = compact.slice(0, LEGACY_DATA_LENGTH);
  const check = compact.slice(LEGACY_DATA_LENGTH);
  if ([...data].some((s) => !SYMBOLS.includes(s)) || !LEGACY_CHECK_SYMBOLS.includes(check)) return null;
  return formatCode(compact);
}

/** Checks a printed code (either format) against its check symbol. */
export function hasValidCheckSymbol(code: string): boolean {
  const compact = code.replace(/-/g, '');
  if (compact.length === LEGACY_DATA_LENGTH + 1) {
    return legacyCheckSymbol(compact.slice(0, LEGACY_DATA_LENGTH)) === compact.slice(LEGACY_DATA_LENGTH);
  }
  return (
    compact.length === DATA_LENGTH + 1 &&
    checkSymbol(compact.slice(0, DATA_LENGTH)) === compact.slice(DATA_LENGTH)
  );
}

/** Says whether `typed` was issued, from the exported list or by recomputing from the event's key. */
export function verifyCertificateCode(typed: string, source: VerificationSource): VerificationResult {
  const code = normalizeCode(typed);
  if (code === null) return { status: 'malformed' };
  if (!hasValidCheckSymbol(code)) return { status: 'checksumMismatch' };
  const issued =
    'issued' in source
      ? source.issued.find((c) => c.code === code)
      : source.certificates
          .map((content) => ({
            ...content,
            code:
              code.replace(/-/g, '').length === LEGACY_DATA_LENGTH + 1
                ? legacyCertificateCode(source.key, content)
                : certificateCode(source.key, content),
          }))
          .find((c) => c.code === code);
  return issued ? { status: 'issued', certificate: issued } : { status: 'notIssued', code };
}
