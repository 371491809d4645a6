/**
 * Worker-thread entry (built as out/main/backup-worker.js): makes a backup
 * copy standalone and checks it, or inspects an existing backup, and posts
 * the answer. Says "ready" first, once its modules (better-sqlite3's native
 * binary included) are loaded, so the caller can tell a worker that could not
 * start from a file that could not be read.
 */
import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import type { BackupWorkerJob, BackupWorkerMessage } from './backup-check';
import { finaliseBackupCopy, inspectBackupPath } from './backup-inspect';

function post(message: BackupWorkerMessage): void {
  parentPort?.postMessage(message);
}

/**
 * A backup check is background work: when the laptop's cores are busy, the
 * main process must be scheduled first. On Linux the nice value belongs to the
 * thread, so this lowers only this worker; elsewhere it would lower the whole
 * app, so it is left alone (as the PDF worker does).
 */
function yieldCpuToTheApp(): void {
  if (process.platform !== 'linux') return;
  try {
    setPriority(10);
  } catch {
    // Not permitted in some sandboxes: checking at normal priority is still correct.
  }
}

yieldCpuToTheApp();
post({ type: 'ready' });
const job = workerData as BackupWorkerJob;
post({
  type: 'done',
  result: job.kind === 'finalise' ? finaliseBackupCopy(job.path) : inspectBackupPath(job.path, job.check),
});
