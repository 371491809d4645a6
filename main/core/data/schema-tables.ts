/**
 * The live schema, read from SQLite itself, so the event JSON export covers
 * every table, including those other areas add in later migrations, without
 * a list to keep up to date.
 */
import type Database from 'better-sqlite3';
import { rowShape, selectAll } from '../db/rows';

export interface TableInfo {
  name: string;
  columns: string[];
  /** Columns that make up the primary key, in key order (for WITHOUT ROWID ordering). */
  primaryKey: string[];
  withoutRowid: boolean;
  /** Tables this one references through foreign keys (itself excluded). */
  references: string[];
}

type Sqlite = Database.Database;

/** Quotes an identifier for SQL ("a""b"): table and column names come from the schema, never from input. */
export function quoteId(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

export function readTables(db: Sqlite): TableInfo[] {
  const names = selectAll(
    db,
    rowShape({ name: 'text', sql: 'text?' }),
    "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'",
  ).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return names.map(({ name, sql }) => {
    const columns = selectAll(
      db,
      rowShape({ name: 'text', pk: 'num' }),
      `PRAGMA table_info(${quoteId(name)})`,
    );
    const fks = selectAll(db, rowShape({ table: 'text' }), `PRAGMA foreign_key_list(${quoteId(name)})`);
    return {
      name,
      columns: columns.map((c) => c.name),
      primaryKey: columns
        .filter((c) => c.pk > 0)
        .sort((a, b) => a.pk - b.pk)
        .map((c) => c.name),
      withoutRowid: /\bWITHOUT\s+ROWID\b/i.test(sql ?? ''),
      references: [...new Set(fks.map((f) => f.table))].filter((t) => t !== name).sort(),
    };
  });
}

/**
 * Parents before children (a team before its members), alphabetical among
 * equals so the order is stable. A cycle, which no migration creates today,
 * would leave its tables last in name order; the importer defers foreign key
 * checks to the commit, so any order still loads.
 */
export function foreignKeyOrder(tables: readonly TableInfo[]): TableInfo[] {
  const byName = new Map(tables.map((t) => [t.name, t]));
  const placed = new Set<string>();
  const out: TableInfo[] = [];
  let progress = true;
  while (progress) {
    progress = false;
    for (const table of tables) {
      if (placed.has(table.name)) continue;
      if (table.references.every((r) => placed.has(r) || !byName.has(r))) {
        placed.add(table.name);
        out.push(table);
        progress = true;
      }
    }
  }
  for (const table of tables) if (!placed.has(table.name)) out.push(table);
  return out;
}

/** Rows in a stable order: by rowid, or by primary key for WITHOUT ROWID tables. */
export function orderClause(table: TableInfo): string {
  if (!table.withoutRowid) return 'ORDER BY rowid';
  return table.primaryKey.length > 0 ? `ORDER BY ${table.primaryKey.map(quoteId).join(', ')}` : '';
}
