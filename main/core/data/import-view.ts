/**
 * The part of an import that depends only on the file's table and the event:
 * the preview and the all-or-nothing write. Run by the pending import's
 * worker (import-worker-session.ts) for the app, in-thread by the CLI and
 * tests (import-session.ts re-exports it). Kept apart from import-session.ts
 * so that the worker's bundle never pulls in import-worker-client.ts: shared
 * code lands in a chunk folder, where its worker URL would no longer sit
 * beside out/main/import-worker.js.
 */
import type { ImportColumnMapping, ImportIssueView, ImportView } from '../../../common/contract/data';
import type { Locale } from '../../../common/domain';
import type { Db } from '../db/open';
import { DomainError } from '../errors';
import { type ColumnMapping, type ImportKind, suggestMapping } from '../io/header-mapping';
import { buildImportPlan, previewImport } from '../io/import-plan';
import type { IoResult } from '../io/issues';
import { DEFAULT_PREVIEW_RECORDS, MAX_IMPORT_ROWS, MAX_REPORTED_ERRORS } from '../io/limits';
import { type FormattableImportIssue, formatImportIssue } from '../io/messages';
import { columnLabel, type ReadTableOptions, type SourceTable } from '../io/source-table';
import { existingNameIssues, type ImportCounts, type NameColumns, writeImportPlan } from './import-store';

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

/** Re-reads the kept bytes with another sheet of the workbook; file-level errors come back as a DomainError. */
export async function readSheet(
  pending: PendingImport,
  sheetName: string | null,
  read: TableReader,
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
