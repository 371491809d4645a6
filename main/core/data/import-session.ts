/**
 * One import as the chair goes through it: a file read once in main, then a
 * preview redone for each mapping the chair tries, then the write. The
 * pending import keeps the file's bytes (≤ 10 MB, checked before reading) so
 * choosing another sheet does not touch the disk again, and remembers which
 * event file it was opened for, so it cannot land in another one.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import type { ImportColumnMapping, ImportIssueView, ImportView } from '../../../common/contract/data';
import type { Locale } from '../../../common/domain';
import type { Db } from '../db/open';
import { DomainError } from '../errors';
import { type ColumnMapping, type ImportKind, suggestMapping } from '../io/header-mapping';
import { buildImportPlan, previewImport } from '../io/import-plan';
import type { ImportIssue, IoResult } from '../io/issues';
import { DEFAULT_PREVIEW_RECORDS, MAX_IMPORT_ROWS, MAX_REPORTED_ERRORS } from '../io/limits';
import { type FormattableImportIssue, formatImportIssue } from '../io/messages';
import {
  checkImportSize,
  columnLabel,
  type ReadTableOptions,
  readImportTable,
  type SourceTable,
} from '../io/source-table';
import { existingNameIssues, type ImportCounts, type NameColumns, writeImportPlan } from './import-store';
import { readImportTableInWorker } from './import-worker-client';

export interface PendingImport {
  token: string;
  fileName: string;
  /** The event file this import was opened for. */
  eventPath: string;
  bytes: Uint8Array;
  table: SourceTable;
}

/** How a file's bytes become a table: in a worker thread for anything the chair picks (import-worker-client.ts). */
export type TableReader = (
  bytes: Uint8Array,
  options: Omit<ReadTableOptions, 'onProgress'>,
) => Promise<IoResult<SourceTable>>;

export const readInWorker: TableReader = (bytes, options) => readImportTableInWorker(bytes, options);

export type OpenedImport =
  | { status: 'preview'; pending: PendingImport }
  | { status: 'unreadable'; fileName: string; issues: ImportIssue[] };

/**
 * Reads a file the chair chose: its size first, so a 50 MB file is refused
 * without being loaded, then its content in a worker thread.
 */
export async function readImportFile(
  path: string,
  eventPath: string,
  read: TableReader = readInWorker,
): Promise<OpenedImport> {
  const fileName = basename(path);
  let size: number;
  try {
    size = statSync(path).size;
  } catch (error) {
    throw new DomainError('data.fileUnreadable', { message: errorText(error) });
  }
  const tooLarge = checkImportSize(size);
  if (tooLarge) return { status: 'unreadable', fileName, issues: [tooLarge] };
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(readFileSync(path));
  } catch (error) {
    throw new DomainError('data.fileUnreadable', { message: errorText(error) });
  }
  return openImportBytes(bytes, fileName, eventPath, read);
}

/** `read` defaults to this thread: for bytes the caller made (tests, benches); files from outside go through readImportFile. */
export async function openImportBytes(
  bytes: Uint8Array,
  fileName: string,
  eventPath: string,
  read: TableReader = readImportTable,
): Promise<OpenedImport> {
  const table = await read(bytes, {});
  if (!table.ok) return { status: 'unreadable', fileName, issues: table.errors };
  return {
    status: 'preview',
    pending: { token: randomUUID(), fileName, eventPath, bytes, table: table.value },
  };
}

/** Re-reads the kept bytes with another sheet of the workbook; file-level errors come back as a DomainError. */
export async function selectSheet(
  pending: PendingImport,
  sheetName: string | null,
  read: TableReader = readInWorker,
): Promise<void> {
  if (sheetName === null || sheetName === pending.table.sheetName || pending.table.format !== 'xlsx') return;
  // Another sheet is another untrusted part of the file (a hidden 1M-row sheet): a worker reads it too.
  const table = await read(pending.bytes, { sheetName });
  if (!table.ok) {
    const first = table.errors[0];
    throw new DomainError(first?.code ?? 'import.xlsxUnreadable', { value: sheetName });
  }
  pending.table = table.value;
}

