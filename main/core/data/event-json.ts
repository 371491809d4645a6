/**
 * The whole event as one JSON document, and back into a fresh event file.
 *
 *   { format: 'pitch-jury-event', formatVersion: 1, schemaVersion, exportedAt,
 *     tables: { <table>: [ { <column>: value } ] } }
 *
 * Table-driven over the live schema: every table of the file, every column,
 * rows in rowid order, blobs as { "$base64": "…" }. `schemaVersion` is the
 * file's migration level, so an export from an older Pitch Jury is loaded at
 * that level and then migrated like any old file.
 *
 * Loading writes into a new file only: the database is created at the
 * export's schema version, seeded rows are replaced by the exported ones, and
 * every row goes in with its own ids (the score log's hashes cover them) in one
 * transaction, triggers set aside so that none re-derives or refuses what the
 * export already holds exactly, foreign keys checked at commit.
 */
import { existsSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { z } from 'zod';
import { MIGRATIONS } from '../db/migrations';
import type { Db } from '../db/open';
import { closeDatabase, LATEST_SCHEMA_VERSION, openDatabase, schemaVersion } from '../db/open';
import { rowShape, selectAll } from '../db/rows';
import { DomainError } from '../errors';
import { readEventInfo } from '../event/event-info';
import { firstOffGridScore } from '../scoring/grid-audit';
import { foreignKeyOrder, orderClause, quoteId, readTables } from './schema-tables';

export const EVENT_JSON_FORMAT = 'pitch-jury-event';
export const EVENT_JSON_FORMAT_VERSION = 1;
/** An event with a 2 MB logo and thousands of score entries weighs a few MB; this leaves room and stops a mistaken pick. */
export const MAX_EVENT_JSON_BYTES = 64 * 1024 * 1024;

export type JsonCell = null | number | string | { $base64: string };
export type JsonRow = Record<string, JsonCell>;

export interface EventJson {
  format: typeof EVENT_JSON_FORMAT;
  formatVersion: typeof EVENT_JSON_FORMAT_VERSION;
  schemaVersion: number;
  exportedAt: string;
  app?: { name: string; version: string };
  tables: Record<string, JsonRow[]>;
}

function toJsonCell(value: unknown): JsonCell {
  if (value === null || typeof value === 'string') return value;
  if (typeof value === 'number') {
    // JSON has no Infinity or NaN; the schema's CHECKs keep them out, and a silent null would be worse.
    if (!Number.isFinite(value)) throw new Error(`non-finite number ${value} cannot be exported`);
    return value;
  }
  if (typeof value === 'bigint') return Number(value);
  if (value instanceof Uint8Array) return { $base64: Buffer.from(value).toString('base64') };
  throw new Error(`unexpected SQLite value of type ${typeof value}`);
}

/** Reads every table in one transaction, so the document is one consistent moment of the event. */
/**
 * Local-network logins (token hashes, PIN hashes, request keys) belong to this
 * laptop's session with its phones, not to the event: a JSON copy travels by
 * email and must not carry offline-guessable PIN hashes.
 */
export function isLaptopOnlyTable(name: string): boolean {
  return name.startsWith('lan_');
}

export function exportEventJson(db: Db, meta: { now?: Date; appVersion?: string } = {}): EventJson {
  return db.transaction((): EventJson => {
    const tables: Record<string, JsonRow[]> = {};
    for (const table of foreignKeyOrder(readTables(db)).filter((t) => !isLaptopOnlyTable(t.name))) {
      const rows = db.prepare(`SELECT * FROM ${quoteId(table.name)} ${orderClause(table)}`).all() as Record<
        string,
        unknown
      >[];
      tables[table.name] = rows.map((row) =>
        Object.fromEntries(Object.entries(row).map(([column, value]) => [column, toJsonCell(value)])),
      );
    }
    return {
      format: EVENT_JSON_FORMAT,
      formatVersion: EVENT_JSON_FORMAT_VERSION,
      schemaVersion: schemaVersion(db),
      exportedAt: (meta.now ?? new Date()).toISOString(),
      ...(meta.appVersion ? { app: { name: 'Pitch Jury', version: meta.appVersion } } : {}),
      tables,
    };
  })();
}

/** The file's bytes: UTF-8 JSON, one row per line so two exports can be compared with a diff. */
export function eventJsonText(doc: EventJson): string {
  const { tables, ...head } = doc;
  const lines = ['{'];
  for (const [key, value] of Object.entries(head))
    lines.push(`  ${JSON.stringify(key)}: ${JSON.stringify(value)},`);
  lines.push('  "tables": {');
  const names = Object.keys(tables);
  names.forEach((name, i) => {
    const rows = tables[name] ?? [];
    const comma = i < names.length - 1 ? ',' : '';
    if (rows.length === 0) {
      lines.push(`    ${JSON.stringify(name)}: []${comma}`);
      return;
    }
    lines.push(`    ${JSON.stringify(name)}: [`);
    rows.forEach((row, j) => {
      lines.push(`      ${JSON.stringify(row)}${j < rows.length - 1 ? ',' : ''}`);
    });
    lines.push(`    ]${comma}`);
  });
  lines.push('  }', '}', '');
  return lines.join('\n');
}

const cell = z.union([z.null(), z.number(), z.string(), z.object({ $base64: z.string() }).strict()]);
const documentSchema = z.object({
  format: z.literal(EVENT_JSON_FORMAT),
  formatVersion: z.literal(EVENT_JSON_FORMAT_VERSION),
  schemaVersion: z.number().int().min(1),
  exportedAt: z.string(),
  app: z.object({ name: z.string(), version: z.string() }).optional(),
  tables: z.record(z.string(), z.array(z.record(z.string(), cell))),
});

/** Parses and checks the shape; throws DomainError('eventJson.invalid') with what is wrong. */
export function parseEventJson(text: string): EventJson {
  let raw: unknown;
  try {
    raw = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    throw new DomainError('eventJson.invalid', { details: error instanceof Error ? error.message : 'JSON' });
  }
  const parsed = documentSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new DomainError('eventJson.invalid', {
      details: issue ? `${issue.path.join('.') || 'document'}: ${issue.message}` : 'shape',
    });
  }
  const doc = parsed.data as EventJson;
  if (doc.schemaVersion > LATEST_SCHEMA_VERSION) {
    throw new DomainError('eventJson.newerThanApp', {
      fileVersion: doc.schemaVersion,
      appVersion: LATEST_SCHEMA_VERSION,
    });
  }
  return doc;
}

