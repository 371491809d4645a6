/**
 * What is checked on a backup file, as plain synchronous functions over its
 * own connection. They run in the backup worker thread (backup-worker.ts), so
 * a full integrity check (≈ 90 ms on a 300-team event, all of it holding the
 * thread) never stalls the main loop that drives the projector timer; the
 * same functions run in the caller's thread when no worker can be started.
 * Imports nothing but better-sqlite3: the worker bundle stays small.
 */
import Database from 'better-sqlite3';
import type { BackupSummary } from '../../../common/contract/data';
import { CountRow, rowShape, selectMaybe, selectOne } from '../db/rows';

export interface BackupCheck {
  ok: boolean;
  summary: BackupSummary | null;
}

export function integrityOk(db: Database.Database): boolean {
  const rows = db.pragma('integrity_check') as { integrity_check: string }[];
  return rows.length === 1 && rows[0]?.integrity_check === 'ok';
}

function tableExists(db: Database.Database, table: string): boolean {
  return db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(table) !== undefined;
}

function count(db: Database.Database, table: string): number {
  return selectOne(db, CountRow, `SELECT count(*) AS n FROM "${table}"`).n;
}

/** What the restore confirmation shows. Throws when the file is not a Pitch Jury event. */
export function summarise(db: Database.Database): BackupSummary {
  const event = selectMaybe(db, rowShape({ name: 'text' }), 'SELECT name FROM event WHERE id = 1');
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
export function inspectBackupPath(path: string, check: boolean): BackupCheck {
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
 * Makes a fresh online copy standalone (journal_mode=DELETE: no -wal or -shm
 * beside it on the USB stick), then checks it read-only. The copy is private
 * to the backup being written (a `.partial` name nobody else opens). Never
 * throws: an unreadable copy is simply not ok.
 */
export function finaliseBackupCopy(path: string): BackupCheck {
  try {
    const db = new Database(path, { fileMustExist: true });
    try {
      db.pragma('journal_mode = DELETE');
    } finally {
      db.close();
    }
  } catch {
    return { ok: false, summary: null };
  }
  return inspectBackupPath(path, true);
}
