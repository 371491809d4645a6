import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type CertificateContent,
  certificateCode,
  hasValidCheckSymbol,
  legacyCertificateCode,
  normalizeCode,
  verifyCertificateCode,
} from '../../../main/core/documents/verification-code';

const SYMBOLS = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const key = { eventKey: 'evt-2022-papeete', secret: 'secret-1' };
const content: CertificateContent = {
  kind: 'participation',
  recipientKind: 'member',
  recipient: 'Tāmaʻa Teriʻi',
  teamName: 'Te Moana',
  projectTitle: 'Récif vivant',
  award: null,
  eventName: 'Hackathon du Numérique Polynésien 2022',
  startDate: '2022-09-28',
  endDate: '2022-09-30',
};

/** Builds a v1 code (printed before) from 9 data symbols, computing the check symbol by hand: value mod 37. */
function withCheck(data: string): string {
  let value = 0n;
  for (const s of data) value = value * 32n + BigInt(SYMBOLS.indexOf(s));
  const check = `${SYMBOLS}*~$=U`[Number(value % 37n)];
  return `${data.slice(0, 5)}-${data.slice(5)}${check}`;
}

/** A v2 code from 8 data symbols, with its check found by trying all 32 symbols. */
function withGroupedCheck(data: string): string {
  for (const check of SYMBOLS) {
    const code = `${data.slice(0, 3)}-${data.slice(3, 6)}-${data.slice(6)}${check}`;
    if (hasValidCheckSymbol(code)) return code;
  }
  throw new Error('no check symbol');
}

