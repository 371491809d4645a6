/**
 * Any import file → one header row + data rows of strings, whatever the format.
 * Limits are checked first and cheaply: the byte size before anything else, the
 * row count by a quote-aware scan (CSV) or a look at the sheet's XML (.xlsx)
 * before any record is built.
 */
import { type CsvSeparator, countNonBlankRecords, detectSeparator, isBlank, parseCsv } from './csv-parse';
import { decodeText, type TextEncoding } from './decode';
import { fail, type ImportIssue, type IoResult } from './issues';
import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS } from './limits';
import { readXlsx } from './xlsx-read';
import { isZip } from './zip';

export interface SourceRow {
  /** Spreadsheet row number (header = 1 when the header is the first row). */
  row: number;
  /** CSV: physical line where the record starts; .xlsx: same as `row`. */
  line: number;
  /** Cells as read, untrimmed; may be shorter than `headers`. */
  cells: string[];
}

export interface SourceTable {
  format: 'csv' | 'xlsx';
  /** CSV only. */
  encoding: TextEncoding | null;
  separator: CsvSeparator | null;
  /** .xlsx only: the sheet read and all sheets in tab order (for a sheet picker). */
  sheetName: string | null;
  sheetNames: string[];
  headerRow: number;
  /** Header texts, NFC-normalised and trimmed; trailing empty headers dropped. */
  headers: string[];
  /** Non-blank data rows, in file order. */
  rows: SourceRow[];
  /** Row-level problems found while reading (ragged rows); they block the plan like any row error. */
  issues: ImportIssue[];
}

export interface ReadTableOptions {
  /** .xlsx: the sheet to read (exact name); default the first. */
  sheetName?: string;
  /** CSV: force a separator instead of detecting it. */
  separator?: CsvSeparator;
  /**
   * Spreadsheet row of the header, for files with a title above it; rows before
   * it are ignored. Default: the first non-blank row.
   */
  headerRow?: number;
  /** .xlsx: rows counted so far while the sheet is scanned (for a progress indication). */
  onProgress?: (rows: number) => void;
}

/** Call with the file's size before reading it: a 50 MB file is refused without being loaded. */
export function checkImportSize(byteLength: number): ImportIssue | null {
  return byteLength > MAX_IMPORT_BYTES
    ? { code: 'import.fileTooLarge', limit: MAX_IMPORT_BYTES, actual: byteLength }
    : null;
}

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** Reads an import file (CSV or .xlsx, told apart by content, not by name). Never throws. */
export async function readImportTable(
  bytes: Uint8Array,
  options: ReadTableOptions = {},
): Promise<IoResult<SourceTable>> {
  const tooLarge = checkImportSize(bytes.byteLength);
  if (tooLarge) return fail(tooLarge);
  if (OLE_SIGNATURE.every((b, k) => bytes[k] === b)) return fail({ code: 'import.legacyXls' });

  if (isZip(bytes)) {
    const sheet = await readXlsx(bytes, {
      ...(options.sheetName === undefined ? {} : { sheetName: options.sheetName }),
      ...(options.onProgress === undefined ? {} : { onProgress: options.onProgress }),
    });
    if (!sheet.ok) return sheet;
    const records = sheet.value.records.map((r) => ({ row: r.row, line: r.row, cells: r.cells }));
    return tableFromRecords(records, {
      headerRow: options.headerRow,
      format: 'xlsx',
      encoding: null,
      separator: null,
      sheetName: sheet.value.sheetName,
      sheetNames: sheet.value.sheetNames,
    });
  }

  const decoded = decodeText(bytes);
  if (!decoded.ok) return decoded;
  const { text, encoding } = decoded.value;
  const separator = options.separator ?? detectSeparator(text);
  const nonBlank = countNonBlankRecords(text, separator);
  if (nonBlank - 1 > MAX_IMPORT_ROWS) {
    return fail({ code: 'import.tooManyRows', limit: MAX_IMPORT_ROWS, actual: nonBlank - 1 });
  }
  const parsed = parseCsv(text, { separator });
  if (!parsed.ok) return parsed;
  return tableFromRecords(parsed.value.records, {
    headerRow: options.headerRow,
    format: 'csv',
    encoding,
    separator,
    sheetName: null,
    sheetNames: [],
  });
}

type TableMeta = Pick<SourceTable, 'format' | 'encoding' | 'separator' | 'sheetName' | 'sheetNames'> & {
  headerRow?: number | undefined;
};

/**
 * The first non-blank record (at or after `headerRow`) is the header; blank
 * records are dropped. In CSV, filled cells past the header's width are
 * reported (see below); in .xlsx columns cannot shift, so an unlabelled column
 * is just one more ignored column.
 */
export function tableFromRecords(
  records: readonly SourceRow[],
  { headerRow, ...meta }: TableMeta,
): IoResult<SourceTable> {
  const nonBlank = records.filter((r) => !isBlank(r.cells) && r.row >= (headerRow ?? 1));
  const header = nonBlank[0];
  if (header === undefined) return fail({ code: 'import.emptyFile' });
  const headers = header.cells.map((h) => h.normalize('NFC').trim());
  while (headers.length > 0 && headers[headers.length - 1] === '') headers.pop();
  const rows = nonBlank.slice(1);
  if (rows.length === 0) return fail({ code: 'import.noDataRows', row: header.row });

  const issues: ImportIssue[] = [];
  for (const r of rows) {
    let last = r.cells.length;
    while (last > 0 && (r.cells[last - 1] ?? '').trim() === '') last--;
    // Extra filled cells mean the columns are shifted (an unquoted separator inside a value):
    // importing would put data in the wrong fields. Missing trailing cells just read as empty.
    if (meta.format === 'csv' && last > headers.length) {
      issues.push({
        code: 'import.raggedRow',
        row: r.row,
        line: r.line,
        limit: headers.length,
        actual: last,
      });
    }
  }
  return { ok: true, value: { ...meta, headerRow: header.row, headers, rows, issues } };
}

/** What to call a column in a message: its header, or its spreadsheet letter when the header is empty. */
export function columnLabel(table: { readonly headers: readonly string[] }, index: number): string {
  const header = table.headers[index];
  if (header !== undefined && header !== '') return header;
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}
