/**
 * Worker-thread entry (built as out/main/import-worker.js): reads an import
 * file's bytes into a table (main/core/io, CSV or .xlsx) and posts the
 * answer, with the rows counted so far as it scans a sheet. Parsing a file
 * someone else made is the one place a hostile input meets the app, so it
 * runs here, under resource limits and a time budget enforced by
 * import-worker-client.ts, never on the main process's event loop.
 *
 * Started with a `session` (import-pending.ts), the same read is the first
 * step of a pending import: the worker then stays alive with the table and
 * builds previews and the write itself (import-worker-session.ts).
 */
import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { readImportTable } from '../io/source-table';
import type { ImportWorkerJob, ImportWorkerMessage } from './import-worker-client';
import { runWorkerSession, type SessionStart } from './import-worker-session';

function post(message: ImportWorkerMessage): void {
  parentPort?.postMessage(message);
}

/**
 * Reading, checking and writing an import is background work: when the
 * laptop's cores are busy, the main process (the timer, IPC) must be
 * scheduled first. On Linux the nice value belongs to the thread, so this
 * lowers only this worker; elsewhere it would lower the whole app, so it is
 * left alone (as the PDF and backup workers do).
 */
function yieldCpuToTheApp(): void {
  if (process.platform !== 'linux') return;
  try {
    setPriority(10);
  } catch {
    // Not permitted in some sandboxes: reading at normal priority is still correct.
  }
}

yieldCpuToTheApp();
const job = workerData as ImportWorkerJob & { session?: SessionStart };
post({ type: 'ready' });
if (job.session && parentPort) {
  void runWorkerSession(parentPort, job.bytes, job.session, job.options);
} else {
  void readImportTable(job.bytes, {
    ...job.options,
    onProgress: (rows) => post({ type: 'progress', rows }),
  }).then((result) => post({ type: 'done', result }));
}
