/**
 * Certificate verification codes: 9 Crockford base32 symbols taken from
 * HMAC-SHA256(event secret, canonical content) plus Crockford's mod-37 check
 * symbol, printed as "XXXXX-XXXXX". 45 bits make a forged code a 1 in 3·10¹³
 * guess, the check symbol catches every single-symbol typo and every swap of
 * two neighbouring symbols of the data part before any lookup is made.
 */
import { createHmac } from 'node:crypto';
import type { VerificationKey } from './types';

const SYMBOLS = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const CHECK_SYMBOLS = `${SYMBOLS}*~$=U`;
const DATA_LENGTH = 9;

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

function checkSymbol(symbols: string): string {
  let remainder = 0;
  for (const symbol of symbols) remainder = (remainder * 32 + SYMBOLS.indexOf(symbol)) % 37;
  return CHECK_SYMBOLS[remainder] ?? '?';
}

function formatCode(compact: string): string {
  return `${compact.slice(0, 5)}-${compact.slice(5)}`;
}

export function certificateCode(key: VerificationKey, content: CertificateContent): string {
  const digest = createHmac('sha256', key.secret).update(canonicalContent(key.eventKey, content)).digest();
  let bits = 0n;
  for (let i = 0; i < 8; i++) bits = (bits << 8n) | BigInt(digest[i] ?? 0);
  let data = '';
  for (let i = 0; i < DATA_LENGTH; i++) {
    data += SYMBOLS[Number((bits >> BigInt(64 - 5 * (i + 1))) & 31n)];
  }
  return formatCode(data + checkSymbol(data));
}

/**
 * Reads a code as a person may type it: any case, spaces and hyphens
 * ignored, O read as 0 and I/L as 1 (Crockford's decoding rules).
 * Returns the printed form, or null when it cannot be a code.
 */
export function normalizeCode(typed: string): string | null {
  const compact = typed.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  if (compact.length !== DATA_LENGTH + 1) return null;
  const data = compact.slice(0, DATA_LENGTH);
  const check = compact.slice(DATA_LENGTH);
  if ([...data].some((s) => !SYMBOLS.includes(s)) || !CHECK_SYMBOLS.includes(check)) return null;
  return formatCode(compact);
}

export function hasValidCheckSymbol(code: string): boolean {
  const compact = code.replace('-', '');
  return checkSymbol(compact.slice(0, DATA_LENGTH)) === compact.slice(DATA_LENGTH);
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
          .map((content) => ({ ...content, code: certificateCode(source.key, content) }))
          .find((c) => c.code === code);
  return issued ? { status: 'issued', certificate: issued } : { status: 'notIssued', code };
}
