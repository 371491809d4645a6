/**
 * Runs the checks of a backup file (backup-inspect.ts) in a worker thread,
 * so the caller's event loop (the Electron main process: IPC, the projector
 * timer's transitions) never waits for an integrity check. One short-lived
 * worker per check: backups are minutes apart, so a pool would only hold
 * memory. Same layout as the PDF worker (documents/run-document-job.ts):
 * backup-worker.ts beside this file in source (run with `--import tsx`),
 * out/main/backup-worker.js beside the bundle once built.
 */
import { Worker } from 'node:worker_threads';
import { type BackupCheck, finaliseBackupCopy, inspectBackupPath } from './backup-inspect';

export type BackupWorkerJob =
  | { kind: 'finalise'; path: string }
  | { kind: 'inspect'; path: string; check: boolean };

export type BackupWorkerMessage = { type: 'ready' } | { type: 'done'; result: BackupCheck };

export interface BackupWorkerOptions {
  /** The worker entry. Defaults to backup-worker.ts beside this file in source, backup-worker.js beside the bundle. */
  workerUrl?: URL | string;
  /** Node flags for the worker; defaults to `--import tsx` when the entry is a .ts file. */
  execArgv?: string[];
}

export function defaultBackupWorkerUrl(): URL {
  const here = import.meta.url;
  return new URL(here.endsWith('.ts') ? './backup-worker.ts' : './backup-worker.js', here);
}

/** The worker could not be started or could not load its modules: nothing about the file is known. */
export class BackupWorkerUnavailable extends Error {}

/**
 * The job's answer from a worker thread. Rejects with BackupWorkerUnavailable
 * when the worker dies before saying it is ready (missing entry, a module that
 * cannot load); a worker that dies during the check itself answers "not ok":
 * whatever killed it came from the file.
 */
export function checkInWorker(job: BackupWorkerJob, options: BackupWorkerOptions = {}): Promise<BackupCheck> {
  const url = options.workerUrl ?? defaultBackupWorkerUrl();
  const execArgv = options.execArgv ?? (String(url).endsWith('.ts') ? ['--import', 'tsx'] : []);
  return new Promise((resolve, reject) => {
    let worker: Worker;
    try {
      worker = new Worker(url, { workerData: job, execArgv });
    } catch (error) {
      reject(new BackupWorkerUnavailable(error instanceof Error ? error.message : String(error)));
      return;
    }
    let ready = false;
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      outcome();
    };
    const failed = (why: string) =>
      settle(() =>
        ready ? resolve({ ok: false, summary: null }) : reject(new BackupWorkerUnavailable(why)),
      );
    worker.on('message', (message: BackupWorkerMessage) => {
      if (message.type === 'ready') ready = true;
      else settle(() => resolve(message.result));
    });
    worker.on('error', (error) => failed(error.message));
    worker.on('exit', (code) => failed(`backup worker exited with code ${code} before answering`));
  });
}

/** The job in this thread: what the worker would have done, for when no worker can run. */
function checkHere(job: BackupWorkerJob): BackupCheck {
  return job.kind === 'finalise' ? finaliseBackupCopy(job.path) : inspectBackupPath(job.path, job.check);
}

/**
 * checkInWorker, falling back to this thread when no worker can be started: a
 * backup checked with a stall is worth more than no backup. Never rejects.
 */
export async function checkOffThread(
  job: BackupWorkerJob,
  options: BackupWorkerOptions = {},
): Promise<BackupCheck> {
  try {
    return await checkInWorker(job, options);
  } catch (error) {
    if (error instanceof BackupWorkerUnavailable) return checkHere(job);
    return { ok: false, summary: null };
  }
}
