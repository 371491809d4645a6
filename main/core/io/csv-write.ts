/**
 * CSV export for Excel and LibreOffice: UTF-8 with a BOM (without it Excel
 * reads UTF-8 as the local code page and "é" becomes "Ã©"), CRLF line ends,
 * semicolon by default (French Excel expects it: the comma is the decimal
 * separator there). Formula injection is neutralised (formula-escape.ts).
 */
import type { CsvSeparator } from './csv-parse';
import { escapeFormula } from './formula-escape';

export interface CsvWriteOptions {
  /** Default ';' (what French Excel opens by double-click); use ',' for an English audience. */
  separator?: CsvSeparator;
  /** Default true. Off only for machine round trips of trusted data. */
  escapeFormulas?: boolean;
}

const UTF8_BOM = new Uint8Array([0xef, 0xbb, 0xbf]);

/** Quotes a field when it must be (separator, quote, line break) or could mislead separator detection. */
function needsQuotes(value: string): boolean {
  return /[;,\t"\r\n]/.test(value);
}

function field(value: string, escapeFormulas: boolean): string {
  const text = escapeFormulas ? escapeFormula(value) : value;
  return needsQuotes(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The CSV text without BOM: one CRLF-terminated line per row. Rows must have at least one cell. */
export function toCsvText(rows: readonly (readonly string[])[], options: CsvWriteOptions = {}): string {
  const separator = options.separator ?? ';';
  const escapeFormulas = options.escapeFormulas ?? true;
  let out = '';
  for (const row of rows) {
    // A lone empty cell would be a blank line, which readers drop: write it as "".
    out +=
      row.length === 1 && row[0] === ''
        ? '""'
        : row.map((cell) => field(cell, escapeFormulas)).join(separator);
    out += '\r\n';
  }
  return out;
}

/** The bytes to save as `.csv`: UTF-8 BOM + `toCsvText`. */
export function toCsv(rows: readonly (readonly string[])[], options: CsvWriteOptions = {}): Uint8Array {
  const body = new TextEncoder().encode(toCsvText(rows, options));
  const bytes = new Uint8Array(UTF8_BOM.length + body.length);
  bytes.set(UTF8_BOM, 0);
  bytes.set(body, UTF8_BOM.length);
  return bytes;
}