describe('certificate codes', () => {
  it('are 8 Crockford symbols and a check symbol from the same alphabet, printed XXX-XXX-XXX', () => {
    const code = certificateCode(key, content);
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{3}-[0-9A-HJKMNP-TV-Z]{3}-[0-9A-HJKMNP-TV-Z]{3}$/);
    expect(hasValidCheckSymbol(code)).toBe(true);
    expect(certificateCode(key, { ...content })).toBe(code);
  });

  it('never hold a symbol awkward to read aloud or type (no * ~ $ = U, no I L O)', () => {
    // 400 certificates: under the mod-37 check about 1 in 7.4 codes ended in * ~ $ = or U.
    for (let i = 0; i < 400; i++) {
      const code = certificateCode(key, { ...content, recipient: `Membre ${i}` });
      expect(code, code).toMatch(/^[0-9A-HJKMNP-TV-Z]{3}(-[0-9A-HJKMNP-TV-Z]{3}){2}$/);
    }
  });

  it('keep verifying when printed in the former format (XXXXX-XXXXX, mod-37 check)', () => {
    const legacy = legacyCertificateCode(key, content);
    expect(legacy).toMatch(/^[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{4}[0-9A-HJKMNP-TV-Z*~$=U]$/);
    expect(hasValidCheckSymbol(legacy)).toBe(true);
    expect(verifyCertificateCode(legacy.toLowerCase(), { key, certificates: [content] })).toEqual({
      status: 'issued',
      certificate: { ...content, code: legacy },
    });
    expect(verifyCertificateCode(legacy, { issued: [{ ...content, code: legacy }] }).status).toBe('issued');
  });

  it('uses Crockford’s mod-37 check symbol for the former format', () => {
    // 0 → "0"; 31 → "Z"; 32 → 32 mod 37 = 32 → "*"; 36 → "U"; 37 → 0 → "0".
    expect(withCheck('000000000')).toBe('00000-00000');
    expect(hasValidCheckSymbol('00000-0000Z')).toBe(false);
    expect(hasValidCheckSymbol('00000-000ZZ')).toBe(true);
    expect(hasValidCheckSymbol('00000-0010*')).toBe(true);
    expect(hasValidCheckSymbol('00000-0014U')).toBe(true);
    expect(hasValidCheckSymbol('00000-00150')).toBe(true);
  });

  it('change with every certified fact, the secret and the event', () => {
    const code = certificateCode(key, content);
    const variants: CertificateContent[] = [
      { ...content, recipient: 'Tāmaʻa Teriʻi ' },
      { ...content, teamName: 'Te Moana 2' },
      { ...content, projectTitle: 'Récif' },
      { ...content, kind: 'award', award: 'Premier prix' },
      { ...content, recipientKind: 'team' },
      { ...content, eventName: 'Autre' },
      { ...content, startDate: '2022-09-29' },
    ];
    for (const v of variants) expect(certificateCode(key, v)).not.toBe(code);
    expect(certificateCode({ ...key, secret: 'secret-2' }, content)).not.toBe(code);
    expect(certificateCode({ ...key, eventKey: 'evt-2023' }, content)).not.toBe(code);
  });

  it('do not depend on how an accented name was typed (NFC or NFD)', () => {
    const nfd = { ...content, recipient: content.recipient.normalize('NFD') };
    expect(nfd.recipient).not.toBe(content.recipient);
    expect(certificateCode(key, nfd)).toBe(certificateCode(key, content));
  });

  it('catch every single-symbol typo and every swap of two data symbols', () => {
    const data = fc.array(fc.constantFrom(...SYMBOLS), { minLength: 8, maxLength: 8 }).map((s) => s.join(''));
    const grouped = (d: string, check: string) => `${d.slice(0, 3)}-${d.slice(3, 6)}-${d.slice(6)}${check}`;
    fc.assert(
      fc.property(data, fc.nat(8), fc.constantFrom(...SYMBOLS), (d, at, replacement) => {
        const code = withGroupedCheck(d).replace(/-/g, '');
        fc.pre(code[at] !== replacement);
        const typo = code.slice(0, at) + replacement + code.slice(at + 1);
        expect(hasValidCheckSymbol(grouped(typo.slice(0, 8), typo.slice(8)))).toBe(false);
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(data, fc.nat(7), fc.nat(7), (d, i, j) => {
        fc.pre(d[i] !== d[j]);
        const chars = [...d];
        [chars[i], chars[j]] = [chars[j] as string, chars[i] as string];
        const check = withGroupedCheck(d).at(-1) as string;
        expect(hasValidCheckSymbol(grouped(chars.join(''), check))).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('former format: catch every single-symbol typo and every swap of neighbouring data symbols', () => {
    const data = fc.array(fc.constantFrom(...SYMBOLS), { minLength: 9, maxLength: 9 }).map((s) => s.join(''));
    fc.assert(
      fc.property(data, fc.nat(8), fc.constantFrom(...SYMBOLS), (d, at, replacement) => {
        fc.pre(d[at] !== replacement);
        const typo = d.slice(0, at) + replacement + d.slice(at + 1);
        const code = withCheck(d);
        const mistyped = `${typo.slice(0, 5)}-${typo.slice(5)}${code.at(-1)}`;
        expect(hasValidCheckSymbol(mistyped)).toBe(false);
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(data, fc.nat(7), (d, at) => {
        fc.pre(d[at] !== d[at + 1]);
        const swapped = d.slice(0, at) + d[at + 1] + d[at] + d.slice(at + 2);
        const code = withCheck(d);
        expect(hasValidCheckSymbol(`${swapped.slice(0, 5)}-${swapped.slice(5)}${code.at(-1)}`)).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});

describe('normalizeCode', () => {
  it('reads codes as people type them', () => {
    expect(normalizeCode(' k7qho 2xp9l ')).toBe('K7QH0-2XP91');
    expect(normalizeCode('K7QH0-2XP9*')).toBe('K7QH0-2XP9*');
    expect(normalizeCode('k7qh02xp9i')).toBe('K7QH0-2XP91');
    expect(normalizeCode(' k7q h0x p9l ')).toBe('K7Q-H0X-P91');
    expect(normalizeCode('k7qh0xp91')).toBe('K7Q-H0X-P91');
  });

  it('rejects what cannot be a code', () => {
    expect(normalizeCode('K7QH0-2XP')).toBeNull();
    expect(normalizeCode('K7QH0-2XP911')).toBeNull();
    expect(normalizeCode('K7QU0-2XP91')).toBeNull();
    expect(normalizeCode('K7QH0-2XP9#')).toBeNull();
    expect(normalizeCode('K7Q-H0X-P9*')).toBeNull();
    expect(normalizeCode('K7Q-H0X-P9U')).toBeNull();
  });
});

describe('verifyCertificateCode', () => {
  const issued = [{ ...content, code: certificateCode(key, content) }];

  it('finds an issued code in the exported list, however it was typed', () => {
    const typed = (issued[0]?.code ?? '').toLowerCase().replace(/-/g, ' ');
    expect(verifyCertificateCode(typed, { issued })).toEqual({ status: 'issued', certificate: issued[0] });
  });

  it('recomputes from the event key when given the certified contents', () => {
    const code = issued[0]?.code ?? '';
    const other = { ...content, recipient: 'Hinatea Raʻiātea' };
    const result = verifyCertificateCode(code, { key, certificates: [other, content] });
    expect(result).toEqual({ status: 'issued', certificate: { ...content, code } });
    expect(
      verifyCertificateCode(code, { key: { ...key, secret: 'forged' }, certificates: [content] }),
    ).toEqual({
      status: 'notIssued',
      code,
    });
  });

  it('tells a typo, a well-formed unknown code and garbage apart', () => {
    const code = issued[0]?.code ?? '';
    const last = code.at(-1) === '0' ? '1' : '0';
    expect(verifyCertificateCode(code.slice(0, -1) + last, { issued }).status).toBe('checksumMismatch');
    expect(verifyCertificateCode(withGroupedCheck('ABCDEFGH'), { issued })).toEqual({
      status: 'notIssued',
      code: withGroupedCheck('ABCDEFGH'),
    });
    expect(verifyCertificateCode(withCheck('ABCDEFGHJ'), { issued })).toEqual({
      status: 'notIssued',
      code: withCheck('ABCDEFGHJ'),
    });
    expect(verifyCertificateCode('hello', { issued })).toEqual({ status: 'malformed' });
  });
});
