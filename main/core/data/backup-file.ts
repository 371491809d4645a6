/**
 * Backup files on disk: written with SQLite's online backup API (a file copy
 * of a live WAL database can miss committed pages still in the -wal file),
 * turned into a standalone single file (journal_mode=DELETE: no -wal or -shm
 * beside it on the USB stick), checked with PRAGMA integrity_check, and only
 * then given its final name, so a stick pulled out mid-write never leaves a
 * file that looks like a good backup.
 */
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { BackupEntry, BackupSummary } from '../../../common/contract/data';
import type { Db } from '../db/open';
import { parseBackupFileName } from './backup-policy';

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
}

/** Writes `name` into `dir` (created if needed); a backup failing its check is kept as `name.corrupt`. */
export async function writeBackup(
  db: Db,
  dir: string,
  name: string,
  options: WriteBackupOptions = {},
): Promise<WrittenBackup> {
  mkdirSync(dir, { recursive: true });
  const partial = join(dir, `.${name}.partial`);
  rmSync(partial, { force: true });
  const pages = options.pagesPerStep ?? 256;
  try {
    await db.backup(partial, { progress: () => pages });
    const check = finaliseBackupFile(partial);
    const finalName = check.ok ? name : `${name}.corrupt`;
    const path = join(dir, finalName);
    renameSync(partial, path);
    return { path, name: finalName, ok: check.ok, summary: check.summary, sizeBytes: statSync(path).size };
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
}

/** Makes the copy standalone, then checks it. Never throws: an unreadable copy is simply not ok. */
function finaliseBackupFile(path: string): { ok: boolean; summary: BackupSummary | null } {
  let db: Database.Database | null = null;
  try {
    db = new Database(path, { fileMustExist: true });
    db.pragma('journal_mode = DELETE');
    const ok = integrityOk(db);
    return { ok, summary: ok ? summarise(db) : null };
  } catch {
    return { ok: false, summary: null };
  } finally {
    db?.close();
  }
}

function integrityOk(db: Database.Database): boolean {
  const rows = db.pragma('integrity_check') as { integrity_check: string }[];
  return rows.length === 1 && rows[0]?.integrity_check === 'ok';
}

function tableExists(db: Database.Database, table: string): boolean {
  return db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(table) !== undefined;
}

function count(db: Database.Database, table: string): number {
  return (db.prepare(`SELECT count(*) AS n FROM "${table}"`).get() as { n: number }).n;
}

/** What the restore confirmation shows. Throws when the file is not a Pitch Jury event. */
export function summarise(db: Database.Database): BackupSummary {
  const event = db.prepare('SELECT name FROM event WHERE id = 1').get() as { name: string } | undefined;
  if (!event) throw new Error('not a Pitch Jury event: no event row');
  return {
    eventName: event.name,
    teams: count(db, 'team'),
    jurors: count(db, 'juror'),
    criteria: count(db, 'criterion'),
    scores: tableExists(db, 'score_event') ? count(db, 'score_event') : null,
    schemaVersion: db.pragma('user_version', { simple: true }) as number,
  };
}

/**
 * Opens a backup read-only and reports what it holds; with `check`, runs the
 * full integrity check first (before a restore). Never throws.
 */
export function inspectBackupFile(
  path: string,
  check: boolean,
): { ok: boolean; summary: BackupSummary | null } {
  let db: Database.Database | null = null;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
    if (check && !integrityOk(db)) return { ok: false, summary: null };
    return { ok: true, summary: summarise(db) };
  } catch {
    return { ok: false, summary: null };
  } finally {
    db?.close();
  }
}

/**
 * The backups of one event (by tag) in `dir`, newest first, with their
 * summary (read, not re-checked: the check ran when each was written, and runs
 * again before a restore). A folder that does not exist yet lists nothing.
 */
export function listBackups(dir: string, tag: string): BackupEntry[] {
  if (!existsSync(dir)) return [];
  const entries: BackupEntry[] = [];
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
