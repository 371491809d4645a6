/**
 * Import limits. A real event has 4–30 teams and 3–10 jurors, so these leave
 * two orders of magnitude of headroom while keeping a hostile or mistaken file
 * (a whole CRM export, a 50 MB log) from freezing the kiosk.
 */

/** Files larger than this are refused before being decoded or unzipped. */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

/** Data rows (not counting the header and blank rows) above this are refused before building records. */
export const MAX_IMPORT_ROWS = 10_000;

/**
 * An .xlsx is a zip: a 10 MB file can inflate to gigabytes (zip bomb). Only the
 * parts the chosen sheet needs are inflated (xlsx-prescan.ts), each with its own
 * cap, checked on the declared size first and on the bytes actually inflated
 * while reading; this caps their sum. Other sheets are never inflated at all.
 */
export const MAX_XLSX_UNCOMPRESSED_BYTES = 64 * 1024 * 1024;
/** The workbook part and relationship parts: a few kilobytes in any real file. */
export const MAX_XLSX_SMALL_PART_BYTES = 2 * 1024 * 1024;
/** Shared strings and styles. */
export const MAX_XLSX_TABLE_PART_BYTES = 16 * 1024 * 1024;
/** The sheet read: 10 000 rows of a dozen columns is about 5 MB. */
export const MAX_XLSX_SHEET_BYTES = 16 * 1024 * 1024;
/**
 * Row and cell elements in the sheet read, filled or only formatted: what
 * exceljs would build in memory. 10 000 rows of 30 columns fit.
 */
export const MAX_XLSX_SHEET_ELEMENTS = 300_000;

/**
 * Imports are parsed in a worker thread (main/core/data/import-worker-client.ts)
 * that is stopped past this time: a product safety limit, so a file that
 * somehow slips past every cap above still cannot keep the chair waiting.
 * A legitimate 10 000-row file reads in about a second on a slow laptop.
 */
export const IMPORT_PARSE_BUDGET_MS = 20_000;
/** The worker's heap limit (V8 old generation): a 10 000-row workbook needs well under half of it. */
export const IMPORT_WORKER_HEAP_MB = 192;

/** Field lengths, in Unicode code points (what a person counts), not UTF-16 units. */
export const MAX_TEAM_NAME_LENGTH = 120;
export const MAX_PROJECT_TITLE_LENGTH = 200;
export const MAX_PERSON_NAME_LENGTH = 120;
export const MAX_JUROR_TITLE_LENGTH = 200;
/** RFC 5321 path limit. */
export const MAX_EMAIL_LENGTH = 254;

/** A 10 000-row file full of mistakes would drown the UI; the count is still reported. */
export const MAX_REPORTED_ERRORS = 200;

/** How many records the preview shows by default. */
export const DEFAULT_PREVIEW_RECORDS = 20;
