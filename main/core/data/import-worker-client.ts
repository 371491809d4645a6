/**
 * Reads an import file in a worker thread (import-worker.ts), so that the
 * main process's event loop (IPC, the projector timer) never parses a file
 * someone else made. The worker runs under V8 resource limits (a heap that
 * cannot grow past IMPORT_WORKER_HEAP_MB) and a time budget: past either,
 * it is stopped and the chair gets a message saying what to do, never a
 * frozen app. One short-lived worker per read, as for backups
 * (backup-check.ts); same layout: import-worker.ts beside this file in
 * source (run with `--import tsx`), out/main/import-worker.js once built.
 */
import { type ResourceLimits, Worker } from 'node:worker_threads';
import { fail, type IoResult } from '../io/issues';
import { IMPORT_PARSE_BUDGET_MS, IMPORT_WORKER_HEAP_MB } from '../io/limits';
import type { ReadTableOptions, SourceTable } from '../io/source-table';

export interface ImportWorkerJob {
  bytes: Uint8Array;
  options: Omit<ReadTableOptions, 'onProgress'>;
}

export type ImportWorkerMessage =
  | { type: 'ready' }
  | { type: 'progress'; rows: number }
  | { type: 'done'; result: IoResult<SourceTable> };

/** Starts the budget's clock; returns how to stop it. Injected by tests (a fake clock), setTimeout otherwise. */
export type BudgetTimer = (ms: number, onOverrun: () => void) => () => void;

export interface ImportWorkerOptions {
  /** The worker entry. Defaults to import-worker.ts beside this file in source, import-worker.js beside the bundle. */
  workerUrl?: URL | string;
  /** Node flags for the worker; defaults to `--import tsx` when the entry is a .ts file. */
  execArgv?: string[];
  /** Time allowed from the worker's start to its answer. */
  budgetMs?: number;
  timer?: BudgetTimer;
  /** V8 limits of the worker; the old generation (the heap) defaults to IMPORT_WORKER_HEAP_MB. */
  resourceLimits?: ResourceLimits;
  /** Rows counted so far while a sheet is scanned. */
  onProgress?: (rows: number) => void;
}

export function defaultImportWorkerUrl(): URL {
  const here = import.meta.url;
  return new URL(here.endsWith('.ts') ? './import-worker.ts' : './import-worker.js', here);
}

const realTimer: BudgetTimer = (ms, onOverrun) => {
  const handle = setTimeout(onOverrun, ms);
  return () => clearTimeout(handle);
};

/**
 * The table, or the file's problems, as readImportTable would answer, read in
 * a worker. Over the time budget or the memory limit, the worker is
 * terminated and the answer is `import.parseTimeBudget` or
 * `import.parseMemoryBudget`. Never rejects.
 */
export function readImportTableInWorker(
  bytes: Uint8Array,
  readOptions: Omit<ReadTableOptions, 'onProgress'> = {},
  options: ImportWorkerOptions = {},
): Promise<IoResult<SourceTable>> {
  const url = options.workerUrl ?? defaultImportWorkerUrl();
  const execArgv = options.execArgv ?? (String(url).endsWith('.ts') ? ['--import', 'tsx'] : []);
  const budgetMs = options.budgetMs ?? IMPORT_PARSE_BUDGET_MS;
  const resourceLimits: ResourceLimits = {
    maxOldGenerationSizeMb: IMPORT_WORKER_HEAP_MB,
    maxYoungGenerationSizeMb: 16,
    stackSizeMb: 4,
    ...options.resourceLimits,
  };
  const heapBytes = (resourceLimits.maxOldGenerationSizeMb ?? IMPORT_WORKER_HEAP_MB) * 1024 * 1024;
  const job: ImportWorkerJob = { bytes, options: readOptions };

  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(url, { workerData: job, execArgv, resourceLimits });
    } catch {
      resolve(fail({ code: 'import.readerUnavailable' }));
      return;
    }
    let ready = false;
    let settled = false;
    const settle = (result: IoResult<SourceTable>, stop: boolean) => {
      if (settled) return;
      settled = true;
      stopClock();
      if (stop) void worker.terminate();
      resolve(result);
    };
    const stopClock = (options.timer ?? realTimer)(budgetMs, () =>
      settle(fail({ code: 'import.parseTimeBudget', limit: Math.round(budgetMs / 1000) }), true),
    );
    worker.on('message', (message: ImportWorkerMessage) => {
      if (message.type === 'ready') ready = true;
      else if (message.type === 'progress') {
        if (!settled) options.onProgress?.(message.rows);
      } else if (message.type === 'done') settle(message.result, false);
    });
    /** Why the worker died before answering: its heap limit, the file, or an install that cannot start it. */
    const died = (error: (Error & { code?: string }) | null): IoResult<SourceTable> => {
      if (error?.code === 'ERR_WORKER_OUT_OF_MEMORY')
        return fail({ code: 'import.parseMemoryBudget', limit: heapBytes });
      return ready ? fail({ code: 'import.xlsxUnreadable' }) : fail({ code: 'import.readerUnavailable' });
    };
    worker.on('error', (error: Error & { code?: string }) => settle(died(error), true));
    worker.on('exit', () => settle(died(null), false));
  });
}