/** The contract's mapping (all fields optional, maybe undefined) as the io core takes it. */
export function toColumnMapping(mapping: ImportColumnMapping): ColumnMapping {
  const out: ColumnMapping = {};
  for (const [field, index] of Object.entries(mapping) as [keyof ColumnMapping, number | undefined][]) {
    if (index !== undefined) out[field] = index;
  }
  return out;
}

function nameColumns(table: SourceTable, mapping: ColumnMapping): NameColumns {
  const label = (index: number | undefined) => (index === undefined ? '' : columnLabel(table, index));
  return {
    team: label(mapping.teamName),
    juror: label(mapping.jurorName ?? mapping.jurorFirstName ?? mapping.jurorLastName),
  };
}

export function issueView(issue: FormattableImportIssue, locale: Locale): ImportIssueView {
  return {
    code: issue.code,
    row: issue.row ?? null,
    column: issue.column ? issue.column : null,
    message: formatImportIssue(issue, locale),
  };
}

export interface ImportChoice {
  kind: ImportKind;
  /** null: suggested from the headers. */
  mapping: ColumnMapping | null;
}

/**
 * Everything the preview shows: the file's own errors and, when the rows are
 * readable, the names the event already has. Nothing is written.
 */
export function buildImportView(
  db: Db,
  pending: PendingImport,
  choice: ImportChoice,
  locale: Locale,
): ImportView {
  const { table } = pending;
  const mapping = choice.mapping ?? suggestMapping(table.headers, choice.kind);
  // Every record (not just the first screenful) so a clash with the event is found on any row.
  const full = previewImport(table, mapping, choice.kind, { limit: MAX_IMPORT_ROWS });
  const existing = existingNameIssues(
    db,
    { kind: choice.kind, teams: full.teams, jurors: full.jurors },
    nameColumns(table, mapping),
  );
  const errors: FormattableImportIssue[] = [...full.errors, ...existing].sort(
    (a, b) => (a.row ?? 0) - (b.row ?? 0),
  );
  return {
    token: pending.token,
    fileName: pending.fileName,
    format: table.format,
    encoding: table.encoding,
    separator: table.separator,
    sheetNames: table.sheetNames,
    sheetName: table.sheetName,
    headers: table.headers,
    kind: choice.kind,
    mapping,
    layout: full.layout,
    teams: full.teams.slice(0, DEFAULT_PREVIEW_RECORDS),
    jurors: full.jurors.slice(0, DEFAULT_PREVIEW_RECORDS),
    teamCount: full.teamCount,
    memberCount: full.memberCount,
    jurorCount: full.jurorCount,
    ignoredColumns: full.ignoredColumns,
    errors: errors.slice(0, MAX_REPORTED_ERRORS).map((issue) => issueView(issue, locale)),
    errorCount: full.errorCount + existing.length,
  };
}

export type CommitOutcome =
  | { status: 'imported'; kind: ImportKind; counts: ImportCounts }
  | { status: 'refused'; view: ImportView };

/** For a progress indication (import-worker-session.ts): the checks are over; records written so far. */
export interface CommitHooks {
  onChecked?: () => void;
  onWritten?: (done: number, total: number) => void;
}

/** Writes the import when the file and the event allow it; otherwise answers the preview that says why. */
export function commitImport(
  db: Db,
  pending: PendingImport,
  choice: ImportChoice,
  locale: Locale,
  hooks: CommitHooks = {},
): CommitOutcome {
  const mapping = choice.mapping ?? suggestMapping(pending.table.headers, choice.kind);
  const plan = buildImportPlan(pending.table, mapping, choice.kind);
  const columns = nameColumns(pending.table, mapping);
  if (!plan.ok || existingNameIssues(db, plan.value, columns).length > 0) {
    return { status: 'refused', view: buildImportView(db, pending, { kind: choice.kind, mapping }, locale) };
  }
  hooks.onChecked?.();
  const counts = writeImportPlan(db, plan.value, columns, hooks.onWritten);
  return { status: 'imported', kind: choice.kind, counts };
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
