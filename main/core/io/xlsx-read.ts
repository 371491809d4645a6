/**
 * .xlsx → rows of strings, through exceljs after the prescan (xlsx-prescan.ts)
 * has ruled out zip bombs, entity declarations and oversized sheets. exceljs
 * never sees the file itself: it gets a small workbook rebuilt from the parts
 * the prescan inflated and vetted (the chosen sheet, its shared strings,
 * styles and hyperlinks), so another sheet, hidden or huge, is never read and
 * can never be imported. Every cell becomes the text a
 * person sees: numbers to 15 significant digits as Excel displays them, dates
 * as ISO (2024-09-30, or 2024-09-30 14:05), rich text joined, formulas as their
 * cached result, hyperlinks as their text, merged cells as the merged value on
 * every row they cover (a team name merged over its members' rows).
 */
import type ExcelJS from 'exceljs';
import { zipSync } from 'fflate';
import { fail, type IoResult } from './issues';
import { MAX_IMPORT_ROWS, MAX_XLSX_SHEET_ELEMENTS } from './limits';
import { loadExcelJs } from './load-exceljs';
import { type PrescanProgress, prescanXlsx, type XlsxOutline } from './xlsx-prescan';

export interface SheetRecord {
  /** The sheet's own 1-based row number, as Excel shows it. */
  row: number;
  cells: string[];
}

export interface XlsxSheet {
  sheetNames: string[];
  sheetName: string;
  /** Rows in order; rows with no value at all are left out (their numbers are simply skipped). */
  records: SheetRecord[];
}

export interface XlsxReadOptions {
  /** Exact sheet name; default the first sheet in tab order. */
  sheetName?: string;
  /** Rows counted so far while the sheet is scanned. */
  onProgress?: PrescanProgress;
}

export async function readXlsx(
  bytes: Uint8Array,
  options: XlsxReadOptions = {},
): Promise<IoResult<XlsxSheet>> {
  const outline = await prescanXlsx(bytes, options.sheetName, options.onProgress);
  if (!outline.ok) return outline;

  const rebuilt = rebuiltWorkbook(outline.value);
  if (!rebuilt.ok) return rebuilt;
  // Loaded only for a file that passed the prescan: a refused file never pays for loading exceljs.
  const workbook = new (await loadExcelJs()).Workbook();
  try {
    // exceljs's declared parameter type predates Uint8Array-backed Buffers; a Buffer view is what it wants.
    await workbook.xlsx.load(
      Buffer.from(
        rebuilt.value.buffer,
        rebuilt.value.byteOffset,
        rebuilt.value.byteLength,
      ) as unknown as ArrayBuffer,
    );
  } catch {
    return fail({ code: 'import.xlsxUnreadable' });
  }
  const sheet = workbook.worksheets[0];
  if (sheet === undefined) return fail({ code: 'import.xlsxUnreadable' });
  const { sheetNames, sheetName } = outline.value;

  // The prescan counted rows as it inflated the sheet; exceljs's own count is a second opinion.
  let rowsWithValues = 0;
  sheet.eachRow(() => {
    rowsWithValues++;
  });
  if (rowsWithValues - 1 > MAX_IMPORT_ROWS) {
    return fail({ code: 'import.tooManyRows', limit: MAX_IMPORT_ROWS, actual: rowsWithValues - 1 });
  }

  // Only rows and cells that exist: a lone cell in row 1 048 576 or column XFD must not
  // make this loop build every empty row or cell before it.
  const records: SheetRecord[] = [];
  let padded = 0;
  sheet.eachRow((row, r) => {
    const cells: string[] = [];
    row.eachCell((cell, c) => {
      while (cells.length < c - 1) cells.push('');
      cells[c - 1] = cellText(cell.value);
    });
    while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
    padded += cells.length;
    if (cells.length > 0) records.push({ row: r, cells });
  });
  if (padded > MAX_XLSX_SHEET_ELEMENTS)
    return fail({ code: 'import.tooManyCells', limit: MAX_XLSX_SHEET_ELEMENTS });
  return { ok: true, value: { sheetNames, sheetName, records } };
}

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';

/**
 * A one-sheet workbook at the paths exceljs reads (xl/workbook.xml,
 * xl/worksheets/sheet1.xml, xl/sharedStrings.xml, xl/styles.xml), stored
 * uncompressed: it is only ever handed to exceljs in memory.
 */
