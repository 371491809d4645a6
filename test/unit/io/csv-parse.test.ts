import { describe, expect, it } from 'vitest';
import { countNonBlankRecords, detectSeparator, parseCsv } from '../../../main/core/io/csv-parse';
import { readImportTable } from '../../../main/core/io/source-table';

function records(text: string, separator?: ';' | ',' | '\t') {
  const result = parseCsv(text, separator === undefined ? {} : { separator });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

describe('parseCsv', () => {
  it('reads quoted fields with separators, doubled quotes and line breaks', () => {
    const text = 'a;b;c\r\n"x;y";"say ""hi""";"line 1\r\nline 2"\r\n';
    expect(records(text, ';').records).toEqual([
      { row: 1, line: 1, cells: ['a', 'b', 'c'] },
      { row: 2, line: 2, cells: ['x;y', 'say "hi"', 'line 1\r\nline 2'] },
    ]);
  });

  it('counts source lines across quoted line breaks (LF, CRLF and lone CR)', () => {
    const text = 'h\n"1\n2"\n"a\r\nb\rc"\nlast';
    expect(records(text, ';').records.map((r) => [r.row, r.line])).toEqual([
      [1, 1],
      [2, 2],
      [3, 4],
      [4, 7],
    ]);
  });

  it('accepts CRLF, LF and CR line ends alike', () => {
    const expected = [
      ['a', 'b'],
      ['c', 'd'],
    ];
    for (const eol of ['\r\n', '\n', '\r']) {
      expect(records(`a,b${eol}c,d${eol}`, ',').records.map((r) => r.cells)).toEqual(expected);
    }
  });

  it('drops trailing blank lines but keeps blank lines in the middle (Excel row numbers)', () => {
    const result = records('h\r\n\r\nx\r\n\r\n\r\n\n', ';');
    expect(result.records).toEqual([
      { row: 1, line: 1, cells: ['h'] },
      { row: 2, line: 2, cells: [''] },
      { row: 3, line: 3, cells: ['x'] },
    ]);
  });

  it('keeps a quoted empty field on the last line (it is data, not a blank line)', () => {
    expect(records('h\r\n""\r\n', ';').records.map((r) => r.cells)).toEqual([['h'], ['']]);
  });

  it('reads a final field without a line end, and a final empty field after a separator', () => {
    expect(records('a;b\r\nc;', ';').records.map((r) => r.cells)).toEqual([
      ['a', 'b'],
      ['c', ''],
    ]);
  });

  it('is lenient like Excel with stray quotes', () => {
    // A quote inside an unquoted field is a character; text after a closing quote is kept.
    expect(records('Le "Lab";"abc"def\n', ';').records[0]?.cells).toEqual(['Le "Lab"', 'abcdef']);
  });

  it('reports an unterminated quote with the row and the line where it opened', () => {
    const result = parseCsv('h;i\nok;fine\nbad;"never closed\nmore\n', { separator: ';' });
    expect(result).toEqual({
      ok: false,
      errors: [{ code: 'import.unterminatedQuote', row: 3, line: 3 }],
      errorCount: 1,
    });
  });

  it('returns no record for empty text', () => {
    expect(records('').records).toEqual([]);
  });
});

describe('detectSeparator', () => {
  it('finds semicolon, comma and tab files', () => {
    expect(detectSeparator('Équipe;Projet\nA;B\n')).toBe(';');
    expect(detectSeparator('Team,Project\nA,B\n')).toBe(',');
    expect(detectSeparator('Team\tProject\nA\tB\n')).toBe('\t');
  });

  it('prefers the separator that splits the header, even when data holds commas', () => {
    expect(detectSeparator('Nom;Titre\nDupont, Jean;DG, ACME\nMartin, Paul;CTO\n')).toBe(';');
  });

  it('respects quotes: a quoted semicolon does not make a semicolon file', () => {
    expect(detectSeparator('Team,Members\nA,"x; y; z"\nB,"u; v"\n')).toBe(',');
  });

  it('prefers the candidate under which rows agree with the header width', () => {
    // Both split the header in two, only the comma explains the rows.
    expect(detectSeparator('a;b,c\n1,2\n3,4\n')).toBe(',');
  });

  it('keeps a one-column file of "Last, First" names in one column', () => {
    expect(detectSeparator('Nom\nDupont, Jean\nMartin, Paul\n')).toBe(';');
  });

  it('looks past leading separator-only lines (Excel exports of a formatted range)', () => {
    expect(detectSeparator(`${';;;\r\n'.repeat(25)}Team,Project\r\nA,B\r\n`)).toBe(',');
    expect(detectSeparator('\r\n \r\n;;\r\n')).toBe(';');
  });

  it('breaks ties in favour of the semicolon (French Excel)', () => {
    expect(detectSeparator('a,b;c\n1,2;3\n')).toBe(';');
  });
});

describe('countNonBlankRecords', () => {
  it('counts records, not lines, and skips blank and separator-only lines', () => {
    const text = 'h;i\r\n"multi\r\nline";x\r\n;;\r\n\r\n  \r\nlast;y';
    expect(countNonBlankRecords(text, ';')).toBe(3);
    const parsed = records(text, ';').records.filter((r) => r.cells.some((c) => c.trim() !== ''));
    expect(parsed).toHaveLength(3);
  });
});

describe('readImportTable on CSV', () => {
  it('starts at a chosen header row and reports filled cells past the header (shifted columns)', async () => {
    const bytes = new Uint8Array(
      Buffer.from('Inscriptions;;\r\n\r\nÉquipe;Projet\r\nA;Solaire;en trop\r\nB;Eau;;\r\n', 'utf8'),
    );
    const table = await readImportTable(bytes, { headerRow: 3 });
    expect(table.ok && [table.value.headers, table.value.rows.map((r) => r.row), table.value.issues]).toEqual(
      [['Équipe', 'Projet'], [4, 5], [{ code: 'import.raggedRow', row: 4, line: 4, limit: 2, actual: 3 }]],
    );
  });
});
