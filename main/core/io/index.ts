/**
 * Imports and exports, pure: bytes in, a validated plan or a list of errors out;
 * rows in, file bytes out. No database, no Electron, no file system.
 *
 * Import pipeline:
 *   checkImportSize(stat.size)            refuse a 50 MB file before reading it
 *   readImportTable(bytes, { sheetName })  CSV (UTF-8 / BOM / cp1252, ; , tab) or .xlsx → SourceTable
 *   suggestMapping(table.headers, kind)    French/English header names → ColumnMapping
 *   previewImport(table, mapping, kind)    first records + every error, nothing written
 *   buildImportPlan(table, mapping, kind)  ImportPlan only when there is no error
 */
export {
  type CsvParseOptions,
  type CsvRecord,
  type CsvSeparator,
  detectSeparator,
  type ParsedCsv,
  parseCsv,
} from './csv-parse';
export { type CsvWriteOptions, toCsv, toCsvText } from './csv-write';
export { type DecodedText, decodeText, type TextEncoding } from './decode';
export { escapeFormula, needsFormulaEscape } from './formula-escape';
export {
  type ColumnMapping,
  guessKind,
  type ImportKind,
  JUROR_FIELDS,
  normaliseHeader,
  suggestMapping,
  TEAM_FIELDS,
  type TeamLayout,
  teamLayout,
  validateMapping,
} from './header-mapping';
export {
  buildImportPlan,
  type ImportFromBytesOptions,
  type ImportPlan,
  type ImportPreview,
  importFromBytes,
  previewImport,
} from './import-plan';
export {
  IMPORT_ERROR_CODES,
  type ImportErrorCode,
  type ImportField,
  type ImportIssue,
  type IoResult,
  issueParams,
  type JurorField,
  type TeamField,
} from './issues';
export type { PlannedJuror } from './juror-plan';
export * from './limits';
export { formatBytes, formatImportIssue, IMPORT_FIELD_LABELS, IMPORT_MESSAGES, importHelp } from './messages';
export {
  checkImportSize,
  columnLabel,
  type ReadTableOptions,
  readImportTable,
  type SourceRow,
  type SourceTable,
} from './source-table';
export type { PlannedMember, PlannedTeam } from './team-plan';
export { cleanText, type MemberSeparator, nameKey, splitMembers } from './text-rules';
export { cellText, readXlsx, type XlsxReadOptions, type XlsxSheet } from './xlsx-read';
export {
  MAX_XLSX_CELL_LENGTH,
  toXlsx,
  type XlsxCell,
  type XlsxSheetInput,
  type XlsxWriteOptions,
} from './xlsx-write';
