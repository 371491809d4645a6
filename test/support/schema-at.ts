import Database from 'better-sqlite3';
import { MIGRATIONS } from '../../main/core/db/migrations';
import type { Db } from '../../main/core/db/open';

/**
 * Writes `source`'s data into a NEW file at `path` whose schema is exactly
 * migrations 1..`version` (nothing added since): the file an older Pitch Jury
 * would have written. Works because migrations are additive: every table and
 * column of an older schema is still in the newer one. Triggers (append-only
 * logs, guards) are dropped while copying, then put back, as the event JSON
 * import does.
 */
export function copyAtVersion(source: Db, path: string, version: number): void {
  const db = new Database(path);
  try {
    db.pragma('journal_mode = DELETE');
    db.transaction(() => {
      for (const migration of MIGRATIONS.slice(0, version)) migration.up(db);
      db.pragma(`user_version = ${version}`);
    })();
    const tables = (
      db
        .prepare(
          "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'",
        )
        .all() as { name: string }[]
    ).map((t) => t.name);
    const triggers = db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'").all() as {
      name: string;
      sql: string;
    }[];
    db.pragma('foreign_keys = OFF');
    db.transaction(() => {
      for (const trigger of triggers) db.exec(`DROP TRIGGER "${trigger.name}"`);
      for (const table of tables) {
        const columns = (db.prepare(`PRAGMA table_info("${table}")`).all() as { name: string }[]).map(
          (c) => `"${c.name}"`,
        );
        db.exec(`DELETE FROM "${table}"`);
        const rows = source
          .prepare(`SELECT ${columns.join(', ')} FROM "${table}"`)
          .raw()
          .all();
        const insert = db.prepare(
          `INSERT INTO "${table}" (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
        );
        for (const row of rows) insert.run(...(row as unknown[]));
      }
      for (const trigger of triggers) db.exec(trigger.sql);
    })();
  } finally {
    db.close();
  }
}
