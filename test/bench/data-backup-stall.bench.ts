/**
 * How long a backup holds the main loop, before and after moving its check
 * into a worker thread (main/core/data/backup-check.ts), side by side in one
 * run on one 300-team event (4 members each, 10 jurors, 8 criteria, every
 * sheet submitted: 27,000 score events):
 *   npx tsx test/bench/run.ts data-backup-stall
 * - in_thread: the previous writeBackup (online copy in steps, then
 *   journal_mode=DELETE + integrity_check + summary on the calling thread);
 * - worker: writeBackup as it is now (the source worker, started with tsx);
 * - built_worker: the same with out/main/backup-worker.js, as the app ships it
 *   (when `npx electron-vite build` has run);
 * - copy_only: the online copy alone (what stays on the main thread);
 * - restore_check: the check before a restore, in-thread and in the worker;
 * - idle: the same probe with nothing running (this machine's noise floor).
 * The probe is data-backup.bench.ts's: a setImmediate ticker; the figure is
 * the longest wait between two ticks. Rounds alternate the variants.
 */
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BackupWorkerOptions } from '../../main/core/data/backup-check';
import { inspectBackupFile, inspectBackupFileOffThread, writeBackup } from '../../main/core/data/backup-file';
import { finaliseBackupCopy } from '../../main/core/data/backup-inspect';
import { closeDatabase, type Db } from '../../main/core/db/open';
import { buildLargeScoredEvent } from '../support/large-event';
import { type Bench, type BenchFigure, percentile } from './figure';

const TEAMS = 300;
const JURORS = 10;
const CRITERIA = 8;
const ROUNDS = 5;
const BUILT_WORKER = resolve(import.meta.dirname, '..', '..', 'out', 'main', 'backup-worker.js');

const buildEvent = (path: string): Db =>
  buildLargeScoredEvent(path, { teams: TEAMS, jurors: JURORS, criteria: CRITERIA });

/** The previous writeBackup, kept here as the "before": every step on the calling thread. */
async function writeBackupInThread(db: Db, dir: string, name: string): Promise<boolean> {
  mkdirSync(dir, { recursive: true });
  const partial = join(dir, `.${name}.partial`);
  rmSync(partial, { force: true });
  await db.backup(partial, { progress: () => 256 });
  const check = finaliseBackupCopy(partial);
  renameSync(partial, join(dir, check.ok ? name : `${name}.corrupt`));
  return check.ok;
}

/** The longest wait between two turns of the event loop while `work` runs, and how long it ran. */
async function probe(work: () => Promise<unknown>): Promise<{ stall: number; ms: number }> {
  let last = performance.now();
  let worst = 0;
  let running = true;
  const tick = () => {
    if (!running) return;
    const now = performance.now();
    worst = Math.max(worst, now - last);
    last = now;
    setImmediate(tick);
  };
  setImmediate(tick);
  const start = performance.now();
  await work();
  const ms = performance.now() - start;
  // One more turn, so the ticker records the wait that ended with the work.
  await new Promise((done) => setImmediate(done));
  running = false;
  return { stall: worst, ms };
}

const median = (samples: number[]) =>
  percentile(
    [...samples].sort((a, b) => a - b),
    50,
  );
const round1 = (value: number) => Math.round(value * 10) / 10;

