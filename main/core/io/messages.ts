/**
 * French and English wording for the import codes, written to tell the
 * organiser what to fix. The texts live in the translation catalogue
 * (common/i18n/io.ts) so the dispatcher, the UI and the CLI say the same thing;
 * this module picks them out and adds the location ("Ligne 4, colonne « Équipe » : ").
 */
import type { Locale } from '../../../common/domain';
import { ioEn, ioFr } from '../../../common/i18n/io';
import { JUROR_FIELDS, TEAM_FIELDS } from './header-mapping';
import { IMPORT_ERROR_CODES, type ImportErrorCode, type ImportField, type ImportIssue } from './issues';
import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS } from './limits';

const NB = '\u00a0'; // French puts a no-break space before : ; ? ! and inside « »

const IO_TEXT: Record<Locale, Record<keyof typeof ioEn, string>> = { fr: ioFr, en: ioEn };

/**
 * Codes raised when a plan meets the open event (main/core/data/import-store.ts):
 * they are not file errors, so IMPORT_ERROR_CODES does not list them, but they
 * read like the others.
 */
export type ExistingNameCode = 'import.teamExists' | 'import.jurorExists';
export type FormattableImportIssue = Omit<ImportIssue, 'code'> & { code: ImportErrorCode | ExistingNameCode };

function pick<K extends string>(keys: readonly K[], texts: Record<K, string>): Record<K, string> {
  return Object.fromEntries(keys.map((key) => [key, texts[key]])) as Record<K, string>;
}

export const IMPORT_MESSAGES: Record<Locale, Record<ImportErrorCode, string>> = {
  fr: pick(IMPORT_ERROR_CODES, ioFr),
  en: pick(IMPORT_ERROR_CODES, ioEn),
};

const FIELDS: readonly ImportField[] = [...TEAM_FIELDS, ...JUROR_FIELDS];

function fieldLabels(texts: Record<keyof typeof ioEn, string>): Record<ImportField, string> {
  return Object.fromEntries(FIELDS.map((f) => [f, texts[`importField.${f}`]])) as Record<ImportField, string>;
}

export const IMPORT_FIELD_LABELS: Record<Locale, Record<ImportField, string>> = {
  fr: fieldLabels(ioFr),
  en: fieldLabels(ioEn),
};

/** Fills {name} placeholders; unknown ones stay visible rather than vanish. */
function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

const BYTE_CODES: ReadonlySet<string> = new Set<ImportErrorCode>([
  'import.fileTooLarge',
  'import.xlsxTooLarge',
  'import.parseMemoryBudget',
]);

function formatNumber(value: number, locale: Locale): string {
  return new Intl.NumberFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', { maximumFractionDigits: 1 }).format(
    value,
  );
}

/** 10485760 → "10 Mo" / "10 MB" (binary megabytes, as file managers show them). */
export function formatBytes(bytes: number, locale: Locale): string {
  return `${formatNumber(bytes / (1024 * 1024), locale)}${NB}${locale === 'fr' ? 'Mo' : 'MB'}`;
}

/** The full sentence for one issue, location first. */
export function formatImportIssue(issue: FormattableImportIssue, locale: Locale): string {
  const values: Record<string, string> = {};
  for (const [key, value] of Object.entries(issue)) {
    if (key === 'code' || value === undefined) continue;
    if (key === 'field') values[key] = IMPORT_FIELD_LABELS[locale][value as ImportField] ?? String(value);
    else if (typeof value === 'number') {
      values[key] =
        BYTE_CODES.has(issue.code) && (key === 'limit' || key === 'actual')
          ? formatBytes(value, locale)
          : formatNumber(value, locale);
    } else values[key] = String(value);
  }
  const body = fill(IO_TEXT[locale][issue.code], values);
  const location = locationPrefix(issue, values, locale);
  return location === '' ? body.charAt(0).toUpperCase() + body.slice(1) : `${location}${body}`;
}

function locationPrefix(
  issue: FormattableImportIssue,
  values: Record<string, string>,
  locale: Locale,
): string {
  if (issue.row === undefined || issue.code === 'import.noDataRows') return '';
  const texts = IO_TEXT[locale];
  return issue.column
    ? fill(texts['import.at.rowColumn'], { row: values.row ?? '', column: issue.column })
    : fill(texts['import.at.row'], { row: values.row ?? '' });
}

/** What the import screen and the README say is accepted. */
export function importHelp(locale: Locale): string[] {
  const values = { size: formatBytes(MAX_IMPORT_BYTES, locale), rows: formatNumber(MAX_IMPORT_ROWS, locale) };
  const texts = IO_TEXT[locale];
  return (
    [
      'importHelp.files',
      'importHelp.csv',
      'importHelp.header',
      'importHelp.layouts',
      'importHelp.limits',
    ] as const
  ).map((key) => fill(texts[key], values));
}