function fromJsonCell(value: JsonCell): null | number | string | Buffer {
  return value !== null && typeof value === 'object' ? Buffer.from(value.$base64, 'base64') : value;
}

/** A new database at exactly `version`: the migrations up to it, nothing after. */
function createAtVersion(path: string, version: number): Database.Database {
  const db = new Database(path);
  db.pragma('journal_mode = DELETE');
  db.pragma('foreign_keys = ON');
  db.transaction(() => {
    for (const migration of MIGRATIONS.slice(0, version)) migration.up(db);
    db.pragma(`user_version = ${version}`);
  })();
  return db;
}

function loadTables(db: Database.Database, doc: EventJson): void {
  const tables = foreignKeyOrder(readTables(db));
  const known = new Map(tables.map((t) => [t.name, t]));
  for (const name of Object.keys(doc.tables)) {
    if (!known.has(name))
      throw new DomainError('eventJson.unknownTable', { table: name, version: doc.schemaVersion });
  }
  const triggers = selectAll(
    db,
    rowShape({ name: 'text', sql: 'text' }),
    "SELECT name, sql FROM sqlite_master WHERE type = 'trigger'",
  );
  db.transaction(() => {
    db.pragma('defer_foreign_keys = ON');
    for (const trigger of triggers) db.exec(`DROP TRIGGER ${quoteId(trigger.name)}`);
    // Children first when clearing what the migrations seeded (settings rows and the like).
    for (const table of [...tables].reverse()) {
      if (doc.tables[table.name]) db.exec(`DELETE FROM ${quoteId(table.name)}`);
    }
    for (const table of tables) {
      const rows = doc.tables[table.name] ?? [];
      const statements = new Map<string, Database.Statement>();
      for (const row of rows) {
        const columns = Object.keys(row);
        const unknown = columns.find((c) => !table.columns.includes(c));
        if (unknown) throw new DomainError('eventJson.unknownColumn', { table: table.name, column: unknown });
        const key = columns.join('\u0000');
        let insert = statements.get(key);
        if (!insert) {
          insert = db.prepare(
            `INSERT INTO ${quoteId(table.name)} (${columns.map(quoteId).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
          );
          statements.set(key, insert);
        }
        insert.run(...columns.map((c) => fromJsonCell(row[c] ?? null)));
      }
    }
    for (const trigger of triggers) db.exec(trigger.sql);
    const broken = selectAll(db, rowShape({ table: 'text' }), 'PRAGMA foreign_key_check');
    if (broken.length > 0) throw new DomainError('eventJson.brokenLink', { table: broken[0]?.table ?? '' });
  })();
}

/**
 * Creates `path` (which must not exist) from the document, migrates it to this
 * app's version and checks it opens as an event. On any failure no file is left.
 */
export function importEventJson(doc: EventJson, path: string): void {
  if (existsSync(path)) throw new DomainError('error.invalidInput', { details: 'destination exists' });
  const staging = join(dirname(path), `.${basename(path)}.importing`);
  rmSync(staging, { force: true });
  try {
    const raw = createAtVersion(staging, doc.schemaVersion);
    try {
      loadTables(raw, doc);
      const check = raw.pragma('integrity_check', { simple: true });
      if (check !== 'ok') throw new Error(`integrity check: ${String(check)}`);
    } finally {
      raw.close();
    }
    const db = openDatabase(staging); // migrations after the export's version, WAL, the usual pragmas
    try {
      readEventInfo(db);
      const offGrid = firstOffGridScore(db);
      if (offGrid) throw new DomainError('eventJson.offGridScore', offGrid);
    } finally {
      closeDatabase(db);
    }
    renameSync(staging, path);
  } catch (error) {
    for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${staging}${suffix}`, { force: true });
    if (error instanceof DomainError) throw error;
    throw new DomainError('eventJson.rejected', {
      details: error instanceof Error ? error.message : String(error),
    });
  }
}
