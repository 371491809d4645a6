/** Messages between `runDocumentJob` and the worker thread. The job itself travels as workerData. */
import type { DocumentErrorDetail } from './errors';

export type WorkerMessage =
  | { type: 'progress'; done: number; total: number }
  | { type: 'rendered'; bytes: Uint8Array }
  | { type: 'written'; path: string }
  | { type: 'failed'; error: DocumentErrorDetail };
