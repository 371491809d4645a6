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
import { parentPort, workerData } from 'node:worker_threads';
import { readImportTable } from '../io/source-table';
import type { ImportWorkerJob, ImportWorkerMessage } from './import-worker-client';
import { runWorkerSession, type SessionStart } from './import-worker-session';

function post(message: ImportWorkerMessage): void {
  parentPort?.postMessage(message);
}

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
