/**
 * Typed SQLite reads. better-sqlite3 types every row as `unknown`, so each
 * read used to end in a hand-written `as { … }` that nothing ever checked: a
 * renamed column or a text where a number was expected reached the ranking or
 * a page silently. Here a row's shape is declared once, as plain column kinds
 * next to the SQL that reads it; the TypeScript type follows from it, and the
 * rows read are checked against it in tests and development builds.
 *
 * Production does not pay for the check (the score-log replay and the ranking
 * input read tens of thousands of rows per refresh): with checks off a read is
 * exactly the cached statement's `.get()`/`.all()`.
 *
 * Why not zod (already a dependency): a zod parse copies every row and costs
 * several times a typeof per column; a read only needs the few kinds SQLite
 * can return (number, text, blob, NULL) and, for CHECK-ed text, a fixed list.
 */
import type { Db } from './open';
import { cachedStatement } from './statements';

type Scalar = 'num' | 'text' | 'blob';
/** A column's kind; a trailing `?` allows NULL. */
export type ColumnKind = Scalar | `${Scalar}?`;

/** A column limited to a fixed list of values (a SQL CHECK … IN (…)). */
export interface OneOf<T extends string | number, N extends boolean = boolean> {
  readonly values: readonly T[];
  readonly nullable: N;
}

export type Column = ColumnKind | OneOf<string | number>;

export interface RowShape<C extends Record<string, Column> = Record<string, Column>> {
  readonly columns: C;
}

type ValueOf<C> = C extends 'num'
  ? number
  : C extends 'num?'
    ? number | null
    : C extends 'text'
      ? string
      : C extends 'text?'
        ? string | null
        : C extends 'blob'
          ? Buffer
          : C extends 'blob?'
            ? Buffer | null
            : C extends OneOf<infer T, infer N>
              ? N extends true
                ? T | null
                : T
              : never;

/** The row type a shape declares: `RowOf<typeof TeamRow>`. */
export type RowOf<S> = S extends RowShape<infer C> ? { -readonly [K in keyof C]: ValueOf<C[K]> } : never;

/** Declares a row: `const TeamRow = rowShape({ id: 'num', name: 'text', note: 'text?' })`. */
export function rowShape<const C extends Record<string, Column>>(columns: C): RowShape<C> {
  return { columns };
}

/** A column whose value is one of `values`. */
export function oneOf<const T extends string | number>(values: readonly T[]): OneOf<T, false> {
  return { values, nullable: false };
}

/** A column whose value is one of `values` or NULL. */
export function oneOfOrNull<const T extends string | number>(values: readonly T[]): OneOf<T, true> {
  return { values, nullable: true };
}

let checking = process.env.VITEST !== undefined || process.env.PITCH_JURY_CHECK_ROWS === '1';

/**
 * Turns the row checks on or off for this process. On by default under vitest
 * (and with PITCH_JURY_CHECK_ROWS=1); the Electron main process turns them on
 * in development builds. Benchmarks leave them off: they measure production.
 */
export function checkRows(on: boolean): void {
  checking = on;
}

export function rowChecksEnabled(): boolean {
  return checking;
}

/** A row that does not match its declared shape (tests and development builds only). */
export class RowShapeError extends Error {
  constructor(
    readonly column: string,
    detail: string,
    sql: string,
  ) {
    super(`row of "${sql.replace(/\s+/g, ' ').trim().slice(0, 120)}": column "${column}" ${detail}`);
    this.name = 'RowShapeError';
  }
}

function describeValue(value: unknown): string {
  if (value === null) return 'NULL';
  if (Buffer.isBuffer(value)) return 'a blob';
  if (typeof value === 'string') return `text ${JSON.stringify(value.slice(0, 40))}`;
  return `${typeof value} ${String(value)}`;
}

function expected(column: Column): string {
  if (typeof column === 'string') {
    const kind = column.replace('?', '');
    return column.endsWith('?') ? `${kind} or NULL` : kind;
  }
  const list = column.values.map((v) => JSON.stringify(v)).join(', ');
  return column.nullable ? `one of ${list} or NULL` : `one of ${list}`;
}

function matches(column: Column, value: unknown): boolean {
  if (typeof column !== 'string')
    return value === null ? column.nullable : (column.values as readonly unknown[]).includes(value);
  if (value === null) return column.endsWith('?');
  switch (column.charAt(0)) {
    case 'n':
      return typeof value === 'number';
    case 't':
      return typeof value === 'string';
    default:
      return Buffer.isBuffer(value);
  }
}

/** Throws a RowShapeError naming the first column that is missing or of the wrong kind. */
export function assertRow(shape: RowShape, row: unknown, sql: string): void {
  if (typeof row !== 'object' || row === null || Array.isArray(row))
    throw new RowShapeError('*', `expected a row object, found ${describeValue(row)}`, sql);
  const record = row as Record<string, unknown>;
  for (const [name, column] of Object.entries(shape.columns)) {
    if (!Object.hasOwn(record, name)) throw new RowShapeError(name, 'is missing', sql);
    const value = record[name];
    if (!matches(column, value))
      throw new RowShapeError(name, `should be ${expected(column)}, found ${describeValue(value)}`, sql);
  }
}

/**
 * Every row of `sql`, typed by `shape`. The statement is prepared once per
 * connection (db/statements.ts), as every hot path needs.
 */
export function selectAll<C extends Record<string, Column>>(
  db: Db,
  shape: RowShape<C>,
  sql: string,
  ...params: unknown[]
): RowOf<RowShape<C>>[] {
  const rows = cachedStatement(db, sql).all(...params);
  if (checking) for (const row of rows) assertRow(shape, row, sql);
  return rows as RowOf<RowShape<C>>[];
}

/** The first row of `sql`, or undefined when there is none. */
export function selectMaybe<C extends Record<string, Column>>(
  db: Db,
  shape: RowShape<C>,
  sql: string,
  ...params: unknown[]
): RowOf<RowShape<C>> | undefined {
  const row = cachedStatement(db, sql).get(...params);
  if (checking && row !== undefined) assertRow(shape, row, sql);
  return row as RowOf<RowShape<C>> | undefined;
}

/** The first row of `sql`, which must exist (a count, a singleton table's row). */
export function selectOne<C extends Record<string, Column>>(
  db: Db,
  shape: RowShape<C>,
  sql: string,
  ...params: unknown[]
): RowOf<RowShape<C>> {
  const row = selectMaybe(db, shape, sql, ...params);
  if (row === undefined) throw new Error(`no row from "${sql.replace(/\s+/g, ' ').trim().slice(0, 120)}"`);
  return row;
}

/** The common `SELECT count(*) AS n …` / `SELECT id …` shapes. */
export const CountRow = rowShape({ n: 'num' });
export const IdRow = rowShape({ id: 'num' });
