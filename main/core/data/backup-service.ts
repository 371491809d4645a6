/**
 * Backups of the open event, one service per AppContext (built with it in
 * main/core/api/core.ts): automatic ones on a timer (the timer lives in
 * main/index.ts, the decision here), milestone ones when milestones.ts calls
 * `milestone`, manual ones from the Data page.
 * Backups run one at a time (a queue), never throw out of a milestone, and
 * fall back to the laptop's own folder when the chosen one (a USB stick) is
 * gone, saying so in the status the Data page shows.
 */
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { BackupEntry, BackupReason } from '../../../common/contract/data';
import type { AppContext } from '../context/app-context';
import type { Db } from '../db/open';
import { CountRow, selectOne } from '../db/rows';
import { DomainError } from '../errors';
import { readEventInfo, readEventUid } from '../event/event-info';
import { fileStem } from '../event-file';
import { isFolder, listBackups, type WrittenBackup, writeBackup } from './backup-file';
import {
  backupFileName,
  DEFAULT_KEEP_MILESTONES,
  eventTag,
  isBackupDue,
  planRotation,
} from './backup-policy';

export interface BackupProblem {
  code: string;
  params: Record<string, string | number>;
}

export interface BackupServiceOptions {
  now?: () => Date;
  pagesPerStep?: number;
}

export class BackupService {
  private queue: Promise<unknown> = Promise.resolve();
  private pending = 0;
  /** Per event file: when its last good backup was taken and how many changes the connection had made then. */
  private last: { path: string; at: number; changes: number } | null = null;
  lastSuccessAt: string | null = null;
  lastProblem: BackupProblem | null = null;

  constructor(
    private readonly ctx: AppContext,
    private readonly options: BackupServiceOptions = {},
  ) {}

  get running(): boolean {
    return this.pending > 0;
  }

  /** The default folder is on this laptop; the chosen one (settings) is usually a USB stick. */
  defaultFolder(): string {
    return join(this.ctx.options.dataDir, 'backups');
  }

  folder(): { dir: string; isDefault: boolean } {
    const chosen = this.ctx.settings.get().backup.dir;
    return chosen ? { dir: chosen, isDefault: false } : { dir: this.defaultFolder(), isDefault: true };
  }

  /** The chosen folder (a USB stick) is set but not there: backups go to the laptop's folder. */
  folderMissing(): boolean {
    const folder = this.folder();
    return !folder.isDefault && !isFolder(folder.dir);
  }

  /**
   * Backups of the open event, newest first, from the chosen folder and from
   * the laptop's folder: backups taken before a USB stick was chosen, or while
   * it was pulled out, stay listed (and restorable) instead of seeming to vanish.
   * A name in both folders is listed once, from the chosen one.
   */
  list(): BackupEntry[] {
    const session = this.ctx.eventFile;
    if (!session) return [];
    const tag = eventTag(readEventUid(session.db));
    const folder = this.folder();
    const chosen = folder.isDefault
      ? []
      : listBackups(folder.dir, tag).map((e) => ({ ...e, location: 'chosen' as const }));
    const names = new Set(chosen.map((e) => e.name));
    const laptop = listBackups(this.defaultFolder(), tag)
      .filter((e) => !names.has(e.name))
      .map((e) => ({ ...e, location: 'laptop' as const }));
    return [...chosen, ...laptop].sort((a, b) =>
      a.at < b.at ? 1 : a.at > b.at ? -1 : a.name < b.name ? 1 : -1,
    );
  }

  /** Where a listed backup is on disk, or null when it is not (or no longer) listed. */
  pathOf(name: string): string | null {
    const entry = this.list().find((e) => e.name === name);
    if (!entry) return null;
    return join(entry.location === 'chosen' ? this.folder().dir : this.defaultFolder(), name);
  }

  /** Queues a backup of the open event; resolves with what was written, rejects with a DomainError. */
  backup(reason: BackupReason): Promise<WrittenBackup> {
    this.pending++;
    const run = this.queue.then(() => this.runBackup(reason));
    this.queue = run.catch(() => undefined);
    return run.finally(() => {
      this.pending--;
    });
  }

  /** Resolves once every backup queued so far has finished (tests, and a clean quit). */
  async whenIdle(): Promise<void> {
    while (this.pending > 0) await this.queue;
  }

