/**
 * .xlsx → rows of strings, through exceljs after the prescan (xlsx-prescan.ts)
 * has ruled out zip bombs and oversized sheets. Every cell becomes the text a
 * person sees: numbers to 15 significant digits as Excel displays them, dates
 * as ISO (2024-09-30, or 2024-09-30 14:05), rich text joined, formulas as their
 * cached result, hyperlinks as their text, merged cells as the merged value on
 * every row they cover (a team name merged over its members' rows).
 */
import type { CellValue } from 'exceljs';
import { loadExcelJs } from './exceljs';
import { excerpt, fail, type IoResult } from './issues';
import { MAX_IMPORT_ROWS } from './limits';
import { prescanXlsx } from './xlsx-prescan';

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
}

export async function readXlsx(
  bytes: Uint8Array,
  options: XlsxReadOptions = {},
): Promise<IoResult<XlsxSheet>> {
  const outline = prescanXlsx(bytes, options.sheetName);
  if (!outline.ok) return outline;

  const ExcelJS = await loadExcelJs();
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs's declared parameter type predates Uint8Array-backed Buffers; a Buffer view is what it wants.
    await workbook.xlsx.load(
      Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer,
    );
  } catch {
    return fail({ code: 'import.xlsxUnreadable' });
  }
  const sheetNames = workbook.worksheets.map((ws) => ws.name);
  const wanted = options.sheetName ?? outline.value?.sheetName;
  const sheet =
    wanted === undefined ? workbook.worksheets[0] : workbook.worksheets.find((ws) => ws.name === wanted);
  if (sheet === undefined) {
    return wanted === undefined
      ? fail({ code: 'import.xlsxUnreadable' })
      : fail({ code: 'import.sheetNotFound', value: excerpt(wanted) });
  }

  // The prescan already counted when it could; this covers archives it cannot read (zip64).
  let rowsWithValues = 0;
  sheet.eachRow(() => {
    rowsWithValues++;
  });
  if (rowsWithValues - 1 > MAX_IMPORT_ROWS) {
    return fail({ code: 'import.tooManyRows', limit: MAX_IMPORT_ROWS, actual: rowsWithValues - 1 });
  }

  const records: SheetRecord[] = [];
  const width = sheet.columnCount;
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const cells: string[] = [];
    for (let c = 1; c <= width; c++) cells.push(cellText(row.getCell(c).value));
    while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
    if (cells.length > 0) records.push({ row: r, cells });
  }
  return { ok: true, value: { sheetNames, sheetName: sheet.name, records } };
}

/** The text a person sees in the cell (see the module comment). */
export function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return numberText(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return dateText(value);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('hyperlink' in value) {
    // exceljs puts rich text inside a hyperlink's `text` when the link is formatted.
    const text: unknown = value.text;
    return typeof text === 'string' ? text : cellText(text as CellValue);
  }
  if ('error' in value) return value.error;
  if ('result' in value || 'formula' in value || 'sharedFormula' in value) {
    const result = (value as { result?: CellValue }).result;
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
