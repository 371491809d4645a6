/**
 * What an import can say about a file. Pure data: the UI translates `code`
 * (see messages.ts for the French and English wording) and fills the
 * placeholders from the other fields. Nothing here is an English sentence.
 */
import { MAX_REPORTED_ERRORS } from './limits';

export const IMPORT_ERROR_CODES = [
  // The file as a whole
  'import.fileTooLarge',
  'import.tooManyRows',
  'import.tooManyRowsOver',
  'import.tooManyCells',
  'import.emptyFile',
  'import.noDataRows',
  'import.binaryFile',
  'import.encodingUtf16',
  'import.encodingInvalid',
  'import.encodingMixed',
  'import.legacyXls',
  'import.unsupportedFormat',
  'import.xlsxUnreadable',
  'import.xlsxTooLarge',
  'import.xlsxEntities',
  'import.parseTimeBudget',
  'import.parseMemoryBudget',
  'import.readerUnavailable',
  'import.sheetNotFound',
  'import.unterminatedQuote',
  // The column mapping
  'import.missingColumn',
  'import.mappingConflict',
  'import.mappingInvalid',
  // One row
  'import.raggedRow',
  'import.missingTeamName',
  'import.duplicateTeam',
  'import.conflictingProjectTitle',
  'import.emptyMemberName',
  'import.duplicateMember',
  'import.badEmail',
  'import.missingJurorName',
  'import.duplicateJuror',
  'import.fieldTooLong',
  'import.invalidCharacter',
  'import.nameInvisible',
  'import.nameFormatCharacter',
] as const;

export type ImportErrorCode = (typeof IMPORT_ERROR_CODES)[number];

/** The fields a column can be mapped to. */
export type TeamField =
  | 'teamName'
  | 'projectTitle'
  | 'memberName'
  | 'memberFirstName'
  | 'memberLastName'
  | 'memberEmail'
  | 'members';
export type JurorField =
  | 'jurorName'
  | 'jurorFirstName'
  | 'jurorLastName'
  | 'jurorTitle'
  | 'jurorOrganisation';
export type ImportField = TeamField | JurorField;

export interface ImportIssue {
  code: ImportErrorCode;
  /** 1-based row as a spreadsheet shows it, the header row counting as row 1 (for .xlsx, the sheet's own row number). */
  row?: number;
  /** CSV only: 1-based physical line where the record starts (differs from `row` after a cell with a line break). */
  line?: number;
  /** Header text of the offending column, as written in the file. */
  column?: string;
  /** The offending value, shortened to 80 code points. */
  value?: string;
  /** For duplicates and conflicts: the row that came first, and its value. */
  otherRow?: number;
  otherValue?: string;
  /** For missing or conflicting mappings. */
  field?: ImportField;
  /** For limits: the limit and what the file has (bytes, rows, code points or cells, see the code). */
  limit?: number;
  actual?: number;
}

/**
 * Either a value or at least one issue: there is no half-success. `errors` is
 * sorted by row and capped at MAX_REPORTED_ERRORS; `errorCount` is the total.
 */
export type IoResult<T> = { ok: true; value: T } | { ok: false; errors: ImportIssue[]; errorCount: number };

export function fail<T>(issue: ImportIssue): IoResult<T> {
  return { ok: false, errors: [issue], errorCount: 1 };
}

/** Sorts issues (file-level first, then by row; stable within a row) and caps the list. */
export function failWith<T>(issues: readonly ImportIssue[]): IoResult<T> {
  const sorted = [...issues].sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  return { ok: false, errors: sorted.slice(0, MAX_REPORTED_ERRORS), errorCount: issues.length };
}

const MAX_VALUE_LENGTH = 80;

/** Shortens a value for display in an error, on code point boundaries so a name is never cut mid-character. */
export function excerpt(value: string): string {
  const points = [...value];
  return points.length <= MAX_VALUE_LENGTH ? value : `${points.slice(0, MAX_VALUE_LENGTH - 1).join('')}…`;
}

/** The placeholders of an issue, in the shape `translate(locale, code, params)` takes (common/i18n). */
export function issueParams(issue: ImportIssue): Record<string, string | number> {
  const params: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(issue)) {
    if (key !== 'code' && (typeof value === 'string' || typeof value === 'number')) params[key] = value;
  }
  return params;
}
