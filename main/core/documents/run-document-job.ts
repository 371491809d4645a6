/**
 * Runs a document job in a worker thread so the caller's event loop (the
 * Electron main process driving the projector timer) never renders a page.
 * Progress arrives per certificate; aborting terminates the worker at once.
 */
import { rm } from 'node:fs/promises';
import { Worker } from 'node:worker_threads';
import { DocumentError } from './errors';
import type { DocumentJob } from './types';
import type { WorkerMessage } from './worker-protocol';

export interface RunDocumentJobOptions {
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
  /** The worker entry. Defaults to worker.ts beside this file in source, pdf-worker.js beside the bundle. */
  workerUrl?: URL | string;
  /** Node flags for the worker; defaults to `--import tsx` when the entry is a .ts file. */
  execArgv?: string[];
}

export function defaultWorkerUrl(): URL {
  const here = import.meta.url;
  return new URL(here.endsWith('.ts') ? './worker.ts' : './pdf-worker.js', here);
}

export function runDocumentJob(
  job: DocumentJob & { outPath: string },
  options?: RunDocumentJobOptions,
): Promise<{ path: string }>;
export function runDocumentJob(
  job: DocumentJob & { outPath?: undefined },
  options?: RunDocumentJobOptions,
): Promise<Uint8Array>;
export function runDocumentJob(
  job: DocumentJob,
  options?: RunDocumentJobOptions,
): Promise<Uint8Array | { path: string }>;
export function runDocumentJob(
  job: DocumentJob,
  options: RunDocumentJobOptions = {},
): Promise<Uint8Array | { path: string }> {
  const { signal, onProgress } = options;
  if (signal?.aborted) return Promise.reject(new DocumentError({ code: 'documents.cancelled' }));
  const url = options.workerUrl ?? defaultWorkerUrl();
  const execArgv = options.execArgv ?? (String(url).endsWith('.ts') ? ['--import', 'tsx'] : []);

  return new Promise((resolve, reject) => {
    const worker = new Worker(url, { workerData: job, execArgv });
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener('abort', onAbort);
      outcome();
    };
    const onAbort = () => {
      settle(() => reject(new DocumentError({ code: 'documents.cancelled' })));
      void worker.terminate().then(async () => {
        if (job.outPath) await rm(`${job.outPath}.part`, { force: true });
      });
    };
    signal?.addEventListener('abort', onAbort, { once: true });

    worker.on('message', (message: WorkerMessage) => {
      switch (message.type) {
        case 'progress':
          if (!settled) onProgress?.(message.done, message.total);
          break;
        case 'rendered':
          settle(() => resolve(message.bytes));
          break;
        case 'written':
          settle(() => resolve({ path: message.path }));
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
