import { join } from 'node:path';
import { afterEach, describe, expect, expectTypeOf, it } from 'vitest';
import { closeDatabase, type Db, openDatabase } from '../../../main/core/db/open';
import {
  CountRow,
  checkRows,
  oneOf,
  oneOfOrNull,
  type RowOf,
  RowShapeError,
  rowChecksEnabled,
  rowShape,
  selectAll,
  selectMaybe,
  selectOne,
} from '../../../main/core/db/rows';
import { cachedStatement } from '../../../main/core/db/statements';
import { tempDir } from '../../support/temp';

const Thing = rowShape({
  id: 'num',
  name: 'text',
  note: 'text?',
  kind: oneOf(['a', 'b']),
  data: 'blob?',
});

function thingsDb(dir: string): Db {
  // A plain table of our own inside a real event file (openDatabase migrates it first).
  const db = openDatabase(join(dir, `rows-${Math.random().toString(36).slice(2)}.sqlite`));
  db.exec('CREATE TABLE thing (id INTEGER PRIMARY KEY, name ANY, note ANY, kind ANY, data ANY) STRICT');
  return db;
}

describe('typed row reads', () => {
  const dir = tempDir();
  const opened: Db[] = [];
  const open = () => {
    const db = thingsDb(dir);
    opened.push(db);
    return db;
  };
  afterEach(() => {
    checkRows(true);
    for (const db of opened.splice(0)) closeDatabase(db);
  });

  it('is on under vitest, so every test run checks the rows it reads', () => {
    expect(rowChecksEnabled()).toBe(true);
  });

  it('reads rows typed by their declared shape, through the per-connection statement cache', () => {
    const db = open();
    db.prepare(
      "INSERT INTO thing VALUES (1, 'Tāmaʻa Teriʻi', NULL, 'a', x'00ff'), (2, 'B', 'n', 'b', NULL)",
    ).run();
    const sql = 'SELECT id, name, note, kind, data FROM thing ORDER BY id';
    const rows = selectAll(db, Thing, sql);
    expectTypeOf(rows).toEqualTypeOf<
      { id: number; name: string; note: string | null; kind: 'a' | 'b'; data: Buffer | null }[]
    >();
    expect(rows.map((r) => [r.id, r.name, r.note, r.kind])).toEqual([
      [1, 'Tāmaʻa Teriʻi', null, 'a'],
      [2, 'B', 'n', 'b'],
    ]);
    expect(rows[0]?.data).toEqual(Buffer.from([0x00, 0xff]));
    // The same prepared statement serves the next read of the same SQL.
    expect(cachedStatement(db, sql)).toBe(cachedStatement(db, sql));
    expect(selectMaybe(db, Thing, 'SELECT * FROM thing WHERE id = ?', 2)?.name).toBe('B');
    expect(selectMaybe(db, Thing, 'SELECT * FROM thing WHERE id = ?', 3)).toBeUndefined();
    expect(selectOne(db, CountRow, 'SELECT count(*) AS n FROM thing WHERE kind = ?', 'b').n).toBe(1);
    expect(() => selectOne(db, Thing, 'SELECT * FROM thing WHERE id = ?', 3)).toThrow(/no row from/);
  });

  it('names the column of a row that does not match its shape', () => {
    const db = open();
    db.prepare("INSERT INTO thing VALUES (1, 42, NULL, 'a', NULL)").run();
    const read = () => selectAll(db, Thing, 'SELECT * FROM thing');
    expect(read).toThrow(RowShapeError);
    expect(read).toThrow('column "name" should be text, found number 42');
  });

  it('reports a NULL where the shape does not allow it, a value outside a fixed list, and a missing column', () => {
    const db = open();
    db.prepare("INSERT INTO thing VALUES (1, NULL, NULL, 'a', NULL), (2, 'x', NULL, 'c', NULL)").run();
    expect(() => selectOne(db, Thing, 'SELECT * FROM thing WHERE id = 1')).toThrow(
      'column "name" should be text, found NULL',
    );
    expect(() => selectOne(db, Thing, 'SELECT * FROM thing WHERE id = 2')).toThrow(
      'column "kind" should be one of "a", "b", found text "c"',
    );
    expect(() => selectMaybe(db, Thing, 'SELECT id, name, kind FROM thing WHERE id = 2')).toThrow(
      'column "note" is missing',
    );
    // Columns the shape does not declare are allowed: a later migration may add some to a SELECT *.
    const Narrow = rowShape({ id: 'num' });
    expect(selectAll(db, Narrow, 'SELECT * FROM thing ORDER BY id').map((r) => r.id)).toEqual([1, 2]);
  });

  it('skips the check when turned off (production), returning the rows as SQLite gave them', () => {
    const db = open();
    db.prepare("INSERT INTO thing VALUES (1, 42, NULL, 'a', NULL)").run();
    checkRows(false);
    const rows = selectAll(db, Thing, 'SELECT * FROM thing');
    expect(rows[0]?.name as unknown).toBe(42);
  });

  it('derives a type a domain interface can be checked against at compile time', () => {
    type Team = { id: number; name: string };
    const TeamRow = rowShape({ id: 'num', name: 'text' });
    expectTypeOf<RowOf<typeof TeamRow>>().toEqualTypeOf<Team>();
    const Maybe = rowShape({ locale: oneOfOrNull(['fr', 'en']) });
    expectTypeOf<RowOf<typeof Maybe>>().toEqualTypeOf<{ locale: 'fr' | 'en' | null }>();
  });
});
