import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_ROWS, MAX_XLSX_SHEET_BYTES } from '../../../main/core/io/limits';
import { readImportTable } from '../../../main/core/io/source-table';
import { cellText, readXlsx } from '../../../main/core/io/xlsx-read';
import { toXlsx, uniqueSheetName } from '../../../main/core/io/xlsx-write';
import { buildTeamsXlsx } from '../../fixtures/io/make-fixtures';
import { makeZip, minimalXlsx, minimalXlsxParts } from './zip-builder';

async function sheetOf(bytes: Uint8Array, sheetName?: string) {
  const result = await readXlsx(bytes, sheetName === undefined ? {} : { sheetName });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

async function firstError(bytes: Uint8Array, sheetName?: string) {
  const result = await readImportTable(bytes, sheetName === undefined ? {} : { sheetName });
  return result.ok ? null : result.errors[0];
}

describe('readXlsx', () => {
  it('reads the first sheet as the text people see, merged cells on every row they cover', async () => {
    const sheet = await sheetOf(await buildTeamsXlsx());
    expect(sheet.sheetNames).toEqual(['Équipes', 'Jury']);
    expect(sheet.sheetName).toBe('Équipes');
    expect(sheet.records).toEqual([
      { row: 1, cells: ['Nom de l’équipe', 'Titre du projet', 'Membre', 'E-mail', 'Promo'] },
      { row: 2, cells: ['Vaʻa Tech', 'Pirogue solaire', 'Tāmaʻa Teriʻi', 'tamaa@example.pf', '2024'] },
      { row: 3, cells: ['Vaʻa Tech', '', 'Hinano Ōtare', '', '2025'] },
      { row: 5, cells: ['Moana Lab', 'Récifs', 'Teiki Ōpūnui', '', '2024-09-30'] },
    ]);
  });

  it('reads a chosen sheet, and says when it does not exist', async () => {
    const bytes = await buildTeamsXlsx();
    expect((await sheetOf(bytes, 'Jury')).records[1]?.cells).toEqual([
      'Tiare Teriʻi',
      'Directrice, Digital Tahiti',
    ]);
    expect(await firstError(bytes, 'Jurys')).toEqual({ code: 'import.sheetNotFound', value: 'Jurys' });
  });

  it('reads a minimal hand-written workbook with inline strings and escaped XML', async () => {
    const sheet = await sheetOf(minimalXlsx([['Équipe'], ['R&D <Lab> "2"']], 'Liste & co'));
    expect(sheet.sheetNames).toEqual(['Liste & co']);
    expect(sheet.records[1]?.cells).toEqual(['R&D <Lab> "2"']);
  });
});

describe('readImportTable on .xlsx', () => {
  it('starts at a chosen header row (a title above the table), and ignores unlabelled columns', async () => {
    const bytes = minimalXlsx([
      ['Liste des équipes 2024'],
      [],
      ['Équipe', 'Projet'],
      ['Vaʻa Tech', 'Pirogue', 'note en marge'],
    ]);
    const byDefault = await readImportTable(bytes);
    expect(byDefault.ok && byDefault.value.headers).toEqual(['Liste des équipes 2024']);
    const chosen = await readImportTable(bytes, { headerRow: 3 });
    expect(
      chosen.ok && [chosen.value.headerRow, chosen.value.headers, chosen.value.rows, chosen.value.issues],
    ).toEqual([
      3,
      ['Équipe', 'Projet'],
      [{ row: 4, line: 4, cells: ['Vaʻa Tech', 'Pirogue', 'note en marge'] }],
      [],
    ]);
  });
});

describe('cellText', () => {
  it('turns every exceljs value kind into display text', () => {
    expect(cellText(null)).toBe('');
    expect(cellText(0.1 + 0.2)).toBe('0.3');
    expect(cellText(12.5)).toBe('12.5');
    expect(cellText(true)).toBe('TRUE');
    expect(cellText(new Date(Date.UTC(2024, 8, 30)))).toBe('2024-09-30');
    expect(cellText(new Date(Date.UTC(2024, 8, 30, 14, 5)))).toBe('2024-09-30 14:05');
    expect(cellText(new Date(Date.UTC(2024, 8, 30, 14, 5, 9)))).toBe('2024-09-30 14:05:09');
    expect(cellText({ richText: [{ text: 'Tāma' }, { text: 'ʻa', font: { bold: true } }] })).toBe('Tāmaʻa');
    expect(cellText({ text: 'Site', hyperlink: 'https://example.pf' })).toBe('Site');
    expect(cellText({ formula: 'A1&"x"', result: 'Équipe x' })).toBe('Équipe x');
    expect(cellText({ sharedFormula: 'B2', result: 7 })).toBe('7');
    expect(cellText({ formula: 'NOW()' })).toBe('');
    expect(cellText({ error: '#N/A' })).toBe('#N/A');
  });
});

describe('xlsx safety checks', () => {
  it('refuses a sheet over the row limit from its XML, before exceljs builds it', async () => {
    const rows = [['Équipe'], ...Array.from({ length: 100_000 }, (_, i) => [`Team ${i}`])];
    // The count stops at the first row over the limit: the rest is never inflated.
    expect(await firstError(minimalXlsx(rows))).toEqual({
      code: 'import.tooManyRowsOver',
      limit: MAX_IMPORT_ROWS,
    });
  });

  it('accepts exactly the row limit', async () => {
    const rows = [['Équipe'], ...Array.from({ length: MAX_IMPORT_ROWS }, (_, i) => [`Team ${i}`])];
    const result = await readImportTable(minimalXlsx(rows));
    expect(result.ok && result.value.rows.length).toBe(MAX_IMPORT_ROWS);
  });

  it('refuses a sheet declaring more than the sheet limit (zip bomb)', async () => {
    const parts = minimalXlsxParts([['Équipe'], ['A']]);
    const sheet = parts[parts.length - 1];
    if (sheet === undefined) throw new Error('no sheet');
    const bytes = makeZip([...parts.slice(0, -1), { ...sheet, declaredSize: MAX_XLSX_SHEET_BYTES + 1 }]);
    expect(await firstError(bytes)).toEqual({
      code: 'import.xlsxTooLarge',
      limit: MAX_XLSX_SHEET_BYTES,
      actual: MAX_XLSX_SHEET_BYTES + 1,
    });
  });

  it('refuses a sheet that inflates past the size it declares, as damaged; a part never read cannot refuse', async () => {
    const parts = minimalXlsxParts([['Équipe'], ['A']]);
    const sheet = parts[parts.length - 1];
    if (sheet === undefined) throw new Error('no sheet');
    const lyingSheet = { ...sheet, declaredSize: 20 };
    expect(await firstError(makeZip([...parts.slice(0, -1), lyingSheet]))).toEqual({
      code: 'import.xlsxUnreadable',
    });
    // An image (or a second sheet) is not part of the import: it is never inflated, lie or not.
    const bomb = { name: 'xl/media/image1.png', data: new Uint8Array(1_000_000), declaredSize: 1000 };
    expect(await firstError(makeZip([...parts, bomb]))).toBeNull();
  });

  it('says a zip that is not a workbook is an unsupported format', async () => {
    const docx = makeZip([{ name: 'word/document.xml', data: '<w:document/>' }]);
    expect(await firstError(docx)).toEqual({ code: 'import.unsupportedFormat' });
  });

  it('says a truncated workbook is unreadable', async () => {
    const bytes = await buildTeamsXlsx();
    expect(await firstError(bytes.subarray(0, Math.floor(bytes.byteLength / 2)))).toEqual({
      code: 'import.xlsxUnreadable',
    });
  });

  it('recognises an old binary .xls and asks for .xlsx', async () => {
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    expect(await firstError(ole)).toEqual({ code: 'import.legacyXls' });
  });
});

describe('toXlsx', () => {
  it('writes numbers as numbers, text escaped against formulas, null as empty, and sheet names Excel accepts', async () => {
    const bytes = await toXlsx([
      {
        name: 'Classement',
        rows: [
          ['Rang', 'Équipe', 'Total'],
          [1, 'Vaʻa Tech', 17.25],
          [2, '=HYPERLINK("http://evil")', -1.5],
          [3, '-2+3', null],
        ],
      },
      { name: 'Moyennes / critère: [jury]?', rows: [['x']] },
      { name: 'Classement', rows: [] },
    ]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual([
      'Classement',
      'Moyennes - critère- -jury--',
      'Classement (2)',
    ]);
    const sheet = workbook.worksheets[0];
    expect(sheet?.getRow(2).values).toEqual([undefined, 1, 'Vaʻa Tech', 17.25]);
    expect(sheet?.getCell('B3').value).toBe('\'=HYPERLINK("http://evil")');
    expect(sheet?.getCell('B3').type).toBe(ExcelJS.ValueType.String);
    expect(sheet?.getCell('C3').value).toBe(-1.5);
    expect(sheet?.getCell('B4').value).toBe("'-2+3");
    expect(sheet?.getCell('C4').value).toBeNull();
    expect(sheet?.getRow(1).font?.bold).toBe(true);
    expect(sheet?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  });

  it('keeps the workbook readable when text holds characters XML cannot carry (exceljs writes them raw)', async () => {
    const bytes = await toXlsx([
      { name: 'Tab\u0001le', rows: [['a\u0001b', 'c\r\nd\re', 'x\uFFFEy', '\ud800z']] },
    ]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    expect(workbook.worksheets[0]?.name).toBe('Tab le');
    expect(workbook.worksheets[0]?.getRow(1).values).toEqual([
      undefined,
      'a\uFFFDb',
      'c\nd\ne',
      'x\uFFFDy',
      '\uFFFDz',
    ]);
  });

  it('refuses a non-finite number (a bug upstream, not something to hide in a file)', async () => {
    await expect(toXlsx([{ name: 'x', rows: [[Number.NaN]] }])).rejects.toThrow(RangeError);
  });

  it('writes a readable workbook even with no sheet', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await toXlsx([])) as unknown as ArrayBuffer);
    expect(workbook.worksheets).toHaveLength(1);
  });
});

describe('uniqueSheetName', () => {
  it('keeps names within 31 UTF-16 units without splitting a character, and unique ignoring case', () => {
    const used = new Set<string>();
    const long = 'Résultats détaillés par membre du jury 2024';
    const first = uniqueSheetName(long, used);
    const second = uniqueSheetName(long.toUpperCase(), used);
    expect(first.length).toBeLessThanOrEqual(31);
    expect(second.length).toBeLessThanOrEqual(31);
    expect(second.endsWith(' (2)')).toBe(true);
    expect(uniqueSheetName('😀'.repeat(20), used)).toBe('😀'.repeat(15));
    // An empty name becomes SheetN, N being its position among the sheets named so far.
    expect(uniqueSheetName("''", used)).toBe('Sheet4');
  });
});
