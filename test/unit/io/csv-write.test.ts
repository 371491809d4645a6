import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../main/core/io/csv-parse';
import { toCsv, toCsvText } from '../../../main/core/io/csv-write';
import { decodeText } from '../../../main/core/io/decode';
import { escapeFormula, needsFormulaEscape } from '../../../main/core/io/formula-escape';

describe('escapeFormula', () => {
  it('prefixes text starting with = + - @ tab or CR with a single quote', () => {
    for (const value of [
      '=SUM(A1:A9)',
      '+33 6 12 34 56 78',
      "-2+3+cmd|' /C calc'!A0",
      '@SUM(1)',
      '\tx',
      '\rx',
    ]) {
      expect(escapeFormula(value)).toBe(`'${value}`);
    }
  });

  it('leaves plain numbers, including negative ones with a decimal comma, as they are', () => {
    for (const value of ['-3', '+4.5', '-0,25', '-1e3', '-.5', '12']) {
      expect(needsFormulaEscape(value)).toBe(false);
      expect(escapeFormula(value)).toBe(value);
    }
  });

  it('leaves ordinary text and empty cells alone, and is idempotent', () => {
    expect(escapeFormula('Tāmaʻa Teriʻi')).toBe('Tāmaʻa Teriʻi');
    expect(escapeFormula('')).toBe('');
    expect(escapeFormula(escapeFormula('=1+1'))).toBe("'=1+1");
  });
});

describe('toCsv', () => {
  it('writes a UTF-8 BOM, CRLF line ends and semicolons by default', () => {
    const bytes = toCsv([
      ['Équipe', 'Total'],
      ['Vaʻa Tech', '14,5'],
    ]);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(Buffer.from(bytes.subarray(3)).toString('utf8')).toBe('Équipe;Total\r\nVaʻa Tech;"14,5"\r\n');
  });

  it('quotes separators, quotes and line breaks, and escapes formulas', () => {
    const text = toCsvText([['a;b', 'say "hi"', 'two\nlines', '=HYPERLINK("x")', '-1,5']], {
      separator: ',',
    });
    expect(text).toBe('"a;b","say ""hi""","two\nlines","\'=HYPERLINK(""x"")","-1,5"\r\n');
  });

  it('writes a lone empty cell as "" so the row is not read back as a blank line', () => {
    expect(toCsvText([['h'], [''], ['x']])).toBe('h\r\n""\r\nx\r\n');
  });

  it('can skip formula escaping for trusted machine round trips', () => {
    expect(toCsvText([['=1']], { escapeFormulas: false })).toBe('=1\r\n');
  });

  it('is read back by the importer with accents and the tab separator', () => {
    const rows = [
      ['Nom', 'Titre'],
      ['Tāmaʻa Teriʻi', 'Présidente, « jury »'],
    ];
    const decoded = decodeText(toCsv(rows, { separator: '\t' }));
    if (!decoded.ok) throw new Error('decode failed');
    expect(decoded.value.encoding).toBe('utf-8-bom');
    const parsed = parseCsv(decoded.value.text);
    expect(parsed.ok && parsed.value.separator).toBe('\t');
    expect(parsed.ok && parsed.value.records.map((r) => r.cells)).toEqual(rows);
  });
});
