/**
 * Runs a document job in a worker thread so the caller's event loop (the
 * Electron main process driving the projector timer) never renders a page.
 * Progress arrives per certificate. Aborting is cooperative: a shared flag
 * tells the worker, which stops before the next certificate, ends its
 * document and says 'cancelled'. The worker is a thread of the app's own
 * process, so terminating it in the middle of pdfkit's deflate could abort
 * the whole process inside zlib; terminate() is kept only as a last resort,
 * after a grace period the cooperative stop never needs.
 */
import { rm } from 'node:fs/promises';
import { Worker } from 'node:worker_threads';
import { DocumentError } from './errors';
import type { WorkerJob } from './worker-job';
import { requestCancel, type WorkerJobData, type WorkerMessage } from './worker-protocol';

/** How long a cancelled worker has to stop by itself (one certificate takes milliseconds). */
export const CANCEL_GRACE_MS = 10_000;

/** Starts the grace period's clock; returns how to stop it. Tests inject a fake one. */
export type GraceTimer = (ms: number, onExpiry: () => void) => () => void;

export interface RunDocumentJobOptions {
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
  /** The worker entry. Defaults to worker.ts beside this file in source, pdf-worker.js beside the bundle. */
  workerUrl?: URL | string;
  /** Node flags for the worker; defaults to `--import tsx` when the entry is a .ts file. */
  execArgv?: string[];
  /** After a cancel, how long the worker may take to stop before it is terminated. */
  graceMs?: number;
  graceTimer?: GraceTimer;
  /** Told how a cancelled job ended: the worker stopped itself, or had to be terminated. */
  onCancelSettled?: (how: 'cooperative' | 'terminated') => void;
}

const realGraceTimer: GraceTimer = (ms, onExpiry) => {
  const handle = setTimeout(onExpiry, ms);
  return () => clearTimeout(handle);
};

export function defaultWorkerUrl(): URL {
  const here = import.meta.url;
  return new URL(here.endsWith('.ts') ? './worker.ts' : './pdf-worker.js', here);
}

export function runDocumentJob(
  job: WorkerJob & { outPath: string },
  options?: RunDocumentJobOptions,
): Promise<{ path: string }>;
export function runDocumentJob(
  job: WorkerJob & { outPath?: undefined },
  options?: RunDocumentJobOptions,
): Promise<Uint8Array>;
export function runDocumentJob(
  job: WorkerJob,
  options?: RunDocumentJobOptions,
): Promise<Uint8Array | { path: string }>;
export function runDocumentJob(
  job: WorkerJob,
  options: RunDocumentJobOptions = {},
): Promise<Uint8Array | { path: string }> {
  const { signal, onProgress } = options;
  if (signal?.aborted) return Promise.reject(new DocumentError({ code: 'documents.cancelled' }));
  const url = options.workerUrl ?? defaultWorkerUrl();
  const execArgv = options.execArgv ?? (String(url).endsWith('.ts') ? ['--import', 'tsx'] : []);

  return new Promise((resolve, reject) => {
    const cancelFlag = new SharedArrayBuffer(4);
    const data: WorkerJobData = { job, cancelFlag };
    const worker = new Worker(url, { workerData: data, execArgv });
    let settled = false;
    let cancelling = false;
    let stopGrace = () => {};
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      stopGrace();
      signal?.removeEventListener('abort', onAbort);
      outcome();
    };
    const removePartial = async () => {
      if (job.outPath) await rm(`${job.outPath}.part`, { force: true });
    };
    /** A cancelled job ends once the worker has stopped, so nothing writes into a folder being cleaned. */
    const cancelledBy = (how: 'cooperative' | 'terminated') =>
      settle(() => {
        options.onCancelSettled?.(how);
        void removePartial().then(() => reject(new DocumentError({ code: 'documents.cancelled' })));
      });
    const onAbort = () => {
      if (settled || cancelling) return;
      cancelling = true;
      requestCancel(cancelFlag);
      stopGrace = (options.graceTimer ?? realGraceTimer)(options.graceMs ?? CANCEL_GRACE_MS, () => {
        // Last resort: the worker did not stop by itself.
        void worker.terminate().then(() => cancelledBy('terminated'));
      });
    };
    signal?.addEventListener('abort', onAbort, { once: true });

    worker.on('message', (message: WorkerMessage) => {
      switch (message.type) {
        case 'progress':
          if (!settled && !cancelling) onProgress?.(message.done, message.total);
          break;
        case 'cancelled':
          cancelledBy('cooperative');
          break;
        case 'rendered':
          // Finished just as the cancel arrived: the cancel wins, the bytes are dropped.
          if (cancelling) cancelledBy('cooperative');
          else settle(() => resolve(message.bytes));
          break;
        case 'written':
          if (cancelling) {
            void rm(message.path, { force: true });
            cancelledBy('cooperative');
          } else settle(() => resolve({ path: message.path }));
          break;
        case 'failed':
          settle(() => reject(new DocumentError(message.error)));
          break;
      }
    });
    worker.on('error', (error) => {
      settle(() => reject(new DocumentError({ code: 'documents.workerFailed', message: error.message })));
    });
    worker.on('exit', (code) => {
      if (cancelling) {
        cancelledBy('terminated');
        return;
      }
      settle(() =>
        reject(
          new DocumentError({
            code: 'documents.workerFailed',
            message: `worker exited with code ${code} before answering`,
          }),
        ),
      );
    });
  });
}
