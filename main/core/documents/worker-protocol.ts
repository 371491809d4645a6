/** Messages between `runDocumentJob` and the worker thread. The job itself travels as workerData. */
import type { DocumentErrorDetail } from './errors';
import type { WorkerJob } from './worker-job';

export type WorkerMessage =
  | { type: 'progress'; done: number; total: number }
  | { type: 'rendered'; bytes: Uint8Array }
  | { type: 'written'; path: string }
  | { type: 'failed'; error: DocumentErrorDetail }
  /** The job saw its cancel flag between two certificates, closed its document and wrote nothing. */
  | { type: 'cancelled' };

/**
 * What travels as workerData: the job, plus a shared flag the caller sets to
 * cancel (Atomics, so the worker sees it between two certificates without
 * its event loop having to turn).
 */
export interface WorkerJobData {
  job: WorkerJob;
  cancelFlag: SharedArrayBuffer;
}

/** True once the caller asked to cancel. */
export function cancelRequested(flag: SharedArrayBuffer): boolean {
  return Atomics.load(new Int32Array(flag), 0) === 1;
}

export function requestCancel(flag: SharedArrayBuffer): void {
  Atomics.store(new Int32Array(flag), 0, 1);
}
