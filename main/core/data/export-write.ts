/**
 * Export tables → file bytes, with the io core's writers (formula injection
 * neutralised there: a team called =HYPERLINK(…) stays text). CSV numbers are
 * written the way the organiser's spreadsheet reads them: "14,5" with
 * semicolons in French, "14.5" with commas in English.
 */
import type { Locale } from '../../../common/domain';
import type { Db } from '../db/open';
import { toCsv } from '../io/csv-write';
import { toXlsx } from '../io/xlsx-write';
import { type Cell, type ExportTable, exportTables, setupTables, type TableId } from './export-tables';
import { readResultsForExport } from './results-source';

export function csvNumber(value: number, locale: Locale): string {
  const text = String(value);
  return locale === 'fr' ? text.replace('.', ',') : text;
}

export function tableToCsv(table: ExportTable, locale: Locale): Uint8Array {
  const cellText = (cell: Cell) =>
    cell === null ? '' : typeof cell === 'number' ? csvNumber(cell, locale) : cell;
  return toCsv(
    table.rows.map((row) => row.map(cellText)),
    { separator: locale === 'fr' ? ';' : ',' },
  );
}

export function tablesToXlsx(tables: readonly ExportTable[], created = new Date()): Promise<Uint8Array> {
  return toXlsx(
    tables.map((table) => ({ name: table.title, rows: table.rows, headerRow: table.id !== 'about' })),
    { created },
  );
}

/** "hackathon-fenua-2026-classement.csv" / "…-ranking.csv": the event stem plus what the file holds. */
export function exportFileName(
  stem: string,
  what: TableId | 'results' | 'event',
  ext: 'csv' | 'xlsx' | 'json',
  locale: Locale,
): string {
  const words: Record<TableId | 'results' | 'event', [fr: string, en: string]> = {
    about: ['a-propos', 'about'],
    ranking: ['classement', 'ranking'],
    jurorScores: ['notes-par-jure', 'scores-by-juror'],
    teams: ['equipes', 'teams'],
    jurors: ['jury', 'jury'],
    results: ['resultats', 'results'],
    event: ['evenement', 'event'],
  };
  return `${stem}-${words[what][locale === 'fr' ? 0 : 1]}.${ext}`;
}

export type ExportRequest =
  | { format: 'xlsx' }
  | { format: 'csv'; table: 'ranking' | 'jurorScores' | 'teams' | 'jurors' };

/**
 * The bytes of one export: the whole workbook, or one table as CSV. The team
 * and jury lists never need results; a results CSV before there can be any
 * (no criteria yet) is refused with the ranking's own reason.
 */
export async function exportBytes(
  db: Db,
  request: ExportRequest,
  locale: Locale,
  now = new Date(),
  timeZone?: string,
): Promise<Uint8Array> {
  if (request.format === 'xlsx') return tablesToXlsx(exportTables(db, locale, now, timeZone), now);
  const { table } = request;
  const tables =
    table === 'teams' || table === 'jurors'
      ? setupTables(db, locale)
      : exportTables(db, locale, now, timeZone);
  const found = tables.find((t) => t.id === table);
  if (found) return tableToCsv(found, locale);
  readResultsForExport(db); // throws the reason there are no results (a DomainError the UI translates)
  throw new Error(`no ${table} table`);
}