function rebuiltWorkbook(outline: XlsxOutline): IoResult<Uint8Array> {
  const { parts } = outline;
  const sheet = sheetWithoutParts(parts.sheet);
  if (sheet === null) return fail({ code: 'import.tooManyCells', limit: MAX_XLSX_SHEET_ELEMENTS });
  const files: Record<string, Uint8Array> = {
    'xl/workbook.xml': utf8(
      `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">` +
        (outline.date1904 ? '<workbookPr date1904="1"/>' : '') +
        `<sheets><sheet name="${escapeAttribute(outline.sheetName)}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': utf8(
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG_REL_NS}">` +
        `<Relationship Id="rId1" Type="${REL_NS}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    ),
    'xl/worksheets/sheet1.xml': sheet,
  };
  if (parts.sheetRels !== null) files['xl/worksheets/_rels/sheet1.xml.rels'] = parts.sheetRels;
  if (parts.sharedStrings !== null) files['xl/sharedStrings.xml'] = parts.sharedStrings;
  if (parts.styles !== null) files['xl/styles.xml'] = parts.styles;
  return { ok: true, value: zipSync(files, { level: 0 }) };
}

/**
 * The sheet up to its data, then only its merged cells and hyperlinks: the
 * drawings, comments and tables it points to were not read, and exceljs
 * fails on a reference to a part that is not there. Null when the merged
 * ranges cover more cells than a sheet may hold: exceljs builds every cell
 * of a merge, so "A1:Z1048576" would be 27 million cells.
 */
function sheetWithoutParts(sheet: Buffer): Uint8Array | null {
  const xml = sheet.toString('utf8');
  const end = xml.search(/<\/(?:[\w.-]+:)?sheetData>/);
  if (end === -1) return sheet;
  const closeAt = xml.indexOf('>', end) + 1;
  const tail = xml.slice(closeAt);
  const keep = [
    ...tail.matchAll(/<((?:[\w.-]+:)?)(mergeCells|hyperlinks)\b[^>]*?(?:\/>|>[\s\S]*?<\/\1\2>)/g),
  ].map((m) => m[0]);
  let merged = 0;
  for (const m of tail.matchAll(/\bref\s*=\s*["']([A-Z]{1,3})(\d{1,7}):([A-Z]{1,3})(\d{1,7})["']/g)) {
    const width = Math.abs(columnNumber(m[3] ?? '') - columnNumber(m[1] ?? '')) + 1;
    const height = Math.abs(Number(m[4]) - Number(m[2])) + 1;
    merged += width * height;
    if (merged > MAX_XLSX_SHEET_ELEMENTS) return null;
  }
  const root = /<\/((?:[\w.-]+:)?)worksheet>\s*$/.exec(tail);
  return utf8(`${xml.slice(0, closeAt)}${keep.join('')}</${root?.[1] ?? ''}worksheet>`);
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
}

/** The text a person sees in the cell (see the module comment). */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return numberText(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return dateText(value);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('hyperlink' in value) {
    // exceljs puts rich text inside a hyperlink's `text` when the link is formatted.
    const text: unknown = value.text;
    return typeof text === 'string' ? text : cellText(text as ExcelJS.CellValue);
  }
  if ('error' in value) return value.error;
  if ('result' in value || 'formula' in value || 'sharedFormula' in value) {
    const result = (value as { result?: ExcelJS.CellValue }).result;
    return cellText(result ?? null);
  }
  return '';
}

/** Excel shows 15 significant digits: 0.1 + 0.2 is "0.3", not "0.30000000000000004". */
function numberText(n: number): string {
  return Number.isFinite(n) ? String(Number(n.toPrecision(15))) : String(n);
}

/** exceljs reads date serials as UTC instants: print them back in UTC so no time zone shifts a day. */
function dateText(date: Date): string {
  if (Number.isNaN(date.getTime())) return '';
  const iso = date.toISOString();
  const day = iso.slice(0, 10);
  const time = iso.slice(11, 19);
  if (time === '00:00:00') return day;
  return time.endsWith(':00') ? `${day} ${time.slice(0, 5)}` : `${day} ${time}`;
}
