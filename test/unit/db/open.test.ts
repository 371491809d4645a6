import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import {
  closeDatabase,
  LATEST_SCHEMA_VERSION,
  openDatabase,
  schemaVersion,
} from '../../../main/core/db/open';
import { DomainError } from '../../../main/core/errors';
import { tempDir } from '../../support/temp';

describe('openDatabase', () => {
  const dir = tempDir();

  it('sets WAL, synchronous=FULL and foreign keys on every open, including a reopen', () => {
    const path = join(dir, 'event.sqlite');
    for (let i = 0; i < 2; i++) {
      const db = openDatabase(path);
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      // 2 = FULL (NORMAL, 1, lost acknowledged commits in power-cut tests)
      expect(db.pragma('synchronous', { simple: true })).toBe(2);
      expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
      closeDatabase(db);
    }
  });

  it('migrates a new file to the latest schema with STRICT tables', () => {
    const db = openDatabase(join(dir, 'fresh.sqlite'));
    expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
    const tables = db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table'").all() as {
      name: string;
      sql: string;
    }[];
    expect(tables.map((t) => t.name)).toEqual(
      expect.arrayContaining(['event', 'team', 'member', 'juror', 'criterion']),
    );
    for (const t of tables) expect(t.sql, t.name).toMatch(/STRICT$/);
    closeDatabase(db);
  });

  it('refuses a file written by a newer version, with a clear message, and leaves it untouched', () => {
    const path = join(dir, 'newer.sqlite');
    closeDatabase(openDatabase(path));
    const raw = new Database(path);
    raw.pragma('journal_mode = DELETE'); // fold the WAL so the bytes we compare are the whole file
    raw.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    raw.close();
    const before = readFileSync(path);
    let error: unknown;
    try {
      openDatabase(path);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe('db.newerThanApp');
    expect((error as DomainError).params).toEqual({
      fileVersion: LATEST_SCHEMA_VERSION + 1,
      appVersion: LATEST_SCHEMA_VERSION,
    });
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('refuses another application’s SQLite file instead of adding tables to it', () => {
    const path = join(dir, 'other.sqlite');
    const raw = new Database(path);
    raw.exec('CREATE TABLE invoices (id INTEGER PRIMARY KEY)');
    raw.close();
    expect(() => openDatabase(path)).toThrow(expect.objectContaining({ code: 'db.notAnEvent' }));
    const check = new Database(path);
    expect(check.prepare("SELECT name FROM sqlite_master WHERE type='table'").all()).toEqual([
      { name: 'invoices' },
    ]);
    check.close();
  });

  it('refuses a file that is not SQLite at all', () => {
    const path = join(dir, 'garbage.sqlite');
    writeFileSync(path, 'this is not a database at all, just text that is long enough to look like a header');
    expect(() => openDatabase(path)).toThrow();
  });
});
