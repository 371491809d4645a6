/**
 * The worker's side of a pending import (import-pending.ts is the main
 * process's side). The import worker (import-worker.ts), started in session
 * mode, reads the file once and then stays alive for as long as the chair
 * looks at the preview: it keeps the table, builds each preview over every row
 * and, on confirm, builds the plan and writes it, in one IMMEDIATE
 * transaction on its own connection to the event file. The main process only
 * receives what the screen shows (the first rows, the counts, the first
 * problems) and the counts written: nothing proportional to the file ever
 * runs on its event loop.
 *
 * Why the write happens here and not on the main thread: 10,000 rows are
 * 2,500 teams and 10,000 members, ~60 ms of inserts plus ~20 ms to copy the
 * plan across threads, and they must land in ONE transaction (all or
 * nothing). Splitting that transaction across turns of the main loop would
 * let every other write of those turns (a juror's score from the local
 * network) join it and be rolled back with it. A second connection in WAL
 * mode keeps the import atomic and the main loop free; a main-thread write
 * that arrives meanwhile waits on busy_timeout, exactly as it would for
 * another process.
 */
import type { MessagePort } from 'node:worker_threads';
import type { ImportView } from '../../../common/contract/data';
import type { Locale } from '../../../common/domain';
import { DomainError } from '../errors';
import { type ColumnMapping, guessKind, type ImportKind } from '../io/header-mapping';
import type { ImportIssue } from '../io/issues';
import { type ReadTableOptions, readImportTable, type SourceTable } from '../io/source-table';
import {
  buildImportView,
  type CommitOutcome,
  commitImport,
  type PendingImport,
  readSheet,
  type TableReader,
} from './import-view';

export type ImportPhase = 'reading' | 'checking' | 'writing';

/** Where a pending import is: rows of the file read or checked, records written; total null while unknown. */
export interface ImportPhaseProgress {
  phase: ImportPhase;
  done: number;
  total: number | null;
}

export interface SessionChoice {
  /** null: guessed from the headers. */
  kind: ImportKind | null;
  /** null: suggested from the headers. */
  mapping: ColumnMapping | null;
  sheetName: string | null;
}

export type SessionRequest =
  | { kind: 'view'; choice: SessionChoice; locale: Locale }
  | { kind: 'commit'; choice: SessionChoice; locale: Locale };

export type SessionAnswer =
  | { ok: true; kind: 'view'; view: ImportView }
  | { ok: true; kind: 'commit'; outcome: CommitOutcome }
  | { ok: false; code: string; params: Record<string, string | number>; message: string };

/**
 * Opens the event file here; better-sqlite3 is loaded only when a preview
 * first needs it, so a hostile file never pays for it. Closed without
 * closeDatabase's `PRAGMA optimize`: that may write statistics, and a refused
 * import must leave the file byte for byte as it was.
 */
async function openEvent(path: string, readonly: boolean) {
  const { openDatabase } = await import('../db/open');
  const db = openDatabase(path, { readonly });
  return { db, close: () => db.close() };
}

/** Progress every this many records written: a few dozen messages for the largest import. */
const WRITE_PROGRESS_EVERY = 250;

export class WorkerImportSession {
  constructor(
    private readonly pending: PendingImport,
    private readonly report: (progress: ImportPhaseProgress) => void,
  ) {}

  /** Reads another sheet with the reading phase reported, as the first read was. */
  private readonly reader: TableReader = (bytes, options) =>
    readImportTable(bytes, {
      ...options,
      onProgress: (rows) => this.report({ phase: 'reading', done: rows, total: null }),
    }).then((result) => {
      if (result.ok) this.reportRead(result.value);
      return result;
    });

  reportRead(table: SourceTable): void {
    this.report({ phase: 'reading', done: table.rows.length, total: table.rows.length });
  }

  async handle(request: SessionRequest): Promise<SessionAnswer> {
    try {
      await readSheet(this.pending, request.choice.sheetName, this.reader);
      const { table } = this.pending;
      const kind = request.choice.kind ?? guessKind(table.headers);
      const choice = { kind, mapping: request.choice.mapping };
      const rows = table.rows.length;
      if (request.kind === 'view') {
        this.report({ phase: 'checking', done: 0, total: rows });
        const event = await openEvent(this.pending.eventPath, true);
        try {
          const view = buildImportView(event.db, this.pending, choice, request.locale);
          this.report({ phase: 'checking', done: rows, total: rows });
          return { ok: true, kind: 'view', view };
        } finally {
          event.close();
        }
      }
      this.report({ phase: 'checking', done: 0, total: rows });
      const event = await openEvent(this.pending.eventPath, false);
      try {
        const outcome = commitImport(event.db, this.pending, choice, request.locale, {
          onChecked: () => this.report({ phase: 'checking', done: rows, total: rows }),
          onWritten: (done, total) => {
            if (done === 0 || done === total || done % WRITE_PROGRESS_EVERY === 0)
              this.report({ phase: 'writing', done, total });
          },
        });
        return { ok: true, kind: 'commit', outcome };
      } finally {
        event.close();
      }
    } catch (error) {
      if (error instanceof DomainError)
        return { ok: false, code: error.code, params: error.params, message: error.message };
      return {
        ok: false,
        code: 'internal',
        params: {},
        message: error instanceof Error ? error.message : String(error),
      };
    }
  }
}

/** Sent with workerData to start the import worker in session mode. */
export interface SessionStart {
  token: string;
  fileName: string;
  eventPath: string;
}

export type SessionToWorker = { type: 'request'; id: number; request: SessionRequest };

export type SessionFromWorker =
  | { type: 'phase'; progress: ImportPhaseProgress }
  | { type: 'opened'; ok: true }
  | { type: 'opened'; ok: false; issues: ImportIssue[] }
  | { type: 'answer'; id: number; answer: SessionAnswer };

/**
 * The worker's loop: read the file, say whether it opened, then answer each
 * request in turn (one at a time: a preview and a commit never interleave on
 * the kept table). When the file is unreadable the worker has nothing to keep
 * and its loop empties, so it ends by itself.
 */
export async function runWorkerSession(
  port: MessagePort,
  bytes: Uint8Array,
  start: SessionStart,
  options: Omit<ReadTableOptions, 'onProgress'>,
): Promise<void> {
  const post = (message: SessionFromWorker) => port.postMessage(message);
  const report = (progress: ImportPhaseProgress) => post({ type: 'phase', progress });
  const table = await readImportTable(bytes, {
    ...options,
    onProgress: (rows) => report({ phase: 'reading', done: rows, total: null }),
  });
  if (!table.ok) {
    post({ type: 'opened', ok: false, issues: table.errors });
    return;
  }
  const session = new WorkerImportSession({ ...start, bytes, table: table.value }, report);
  session.reportRead(table.value);
  post({ type: 'opened', ok: true });
  let queue: Promise<void> = Promise.resolve();
  port.on('message', (message: SessionToWorker) => {
    if (message.type !== 'request') return;
    queue = queue.then(async () => {
      post({ type: 'answer', id: message.id, answer: await session.handle(message.request) });
    });
  });
}
