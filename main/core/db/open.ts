import Database from 'better-sqlite3';
import { DomainError } from '../errors';
import { MIGRATIONS } from './migrations';
import { installVocabularyGuards } from './vocabulary-guards';

export type Db = Database.Database;

/**
 * The one way to open an event file. Every open sets the same pragmas because
 * SQLite forgets most of them per connection: WAL for concurrent readers,
 * synchronous=FULL because NORMAL lost acknowledged commits in power-cut tests,
 * foreign keys because SQLite leaves them off by default.
 */
export function openDatabase(path: string, options: { readonly?: boolean } = {}): Db {
  const db = new Database(path, {
    readonly: options.readonly ?? false,
    fileMustExist: options.readonly ?? false,
  });
  try {
    // Before anything that writes (switching to WAL rewrites the header): a file
    // from a newer Pitch Jury must stay byte-for-byte untouched.
    assertNotNewer(db);
    if (!options.readonly) db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    if (!options.readonly) {
      migrate(db);
      // After the migrations: they may rebuild a guarded table (its triggers go with it).
      installVocabularyGuards(db);
    }
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

export function closeDatabase(db: Db): void {
  if (!db.open) return;
  try {
    if (!db.readonly) db.pragma('optimize');
  } finally {
    db.close();
  }
}

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

export const LATEST_SCHEMA_VERSION = MIGRATIONS.length;

function assertNotNewer(db: Db): void {
  const version = schemaVersion(db);
  if (version > LATEST_SCHEMA_VERSION) {
    // Never downgrade or touch a file written by a newer Pitch Jury: the organiser
    // would lose what the newer version stored.
    throw new DomainError('db.newerThanApp', { fileVersion: version, appVersion: LATEST_SCHEMA_VERSION });
  }
}

/** Applies every pending migration in one transaction, so a file is never half-migrated. */
function migrate(db: Db): void {
  assertNotNewer(db);
  const version = schemaVersion(db);
  if (version === LATEST_SCHEMA_VERSION) return;
  if (version === 0 && hasTables(db)) {
    // Some other application's SQLite file: adding our tables to it would damage it.
    throw new DomainError('db.notAnEvent');
  }
  const pending = MIGRATIONS.slice(version);
  // SQLite ignores this pragma inside a transaction: it is set around it.
  const foreignKeysOff = pending.some((m) => m.foreignKeysOff);
  if (foreignKeysOff) db.pragma('foreign_keys = OFF');
  try {
    const run = db.transaction(() => {
      for (let v = version; v < LATEST_SCHEMA_VERSION; v++) {
        const migration = MIGRATIONS[v];
        if (!migration) throw new Error(`missing migration ${v + 1}`);
        migration.up(db);
      }
      if (foreignKeysOff && (db.pragma('foreign_key_check') as unknown[]).length > 0) {
        throw new Error('a migration left a broken foreign key');
      }
      db.pragma(`user_version = ${LATEST_SCHEMA_VERSION}`);
    });
    run.immediate();
  } finally {
    if (foreignKeysOff) db.pragma('foreign_keys = ON');
  }
}

function hasTables(db: Db): boolean {
  const row = db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'").get() as {
    n: number;
  };
  return row.n > 0;
}