  /** Called by the timer: takes a periodic backup when one is due. Never rejects. */
  async tick(): Promise<void> {
    const session = this.ctx.eventFile;
    if (!session || this.running) return;
    const interval = this.ctx.settings.get().backup.intervalMinutes * 60_000;
    const last = this.last?.path === session.path ? this.last : null;
    const due = isBackupDue({
      now: this.now().getTime(),
      lastAt: last?.at ?? null,
      intervalMs: interval,
      changedSince: last === null || totalChanges(session.db) !== last.changes,
    });
    if (!due) return;
    await this.backup('periodic').then(
      () => this.ctx.changed(['backup']),
      () => this.ctx.changed(['backup']),
    );
  }

  /**
   * A milestone (results locked, a team fully scored, see milestones.ts): a
   * backup now, in the background. Never rejects: a failed backup shows on
   * the Data page, it must not fail the action that triggered it.
   */
  milestone(reason: Exclude<BackupReason, 'periodic'>): Promise<void> {
    if (!this.ctx.eventFile) return Promise.resolve();
    return this.backup(reason)
      .then(
        () => this.ctx.changed(['backup']),
        () => this.ctx.changed(['backup']),
      )
      .catch(() => undefined);
  }

  private now(): Date {
    return this.options.now?.() ?? new Date();
  }

  private async runBackup(reason: BackupReason): Promise<WrittenBackup> {
    const session = this.ctx.eventFile;
    if (!session) throw new DomainError('error.noEvent');
    const { db, path } = session;
    const at = this.now();
    const changes = totalChanges(db);
    const uid = readEventUid(db);
    const name = backupFileName(fileStem(readEventInfo(db).name), uid, at, reason);
    const folder = this.folder();
    let written: WrittenBackup;
    let problem: BackupProblem | null = null;
    try {
      // Only the laptop's own folder is ever created: a chosen folder that is gone is not re-made.
      written = await this.write(db, folder.dir, name, folder.isDefault);
    } catch (error) {
      if (folder.isDefault || !db.open) throw this.fail(error);
      // The USB stick is gone or full: keep the data safe on the laptop, and say so.
      problem = { code: 'backup.folderUnavailable', params: { path: folder.dir } };
      try {
        written = await this.write(db, this.defaultFolder(), name, true);
      } catch (fallbackError) {
        throw this.fail(fallbackError);
      }
    }
    if (!written.ok) {
      // Kept as `….corrupt` (listed, never restored); the previous good backups stay.
      this.lastProblem = { code: 'backup.verifyFailed', params: { name: written.name } };
      throw new DomainError('backup.verifyFailed', { name: written.name });
    }
    this.last = { path, at: at.getTime(), changes };
    this.lastSuccessAt = at.toISOString();
    this.lastProblem = problem;
    this.rotate(dirname(written.path), eventTag(uid));
    return written;
  }

  private write(db: Db, dir: string, name: string, createDir: boolean): Promise<WrittenBackup> {
    return writeBackup(db, dir, name, {
      createDir,
      ...(this.options.pagesPerStep ? { pagesPerStep: this.options.pagesPerStep } : {}),
    });
  }

  private fail(error: unknown): DomainError {
    const message = error instanceof Error ? error.message : String(error);
    this.lastProblem = { code: 'backup.failed', params: { message } };
    return new DomainError('backup.failed', { message });
  }

  private rotate(dir: string, tag: string): void {
    const entries = listBackups(dir, tag).map((e) => ({
      name: e.name,
      at: new Date(e.at),
      reason: e.reason,
      corrupt: e.status === 'corrupt',
    }));
    const { keep } = this.ctx.settings.get().backup;
    for (const name of planRotation(entries, {
      keepPeriodic: keep,
      keepMilestones: DEFAULT_KEEP_MILESTONES,
    })) {
      rmSync(join(dir, name), { force: true });
    }
  }
}

/** Changes made through this connection since it opened (every write of the app goes through it). */
function totalChanges(db: Db): number {
  return selectOne(db, CountRow, 'SELECT total_changes() AS n').n;
}

/**
 * Starts the periodic check (main/index.ts calls it once). Checks every
 * `checkEveryMs`; the interval itself is a setting, so changing it needs no
 * restart. Returns the function that stops it.
 */
export function startBackupTimer(service: BackupService, checkEveryMs = 30_000): () => void {
  const timer = setInterval(() => {
    void service.tick().then(() => undefined);
  }, checkEveryMs);
  timer.unref?.();
  return () => clearInterval(timer);
}
