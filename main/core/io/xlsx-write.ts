/**
 * .xlsx export (results, per-criterion averages, per-juror scores): one sheet
 * per table, first row bold and frozen, columns sized to their content. Text
 * cells go through the same formula escaping as CSV (a quote in front of
 * = + - @ tab CR), then `xmlSafe`; numbers are written as numbers so they can be summed and
 * sorted in Excel; null is an empty cell.
 */
import type { CellValue } from 'exceljs';
import { loadExcelJs } from './exceljs';
import { escapeFormula } from './formula-escape';

export type XlsxCell = string | number | null;

export interface XlsxSheetInput {
  /** Made Excel-safe: ≤ 31 characters, none of : \ / ? * [ ], unique in the workbook. */
  name: string;
  rows: readonly (readonly XlsxCell[])[];
  /** Default true: the first row is a header (bold, frozen when scrolling). */
  headerRow?: boolean;
}

export interface XlsxWriteOptions {
  /** Workbook creation time stored in the file; default now. Fixed in tests for reproducible files. */
  created?: Date;
}

/** Excel refuses longer cells (the file opens "with repairs" and loses them). */
export const MAX_XLSX_CELL_LENGTH = 32_767;
const MAX_SHEET_NAME = 31;
const MIN_WIDTH = 8;
const MAX_WIDTH = 60;

export async function toXlsx(
  sheets: readonly XlsxSheetInput[],
  options: XlsxWriteOptions = {},
): Promise<Uint8Array> {
  const ExcelJS = await loadExcelJs();
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Pitch Jury';
  const created = options.created ?? new Date();
  workbook.created = created;
  workbook.modified = created;
  const used = new Set<string>();
  for (const input of sheets.length > 0 ? sheets : [{ name: 'Sheet1', rows: [] }]) {
    const name = uniqueSheetName(input.name, used);
    const sheet = workbook.addWorksheet(name);
    const widths: number[] = [];
    for (const row of input.rows) {
      sheet.addRow(row.map(cellValue));
      row.forEach((cell, c) => {
        const width = cell === null ? 0 : [...String(cell)].length + 2;
        widths[c] = Math.max(widths[c] ?? MIN_WIDTH, Math.min(MAX_WIDTH, width));
      });
    }
    widths.forEach((width, c) => {
      sheet.getColumn(c + 1).width = width;
    });
    if ((input.headerRow ?? true) && input.rows.length > 0) {
      sheet.getRow(1).font = { bold: true };
      sheet.views = [{ state: 'frozen', ySplit: 1 }];
    }
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer);
}

function cellValue(cell: XlsxCell): CellValue {
  if (cell === null) return null;
  if (typeof cell === 'number') {
    // A NaN or Infinity here is a bug upstream (a mean of nothing); Excel has no way to show it.
    if (!Number.isFinite(cell)) throw new RangeError(`Non-finite number in export: ${cell}`);
    return cell;
  }
  const text = xmlSafe(escapeFormula(cell));
  if (text.length > MAX_XLSX_CELL_LENGTH)
    throw new RangeError(`Cell longer than ${MAX_XLSX_CELL_LENGTH} characters`);
  return text;
}

/**
 * exceljs writes text into XML unchecked, and a control character such as
 * U+0001 makes the whole workbook unreadable ("disallowed character"). XML 1.0
 * cannot carry C0 controls other than tab and line breaks, U+FFFE/U+FFFF or
 * unpaired surrogates: they become U+FFFD (visible, never silently lost).
 * CR and CRLF become LF, which is what XML readers turn them into anyway and
 * what Excel uses for a line break inside a cell.
 */
export function xmlSafe(text: string): string {
  return (
    text
      .replace(/\r\n?/g, '\n')
      // biome-ignore lint/suspicious/noControlCharactersInRegex: these are exactly the characters XML forbids
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '\ufffd')
      .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd')
  );
}

/** Excel's sheet name rules; "Moyennes / critère" becomes "Moyennes - critère". */
export function uniqueSheetName(wanted: string, used: Set<string>): string {
  let base = xmlSafe(
    wanted
      .normalize('NFC')
      // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what is removed
      .replace(/[\u0000-\u001f\u007f]/g, ' '),
  )
    .replace(/[:\\/?*[\]]/g, '-')
    .trim()
    .replace(/^'+|'+$/g, '');
  if (base === '' || base.toLowerCase() === 'history') base = `Sheet${used.size + 1}`;
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? '' : ` (${n})`;
    const candidate = truncateUtf16(base, MAX_SHEET_NAME - suffix.length) + suffix;
    if (!used.has(candidate.toLowerCase())) {
      used.add(candidate.toLowerCase());
      return candidate;
    }
  }
}

/** Cuts to at most `max` UTF-16 units (Excel's count) without splitting a surrogate pair. */
function truncateUtf16(text: string, max: number): string {
  let out = '';
  for (const ch of text) {
    if (out.length + ch.length > max) break;
    out += ch;
  }
  return out.trimEnd();
}
