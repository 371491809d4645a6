/**
 * Restoring a backup over an event file. The rule: the current file is never
 * replaced before a verified copy of it exists. The app keeps that copy as a
 * "before-restore" backup (listed, and restorable in turn); the CLI keeps it
 * next to the target.
 */
import { copyFileSync, existsSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import type { BackupSummary } from '../../../common/contract/data';
import type { AppContext } from '../context/app-context';
import { switchEvent } from '../context/switch-event';
import { LATEST_SCHEMA_VERSION } from '../db/open';
import { DomainError } from '../errors';
import { closeEventFile, openEventFile } from '../event-file';
import { inspectBackupFileOffThread } from './backup-file';
import { compactTime } from './backup-policy';
import type { BackupService } from './backup-service';

/**
 * Refuses a backup that is damaged, not a Pitch Jury event, or written by a
 * newer Pitch Jury. The full integrity check runs in a worker thread so a
 * restore never freezes the projector's timer.
 */
export async function checkRestorable(backupPath: string): Promise<BackupSummary> {
  if (!existsSync(backupPath)) throw new DomainError('backup.notFound');
  const { ok, summary } = await inspectBackupFileOffThread(backupPath, true);
  if (!ok || !summary) throw new DomainError('backup.corrupt');
  if (summary.schemaVersion > LATEST_SCHEMA_VERSION) {
    throw new DomainError('db.newerThanApp', {
      fileVersion: summary.schemaVersion,
      appVersion: LATEST_SCHEMA_VERSION,
    });
  }
  return summary;
}

/**
 * Puts a copy of the backup at `targetPath`. Every connection to the target
 * must be closed, and a copy of it kept, before calling this.
 */
export function replaceEventFile(backupPath: string, targetPath: string): void {
  const staging = join(dirname(targetPath), `.${basename(targetPath)}.restoring`);
  copyFileSync(backupPath, staging);
  // SQLite pairs a -wal or -journal with its database by name: one left beside
  // the target would be replayed onto the restored file and corrupt it.
  for (const suffix of ['-wal', '-shm', '-journal']) rmSync(`${targetPath}${suffix}`, { force: true });
  renameSync(staging, targetPath);
}

/**
 * The app's restore: checks the backup, saves the open event as a
 * "before-restore" backup (verified), then replaces the file in place and
 * reopens it (migrating a backup from an older version). If the restored file
 * cannot be opened, the saved copy is put back.
 */
export async function restoreFromBackup(
  ctx: AppContext,
  service: BackupService,
  name: string,
): Promise<{ path: string; safetyCopy: string }> {
  const session = ctx.requireEventFile();
  const entry = service.list().find((e) => e.name === name);
  if (!entry) throw new DomainError('backup.notFound');
  if (entry.status !== 'ok') throw new DomainError('backup.corrupt');
  const backupPath = service.pathOf(name);
  if (!backupPath) throw new DomainError('backup.notFound');
  await checkRestorable(backupPath);

  const safety = await service.backup('before-restore');
  if (ctx.eventFile !== session) throw new DomainError('error.notFound'); // another file was opened meanwhile
  const path = session.path;
  closeEventFile(session);
  ctx.eventFile = null;
  try {
    replaceEventFile(backupPath, path);
    switchEvent(ctx, openEventFile(path));
  } catch (error) {
    replaceEventFile(safety.path, path);
    switchEvent(ctx, openEventFile(path));
    throw error;
  }
  ctx.changed(['backup']);
  return { path, safetyCopy: safety.path };
}

/**
 * The CLI's restore: refuses to replace an existing file without `force`, and
 * with it keeps an online copy of that file beside it first.
 */
export async function restoreToPath(
  backupPath: string,
  targetPath: string,
  options: { force: boolean; now?: Date },
): Promise<{ summary: BackupSummary; safetyCopy: string | null }> {
  const summary = await checkRestorable(backupPath);
  let safetyCopy: string | null = null;
  if (existsSync(targetPath)) {
    if (!options.force) throw new DomainError('restore.targetExists', { path: targetPath });
    const stem = basename(targetPath).replace(/\.sqlite$/i, '');
    safetyCopy = join(
      dirname(targetPath),
      `${stem}.before-restore-${compactTime(options.now ?? new Date())}.sqlite`,
    );
    // A plain connection, no migration: the file is copied exactly as it is, whatever its version.
    const current = new Database(targetPath, { fileMustExist: true });
    try {
      await current.backup(safetyCopy);
    } finally {
      current.close();
    }
  }
  replaceEventFile(backupPath, targetPath);
  closeEventFile(openEventFile(targetPath)); // migrates an older backup and proves it opens
  return { summary, safetyCopy };
}
