/**
 * A pending import as the main process holds it: a handle on the import
 * worker (import-worker.ts in session mode, import-worker-session.ts) that
 * read the file and keeps its table. The main process never holds the rows:
 * it asks for a preview (and gets back only what the screen shows) or for
 * the write (and gets back the counts), and hears the worker's progress.
 *
 * The same limits as a one-shot read (import-worker-client.ts): a heap that
 * cannot grow past IMPORT_WORKER_HEAP_MB, and a time budget for the read and
 * for each preview, past which the worker is stopped and the chair reads what
 * to do. The write has no budget on purpose: stopping a thread in the middle
 * of its SQLite transaction is the one thing never to do (the transaction
 * rolls back, but only once the connection is closed); it is bounded by the
 * row limit instead. Cancel is for reading and previews.
 */
import { randomUUID } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { type ResourceLimits, Worker } from 'node:worker_threads';
import type { ImportView } from '../../../common/contract/data';
import type { Locale } from '../../../common/domain';
import { DomainError } from '../errors';
import type { ImportIssue } from '../io/issues';
import { IMPORT_PARSE_BUDGET_MS, IMPORT_WORKER_HEAP_MB } from '../io/limits';
import { checkImportSize } from '../io/source-table';
import type { CommitOutcome } from './import-view';
import { type BudgetTimer, defaultImportWorkerUrl, type ImportWorkerJob } from './import-worker-client';
import type {
  ImportPhaseProgress,
  SessionAnswer,
  SessionChoice,
  SessionFromWorker,
  SessionRequest,
  SessionStart,
  SessionToWorker,
} from './import-worker-session';

export interface PendingWorkerOptions {
  /** The worker entry; defaults as for a one-shot read (import-worker-client.ts). */
  workerUrl?: URL | string;
  execArgv?: string[];
  /** Time allowed for the read, then for each preview. */
  budgetMs?: number;
  timer?: BudgetTimer;
  resourceLimits?: ResourceLimits;
  /** Every phase change and step of progress, in the order the worker made them, with the import's token. */
  onProgress?: (token: string, progress: ImportPhaseProgress) => void;
  /** Aborting it stops the worker: a read or preview in flight answers 'cancelled'. */
  signal?: AbortSignal;
}

export type OpenedPending =
  | { status: 'preview'; pending: PendingImportWorker }
  | { status: 'unreadable'; fileName: string; issues: ImportIssue[] }
  | { status: 'cancelled' };

const realTimer: BudgetTimer = (ms, onOverrun) => {
  const handle = setTimeout(onOverrun, ms);
  return () => clearTimeout(handle);
};

type Waiter = { resolve: (answer: SessionAnswer) => void };

/** Why the worker is gone, as the answer every waiting or later request gets. */
type Ended = { code: string; params: Record<string, string | number> };

export class PendingImportWorker {
  private nextId = 1;
  private readonly waiting = new Map<number, Waiter>();
  private ended: Ended | null = null;
  private readonly heapBytes: number;

  private constructor(
    readonly token: string,
    readonly fileName: string,
    /** The event file this import was opened for: it cannot land in another one. */
    readonly eventPath: string,
    private readonly worker: Worker,
    private readonly options: PendingWorkerOptions,
  ) {
    this.heapBytes = (options.resourceLimits?.maxOldGenerationSizeMb ?? IMPORT_WORKER_HEAP_MB) * 1024 * 1024;
  }

  /**
   * Starts the worker on the file's bytes. Resolves once it has read them:
   * with the handle, the file's problems, or 'cancelled'. Never rejects.
   */
  static open(bytes: Uint8Array, fileName: string, eventPath: string, options: PendingWorkerOptions = {}) {
    const url = options.workerUrl ?? defaultImportWorkerUrl();
    const execArgv = options.execArgv ?? (String(url).endsWith('.ts') ? ['--import', 'tsx'] : []);
    const resourceLimits: ResourceLimits = {
      maxOldGenerationSizeMb: IMPORT_WORKER_HEAP_MB,
      maxYoungGenerationSizeMb: 16,
      stackSizeMb: 4,
      ...options.resourceLimits,
    };
    const start: SessionStart = { token: randomUUID(), fileName, eventPath };
    const job: ImportWorkerJob & { session: SessionStart } = { bytes, options: {}, session: start };
    return new Promise<OpenedPending>((resolve) => {
      if (options.signal?.aborted) return resolve({ status: 'cancelled' });
      let worker: Worker;
      try {
        worker = new Worker(url, { workerData: job, execArgv, resourceLimits });
      } catch {
        return resolve({ status: 'unreadable', fileName, issues: [{ code: 'import.readerUnavailable' }] });
      }
      const pending = new PendingImportWorker(start.token, fileName, eventPath, worker, {
        ...options,
        resourceLimits,
      });
      // Said at once, before the worker's first 1000 rows (a CSV has no steps): the screen can offer to stop.
      options.onProgress?.(start.token, { phase: 'reading', done: 0, total: null });
      let ready = false;
      let settled = false;
      const settle = (opened: OpenedPending) => {
        if (settled) return;
        settled = true;
        stopClock();
        if (opened.status !== 'preview') pending.close();
        resolve(opened);
      };
      const stopClock = (options.timer ?? realTimer)(budgetOf(options), () =>
        settle({
          status: 'unreadable',
          fileName,
          issues: [{ code: 'import.parseTimeBudget', limit: Math.round(budgetOf(options) / 1000) }],
        }),
      );
      options.signal?.addEventListener('abort', () => {
        settle({ status: 'cancelled' });
        pending.close();
      });
      worker.on('message', (message: SessionFromWorker | { type: 'ready' }) => {
        if (message.type === 'ready') ready = true;
        else if (message.type === 'opened') {
          // Idle between requests, the kept worker must not hold a CLI or a test process open.
          if (message.ok) worker.unref();
          settle(
            message.ok
              ? { status: 'preview', pending }
              : { status: 'unreadable', fileName, issues: message.issues },
          );
        } else pending.onMessage(message);
      });
      worker.on('error', (error: Error & { code?: string }) => {
        const issue: ImportIssue =
          error.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? { code: 'import.parseMemoryBudget', limit: pending.heapBytes }
            : { code: ready ? 'import.xlsxUnreadable' : 'import.readerUnavailable' };
        settle({ status: 'unreadable', fileName, issues: [issue] });
        pending.end({ code: issue.code, params: issue.limit === undefined ? {} : { limit: issue.limit } });
      });
      worker.on('exit', () => {
        settle({
          status: 'unreadable',
          fileName,
          issues: [{ code: ready ? 'import.xlsxUnreadable' : 'import.readerUnavailable' }],
        });
        pending.end({ code: 'import.expired', params: {} });
      });
    });
  }

