/**
 * CSV reading per RFC 4180, lenient the way Excel is: quoted fields may hold
 * separators, doubled quotes and line breaks; a quote inside an unquoted field
 * is a literal character; text after a closing quote is kept. Records end at
 * CRLF, LF or a lone CR (old Mac exports). Trailing blank lines are dropped;
 * blank lines in the middle are kept as one empty cell so row numbers match
 * what Excel shows when it opens the same file.
 */
import { fail, type IoResult } from './issues';

export type CsvSeparator = ';' | ',' | '\t';

/** Preference order when two separators explain the file equally well: French offices first. */
export const CSV_SEPARATORS: readonly CsvSeparator[] = [';', '\t', ','];

export interface CsvRecord {
  /** 1-based row as Excel shows it once the file is opened (one per record, blank lines included). */
  row: number;
  /** 1-based physical line where the record starts. */
  line: number;
  cells: string[];
}

export interface ParsedCsv {
  separator: CsvSeparator;
  records: CsvRecord[];
}

export interface CsvParseOptions {
  /** Skip detection (the round trip of our own exports, or a user override). */
  separator?: CsvSeparator;
}

const QUOTE = 34;
const LF = 10;
const CR = 13;

interface ScanResult {
  records: CsvRecord[];
  /** Set when the text ends inside a quoted field. */
  unterminated: { row: number; line: number } | null;
}

/** Parses up to `maxRecords` records with a known separator. Never throws. */
function scan(text: string, separator: CsvSeparator, maxRecords = Number.POSITIVE_INFINITY): ScanResult {
  const sep = separator.charCodeAt(0);
  const records: CsvRecord[] = [];
  const length = text.length;
  let keep = 0; // records up to the last non-blank one
  let i = 0;
  let line = 1;
  while (i < length && records.length < maxRecords) {
    const recordLine = line;
    const cells: string[] = [];
    let anyQuoted = false;
    let endOfRecord = false;
    while (!endOfRecord) {
      let value = '';
      if (text.charCodeAt(i) === QUOTE) {
        anyQuoted = true;
        const quoteLine = line;
        i++;
        // Quoted part: copy runs up to the next quote; "" is one quote, a single " closes.
        for (;;) {
          const next = text.indexOf('"', i);
          if (next === -1) return { records, unterminated: { row: records.length + 1, line: quoteLine } };
          line += countLineBreaks(text, i, next);
          value += text.slice(i, next);
          if (text.charCodeAt(next + 1) === QUOTE) {
            value += '"';
            i = next + 2;
          } else {
            i = next + 1;
            break;
          }
        }
      }
      // Unquoted field, or whatever follows a closing quote, up to a separator or line end.
      const start = i;
      while (i < length) {
        const c = text.charCodeAt(i);
        if (c === sep || c === LF || c === CR) break;
        i++;
      }
      value += text.slice(start, i);
      cells.push(value);
      const c = text.charCodeAt(i);
      if (c === sep) {
        i++;
        // A separator ending the text still opens one last, empty field.
        if (i === length) cells.push('');
      } else if (c === CR || c === LF) {
        i += c === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
        line++;
        endOfRecord = true;
      }
      if (i >= length) endOfRecord = true;
    }
    records.push({ row: records.length + 1, line: recordLine, cells });
    const blank = !anyQuoted && cells.length === 1 && cells[0] === '';
    if (!blank) keep = records.length;
  }
  // Trailing blank lines are an artefact of the exporting tool, not rows.
  // (Only when the whole text was read: a sample cut at maxRecords keeps what it saw.)
  if (i >= length) records.length = keep;
  return { records, unterminated: null };
}

function countLineBreaks(text: string, from: number, to: number): number {
  let n = 0;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === LF) n++;
    else if (c === CR && text.charCodeAt(k + 1) !== LF) n++;
  }
  return n;
}

/** Records sampled to choose the separator: enough to see past a title or a ragged row. */
const DETECTION_SAMPLE = 20;
/** How far to look for those records past leading `;;;` lines. */
const DETECTION_SCAN = 200;

/** Blank under any candidate: nothing but whitespace and separators (`;;;`, `,,`, empty lines). */
function isSeparatorsOnly(cells: readonly string[]): boolean {
  return cells.every((cell) => /^[\s;,]*$/.test(cell));
}

/**
 * The separator rule, as the UI explains it: every candidate (; tab ,) splits
 * the first 20 non-blank records, quotes respected. The winner is, in this order,
 * (1) one that gives the header row at least two columns, (2) the one under
 * which most of the following rows have as many cells as the header,
 * (3) the one giving the most columns, (4) ; then tab then , on a tie.
 * So "Nom;Titre" over "Dupont, Jean;DG" is semicolon-separated, and a
 * one-column file of "Dupont, Jean" names stays one column.
 */
export function detectSeparator(text: string): CsvSeparator {
  let best: CsvSeparator = ';';
  let bestScore: [number, number, number] = [-1, -1, -1];
  for (const candidate of CSV_SEPARATORS) {
    const sample = scan(text, candidate, DETECTION_SCAN)
      .records.filter((r) => !isSeparatorsOnly(r.cells))
      .slice(0, DETECTION_SAMPLE);
    const header = sample[0];
    if (header === undefined) continue;
    const width = header.cells.length;
    const rest = sample.slice(1);
    const consistent =
      rest.length === 0 ? 1 : rest.filter((r) => r.cells.length === width).length / rest.length;
    const score: [number, number, number] = [width >= 2 ? 1 : 0, consistent, width];
    if (isBetter(score, bestScore)) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
}

function isBetter(a: readonly number[], b: readonly number[]): boolean {
  for (let k = 0; k < a.length; k++) {
    const x = a[k] ?? 0;
    const y = b[k] ?? 0;
    if (x !== y) return x > y;
  }
  return false;
}

/** A record with nothing but whitespace (what `;;;` lines and blank lines are). */
export function isBlank(cells: readonly string[]): boolean {
  return cells.every((cell) => cell.trim() === '');
}

/** Parses decoded CSV text. Returns the records, or `import.unterminatedQuote` with where the quote opened. */
export function parseCsv(text: string, options: CsvParseOptions = {}): IoResult<ParsedCsv> {
  const separator = options.separator ?? detectSeparator(text);
  const { records, unterminated } = scan(text, separator);
  if (unterminated)
    return fail({ code: 'import.unterminatedQuote', row: unterminated.row, line: unterminated.line });
  return { ok: true, value: { separator, records } };
}

/**
 * Counts non-blank records without building them, so a 100 000-row file is
 * refused before anything is allocated for it. Quote-aware like `scan`: a line
 * break inside quotes does not end a record.
 */
export function countNonBlankRecords(text: string, separator: CsvSeparator): number {
  const sep = separator.charCodeAt(0);
  let count = 0;
  let inQuotes = false;
  let atFieldStart = true;
  let hasContent = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inQuotes) {
      if (c === QUOTE) {
        if (text.charCodeAt(i + 1) === QUOTE) i++;
        else inQuotes = false;
      } else if (c !== 32 && c !== 9 && c !== LF && c !== CR) hasContent = true;
      continue;
    }
    if (c === LF || c === CR) {
      if (hasContent) count++;
      hasContent = false;
      atFieldStart = true;
      continue;
    }
    if (c === sep) {
      atFieldStart = true;
      continue;
    }
    if (c === QUOTE && atFieldStart) inQuotes = true;
    else if (c !== 32 && c !== 9) hasContent = true;
    atFieldStart = false;
  }
  if (hasContent) count++;
  return count;
}