const bench: Bench = async () => {
  const dir = mkdtempSync(join(tmpdir(), 'pitch-jury-bench-backup-'));
  const db = buildEvent(join(dir, 'event.sqlite'));
  const built: BackupWorkerOptions | null = existsSync(BUILT_WORKER)
    ? { workerUrl: pathToFileURL(BUILT_WORKER) }
    : null;
  type Variant =
    | 'inThread'
    | 'worker'
    | 'builtWorker'
    | 'copyOnly'
    | 'restoreInThread'
    | 'restoreWorker'
    | 'idle';
  const stalls: Record<Variant, number[]> = {
    inThread: [],
    worker: [],
    builtWorker: [],
    copyOnly: [],
    restoreInThread: [],
    restoreWorker: [],
    idle: [],
  };
  const durations: Record<Variant, number[]> = {
    inThread: [],
    worker: [],
    builtWorker: [],
    copyOnly: [],
    restoreInThread: [],
    restoreWorker: [],
    idle: [],
  };
  const record = (variant: Variant, measured: { stall: number; ms: number }) => {
    stalls[variant].push(measured.stall);
    durations[variant].push(measured.ms);
  };
  try {
    const events = (db.prepare('SELECT count(*) AS n FROM score_event').get() as { n: number }).n;
    // The first turn after building the fixture pays for the build's garbage; let it pass.
    await new Promise((done) => setImmediate(done));
    let checked = '';
    for (let k = 0; k < ROUNDS; k++) {
      const backups = join(dir, `backups-${k}`);
      record(
        'inThread',
        await probe(async () => {
          if (!(await writeBackupInThread(db, backups, 'in-thread.sqlite'))) throw new Error('check failed');
        }),
      );
      record(
        'worker',
        await probe(async () => {
          const written = await writeBackup(db, backups, 'worker.sqlite');
          if (!written.ok) throw new Error('check failed');
          checked = written.path;
        }),
      );
      if (built) {
        record(
          'builtWorker',
          await probe(async () => {
            if (!(await writeBackup(db, backups, 'built.sqlite', { worker: built })).ok)
              throw new Error('check failed');
          }),
        );
      }
      record(
        'copyOnly',
        await probe(() => db.backup(join(backups, 'copy-only.sqlite'), { progress: () => 256 })),
      );
      record(
        'restoreInThread',
        await probe(async () => {
          if (!inspectBackupFile(checked, true).ok) throw new Error('check failed');
        }),
      );
      record(
        'restoreWorker',
        await probe(async () => {
          if (!(await inspectBackupFileOffThread(checked, true, built ?? {})).ok)
            throw new Error('check failed');
        }),
      );
      const idleFor = median(durations.worker);
      record('idle', await probe(() => new Promise((done) => setTimeout(done, idleFor))));
    }

    const fixture = `${TEAMS} teams × ${JURORS} jurors × ${CRITERIA} criteria, ${events} score events`;
    const stall = (id: string, variant: Variant, note: string): BenchFigure => ({
      id,
      value: round1(median(stalls[variant])),
      unit: 'ms',
      better: 'lower',
      note: `${note}; median of ${stalls[variant].length} (worst ${round1(Math.max(0, ...stalls[variant]))})`,
    });
    const duration = (id: string, variant: Variant, note: string): BenchFigure => ({
      id,
      value: round1(median(durations[variant])),
      unit: 'ms',
      better: 'lower',
      note: `${note}; median of ${durations[variant].length}`,
    });
    const figures: BenchFigure[] = [
      stall(
        'data.backup_main_stall_in_thread_ms',
        'inThread',
        `before: check on the main thread, ${fixture}`,
      ),
      stall('data.backup_main_stall_worker_ms', 'worker', 'after: check in the worker (source worker, tsx)'),
      stall(
        'data.backup_copy_only_main_stall_ms',
        'copyOnly',
        'the online copy alone (steps of 256 pages; its last step commits and syncs the copy)',
      ),
      stall('data.backup_idle_stall_ms', 'idle', 'the same probe with nothing running: the noise floor'),
      duration('data.backup_in_thread_ms', 'inThread', 'before: whole backup, check on the main thread'),
      duration('data.backup_worker_ms', 'worker', 'after: whole backup, worker start (with tsx) included'),
      stall(
        'data.restore_check_main_stall_in_thread_ms',
        'restoreInThread',
        'the check before a restore, in-thread (inspectBackupFile)',
      ),
      stall(
        'data.restore_check_main_stall_worker_ms',
        'restoreWorker',
        'the check before a restore, in the worker (inspectBackupFileOffThread)',
      ),
    ];
    if (built) {
      figures.splice(
        2,
        0,
        stall(
          'data.backup_main_stall_built_worker_ms',
          'builtWorker',
          'after: out/main/backup-worker.js, as shipped',
        ),
      );
      figures.push(
        duration('data.backup_built_worker_ms', 'builtWorker', 'after: whole backup with the built worker'),
      );
    }
    return figures;
  } finally {
    closeDatabase(db);
    rmSync(dir, { recursive: true, force: true });
  }
};

export default bench;