  /** The preview for this choice: only what the screen shows. Throws a DomainError the chair can read. */
  async view(choice: SessionChoice, locale: Locale): Promise<ImportView> {
    const answer = await this.request({ kind: 'view', choice, locale }, true);
    if (!answer.ok) throw new DomainError(answer.code, answer.params);
    if (answer.kind !== 'view') throw new Error('the import worker answered a preview with a commit');
    return answer.view;
  }

  /** Builds the plan and writes it in the worker, all or nothing; a refusal comes back as its preview. */
  async commit(choice: SessionChoice, locale: Locale): Promise<CommitOutcome> {
    const answer = await this.request({ kind: 'commit', choice, locale }, false);
    if (!answer.ok) throw new DomainError(answer.code, answer.params);
    if (answer.kind !== 'commit') throw new Error('the import worker answered a commit with a preview');
    return answer.outcome;
  }

  /** Stops the worker (a discarded, replaced or cancelled import). */
  close(): void {
    this.end({ code: 'import.expired', params: {} });
    void this.worker.terminate();
  }

  get closed(): boolean {
    return this.ended !== null;
  }

  private request(request: SessionRequest, budgeted: boolean): Promise<SessionAnswer> {
    if (this.ended) return Promise.resolve(this.endedAnswer(this.ended));
    const id = this.nextId++;
    this.worker.ref();
    return new Promise<SessionAnswer>((resolve) => {
      const stopClock = budgeted
        ? (this.options.timer ?? realTimer)(budgetOf(this.options), () => {
            const limit = Math.round(budgetOf(this.options) / 1000);
            this.end({ code: 'import.parseTimeBudget', params: { limit } });
            void this.worker.terminate();
          })
        : () => {};
      this.waiting.set(id, {
        resolve: (answer) => {
          stopClock();
          if (this.waiting.size === 0 && !this.ended) this.worker.unref();
          resolve(answer);
        },
      });
      this.worker.postMessage({ type: 'request', id, request } satisfies SessionToWorker);
    });
  }

  private onMessage(message: SessionFromWorker): void {
    if (message.type === 'phase') {
      if (!this.ended) this.options.onProgress?.(this.token, message.progress);
    } else if (message.type === 'answer') {
      const waiter = this.waiting.get(message.id);
      this.waiting.delete(message.id);
      waiter?.resolve(message.answer);
    }
  }

  private end(reason: Ended): void {
    if (this.ended) return;
    this.ended = reason;
    const waiters = [...this.waiting.values()];
    this.waiting.clear();
    for (const waiter of waiters) waiter.resolve(this.endedAnswer(reason));
  }

  private endedAnswer(reason: Ended): SessionAnswer {
    return { ok: false, code: reason.code, params: reason.params, message: reason.code };
  }
}

function budgetOf(options: PendingWorkerOptions): number {
  return options.budgetMs ?? IMPORT_PARSE_BUDGET_MS;
}

/**
 * Reads a file the chair chose into a pending import: its size first, so a
 * 50 MB file is refused without being loaded, then its content in the worker.
 */
export async function openPendingImport(
  path: string,
  eventPath: string,
  options: PendingWorkerOptions = {},
): Promise<OpenedPending> {
  const fileName = basename(path);
  let bytes: Uint8Array;
  try {
    // Asynchronous: a slow disk (a USB key) must not hold the main loop either.
    const tooLarge = checkImportSize((await stat(path)).size);
    if (tooLarge) return { status: 'unreadable', fileName, issues: [tooLarge] };
    bytes = new Uint8Array(await readFile(path));
  } catch (error) {
    throw new DomainError('data.fileUnreadable', {
      message: error instanceof Error ? error.message : String(error),
    });
  }
  return PendingImportWorker.open(bytes, fileName, eventPath, options);
}
