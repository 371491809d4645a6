/**
 * Backup files on disk: written with SQLite's online backup API (a file copy
 * of a live WAL database can miss committed pages still in the -wal file),
 * turned into a standalone single file (journal_mode=DELETE: no -wal or -shm
 * beside it on the USB stick), checked with PRAGMA integrity_check, and only
 * then given its final name, so a stick pulled out mid-write never leaves a
 * file that looks like a good backup. The copy runs in steps with the event
 * loop turning between them; making it standalone and checking it run in a
 * worker thread (backup-check.ts), so the main loop never waits for either.
 */
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { BackupEntry, BackupSummary } from '../../../common/contract/data';
import type { Db } from '../db/open';
import { type BackupWorkerOptions, checkOffThread } from './backup-check';
import { type BackupCheck, inspectBackupPath } from './backup-inspect';
import { parseBackupFileName } from './backup-policy';

export { summarise } from './backup-inspect';

export interface WrittenBackup {
  path: string;
  name: string;
  ok: boolean;
  summary: BackupSummary | null;
  sizeBytes: number;
}

export interface WriteBackupOptions {
  /**
   * Pages copied per step; the event loop runs between steps, so the app keeps
   * answering (and writing scores) during a backup. Default 256 (1 MB at 4 KB pages).
   */
  pagesPerStep?: number;
  /** Where the checking worker is (tests of the built app point it at out/main/backup-worker.js). */
  worker?: BackupWorkerOptions;
  /**
   * Create `dir` when it is missing (default true). False for a folder the
   * organiser chose: a USB stick pulled out leaves its path behind, and
   * re-creating it would put "USB" backups on the laptop's own disk.
   */
  createDir?: boolean;
}

/** Thrown when a chosen backup folder is not there (a USB stick pulled out). */
export class BackupFolderMissing extends Error {
  constructor(readonly dir: string) {
    super(`backup folder missing: ${dir}`);
    this.name = 'BackupFolderMissing';
  }
}

export function isFolder(dir: string): boolean {
  try {
    return statSync(dir).isDirectory();
  } catch {
    return false;
  }
}

/** Writes `name` into `dir` (created if needed); a backup failing its check is kept as `name.corrupt`. */
export async function writeBackup(
  db: Db,
  dir: string,
  name: string,
  options: WriteBackupOptions = {},
): Promise<WrittenBackup> {
  if (options.createDir === false) {
    if (!isFolder(dir)) throw new BackupFolderMissing(dir);
  } else mkdirSync(dir, { recursive: true });
  const partial = join(dir, `.${name}.partial`);
  rmSync(partial, { force: true });
  const pages = options.pagesPerStep ?? 256;
  try {
    await db.backup(partial, { progress: () => pages });
    const check = await checkOffThread({ kind: 'finalise', path: partial }, options.worker);
    const finalName = check.ok ? name : `${name}.corrupt`;
    const path = join(dir, finalName);
    renameSync(partial, path);
    return { path, name: finalName, ok: check.ok, summary: check.summary, sizeBytes: statSync(path).size };
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
}

/**
 * Opens a backup read-only and reports what it holds; with `check`, runs the
 * full integrity check first, in this thread. Never throws. Prefer
 * inspectBackupFileOffThread when checking from the main process.
 */
export function inspectBackupFile(path: string, check: boolean): BackupCheck {
  return inspectBackupPath(path, check);
}

/** inspectBackupFile in a worker thread: the integrity check (before a restore) never stalls the caller. */
export function inspectBackupFileOffThread(
  path: string,
  check: boolean,
  worker?: BackupWorkerOptions,
): Promise<BackupCheck> {
  return checkOffThread({ kind: 'inspect', path, check }, worker);
}

/**
 * The backups of one event (by tag) in `dir`, newest first, with their
 * summary (read, not re-checked: the check ran when each was written, and runs
 * again before a restore). A folder that does not exist yet lists nothing.
 */
export function listBackups(dir: string, tag: string): Omit<BackupEntry, 'location'>[] {
  if (!existsSync(dir)) return [];
  const entries: Omit<BackupEntry, 'location'>[] = [];
  for (const name of readdirSync(dir)) {
    const parsed = parseBackupFileName(name);
    if (!parsed || parsed.tag !== tag) continue;
    let sizeBytes = 0;
    try {
      sizeBytes = statSync(join(dir, name)).size;
    } catch {
      continue; // removed while listing
    }
    const inspected = parsed.corrupt
      ? { ok: false, summary: null }
      : inspectBackupFile(join(dir, name), false);
    entries.push({
      name,
      at: parsed.at.toISOString(),
      reason: parsed.reason,
      sizeBytes,
      status: inspected.ok ? 'ok' : 'corrupt',
      summary: inspected.summary,
    });
  }
  return entries.sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : a.name < b.name ? 1 : -1));
}
