/**
 * The round of a score event or a track (migration 016) as an SQL expression:
 * the column, or the constant 1 in a file read without migrating (an older
 * file opened read-only to verify or print it), where everything is the
 * preliminary round. A connection's schema is settled when it is opened
 * (migrations run then), so it is looked up once per connection and table.
 */
import type { Db } from './open';

type RoundTable = 'score_event' | 'track';

const known = new WeakMap<Db, Map<RoundTable, string>>();

export function roundExpr(db: Db, table: RoundTable): string {
  let tables = known.get(db);
  if (!tables) {
    tables = new Map();
    known.set(db, tables);
  }
  let expr = tables.get(table);
  if (expr === undefined) {
    const has =
      db.prepare(`SELECT 1 FROM pragma_table_info('${table}') WHERE name = 'round_id'`).get() !== undefined;
    expr = has ? 'round_id' : '1';
    tables.set(table, expr);
  }
  return expr;
}
