/**
 * One import as the chair goes through it: a file read once in main, then a
 * preview redone for each mapping the chair tries, then the write. The
 * pending import keeps the file's bytes (≤ 10 MB, checked before reading) so
 * choosing another sheet does not touch the disk again, and remembers which
 * event file it was opened for, so it cannot land in another one.
 *
 * In-thread, for the CLI and tests; the app keeps its pending import in a
 * worker (import-pending.ts). The preview and the write are in import-view.ts.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { DomainError } from '../errors';
import type { ImportIssue } from '../io/issues';
import { checkImportSize, readImportTable } from '../io/source-table';
import { type PendingImport, readSheet, type TableReader } from './import-view';
import { readImportTableInWorker } from './import-worker-client';

export {
  buildImportView,
  type CommitHooks,
  type CommitOutcome,
  commitImport,
  type ImportChoice,
  issueView,
  type PendingImport,
  type TableReader,
  toColumnMapping,
} from './import-view';

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
  await readSheet(pending, sheetName, read);
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
