import type Database from 'better-sqlite3';
import type { Db } from './open';

const caches = new WeakMap<Db, Map<string, Database.Statement>>();

/**
 * Prepares `sql` once per connection and reuses it. Each `db.prepare` holds a
 * few KB of native memory that is only freed by garbage collection, so a hot
 * path called thousands of times in one synchronous loop (bulk submits) grew
 * the process by hundreds of MB. Do not call `.raw()`, `.pluck()` or `.expand()`
 * on a cached statement: those modes would stick for every later caller.
 */
export function cachedStatement(db: Db, sql: string): Database.Statement {
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  let statement = cache.get(sql);
  if (!statement) {
    statement = db.prepare(sql);
    cache.set(sql, statement);
  }
  return statement;
}
