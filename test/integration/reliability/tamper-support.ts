/**
 * Helpers for the tamper tests: a settled copy of an event file, edits made
 * the way someone with the file and the sqlite3 shell would make them
 * (append-only triggers dropped, CHECK constraints ignored), byte flips in
 * the database pages of the score log, and a dump of the log to tell a byte flip
 * that changed what the file says from one that landed in unused space.
 */
import { copyFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import Database from 'better-sqlite3';

let copies = 0;
const nextName = (stem: string) => {
  copies += 1;
  return `${stem}-${copies}.sqlite`;
};

/** A standalone copy (journal_mode=DELETE, no -wal/-shm beside it) of a closed event file. */
export function settledCopy(path: string, dir: string): string {
  const out = join(dir, nextName('pristine'));
  copyFileSync(path, out);
  const db = new Database(out);
  db.pragma('journal_mode = DELETE');
  db.close();
  return out;
}

/** A copy of `pristine` edited by `edit` with the protections an attacker would remove. */
export function tamperedCopy(pristine: string, dir: string, edit: (db: Database.Database) => void): string {
  const out = join(dir, nextName('tampered'));
  copyFileSync(pristine, out);
  const db = new Database(out);
  try {
    for (const trigger of [
      'score_event_no_update',
      'score_event_no_delete',
      'results_lock_no_update',
      'results_lock_no_delete',
    ])
      db.exec(`DROP TRIGGER IF EXISTS ${trigger}`);
    db.pragma('ignore_check_constraints = ON');
    edit(db);
  } finally {
    db.close();
  }
  return out;
}

/** Removes a scratch database and whatever a read-only open left beside it. */
export function removeDb(path: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${path}${suffix}`, { force: true });
}

/** Byte ranges of the score log's b-tree leaf pages that can hold data: header, cell pointers, cell area. */
export function scoreLeafRanges(path: string): { page: number; start: number; end: number }[] {
  const db = new Database(path, { readonly: true });
  try {
    const pageSize = db.pragma('page_size', { simple: true }) as number;
    const pages = db
      .prepare(
        "SELECT pageno, ncell FROM dbstat WHERE name = 'score_event' AND pagetype = 'leaf' ORDER BY pageno",
      )
      .all() as { pageno: number; ncell: number }[];
    const bytes = readFileSync(path);
    const ranges: { page: number; start: number; end: number }[] = [];
    for (const { pageno, ncell } of pages) {
      const base = (pageno - 1) * pageSize;
      // Leaf page header: 8 bytes; then 2 bytes per cell pointer; cells from the content offset to the end.
      ranges.push({ page: pageno, start: base, end: base + 8 + 2 * ncell });
      const contentStart = bytes.readUInt16BE(base + 5) || 65536;
      ranges.push({ page: pageno, start: base + contentStart, end: base + pageSize });
    }
    return ranges;
  } finally {
    db.close();
  }
}

/** The score log as SQLite reads it (rowid included); throws when SQLite cannot read it. */
export function scoreLogDump(path: string): unknown {
  const db = new Database(path, { readonly: true });
  try {
    return db.prepare('SELECT rowid AS _rowid, * FROM score_event').all();
  } finally {
    db.close();
  }
}

/** Whether the score log of `mutated` says something else than `originalDump` (unreadable counts as different). */
export function changesContent(originalDump: unknown, mutated: string): boolean {
  try {
    return !isDeepStrictEqual(originalDump, scoreLogDump(mutated));
  } catch {
    return true;
  }
}

/** Writes `bytes` with one byte XORed by `mask` (1–255) to `path`. */
export function writeFlipped(bytes: Buffer, offset: number, mask: number, path: string): void {
  const copy = Buffer.from(bytes);
  copy[offset] = (copy[offset] as number) ^ mask;
  writeFileSync(path, copy);
}
