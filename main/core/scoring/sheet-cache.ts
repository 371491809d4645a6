/**
 * The derived sheets of one connection, kept between reads. Deriving every
 * sheet from the whole log costs ≈ 30 ms at 40,000 events (mostly reading the
 * rows), and the results page, the scores grid and every export re-read them
 * after each change. The cache keeps the sheets derived so far and, on every
 * use, checks what the file holds now:
 *
 * - the same log head (max seq and its stored hash), no commit by another
 *   connection (PRAGMA data_version) and no schema change (PRAGMA
 *   schema_version): nothing changed, the cached sheets are returned as they are;
 * - a longer log whose event at the cached head still carries the cached
 *   hash: the hash chain says everything up to there is what was derived, so
 *   only the events after it are read and applied;
 * - anything else (a commit by another process, which may have been anything;
 *   the append-only triggers dropped or recreated, the only way an event can
 *   change; a shorter log after a rolled-back transaction; a different event
 *   at the cached head): the whole log is derived again.
 *
 * What it cannot see: an event changed through this same connection while
 * its triggers were already dropped before the cache last looked. The app
 * never drops them; tamper tools are other processes (data_version).
 *
 * The sheets handed out are frozen and shared between callers (nothing here
 * copies 4,500 sheets per read); the arrays are fresh, so callers may sort or
 * filter them. Writes made by this connection need no hook: they show up in
 * the head check like any other.
 */
import { SCORE_EVENT_KINDS } from '../../../common/contract/score-log-kinds';
import type { Db } from '../db/open';
import { roundExpr } from '../db/round-column';
import { type RowOf, rowShape, selectMaybe, selectOne } from '../db/rows';
import type { SubmittedSheet } from '../ranking/types';
import {
  applyScoreEvent,
  compareSheets,
  type DerivedSheet,
  newDerivedSheet,
  type ScoreEventKind,
  type SheetEvent,
} from './hash-chain';

const LogHeadRow = rowShape({ seq: 'num', hash: 'text' });
type LogHead = RowOf<typeof LogHeadRow>;
const DataVersionRow = rowShape({ data_version: 'num' });
const SchemaVersionRow = rowShape({ schema_version: 'num' });

/** How the cache answered so far (tests check that the cheap paths are really taken). */
export interface SheetCacheStats {
  hits: number;
  extensions: number;
  rebuilds: number;
  /** Events applied by extensions and rebuilds together. */
  eventsRead: number;
}

/** The sheets of one round (a sheet is (round, juror, team), migration 016). */
interface RoundSheets {
  /** Every sheet, frozen, in compareSheets order. */
  sheets: DerivedSheet[];
  /** Position in `sheets` by `${jurorId}:${teamId}`. */
  index: Map<string, number>;
  /** The submitted ones in the ranking's shape; built on first demand after a change. */
  submitted: SubmittedSheet[] | null;
}

interface Entry {
  /** data_version and schema_version when the entry was last checked. */
  version: string;
  head: LogHead | null;
  /** By round id; a round with no event has no entry. */
  rounds: Map<number, RoundSheets>;
  stats: SheetCacheStats;
}

const entries = new WeakMap<Db, Entry>();

/** Raw-mode statements cannot go through cachedStatement (the mode would stick for its other users). */
const rowStatements = new WeakMap<Db, ReturnType<Db['prepare']>>();

/** One event as deriving reads it (sheetRowColumns): seq, juror, team, criterion, value, kind code, comment, submit time, round. */
export type SheetRow = [
  number,
  number,
  number,
  number | null,
  number | null,
  number,
  string | null,
  string | null,
  number,
];

/** Rows carry the kind as its index in SCORE_EVENT_KINDS, decoded back with that list. */
export const KIND_BY_CODE: readonly ScoreEventKind[] = SCORE_EVENT_KINDS;
export const KIND_CODE_SQL = `CASE kind ${SCORE_EVENT_KINDS.map((kind, code) => `WHEN '${kind}' THEN ${code}`).join(' ')} END`;

/**
 * Only what deriving needs (no hashes, actors or reasons; the kind as a small
 * integer; the time of submit events only): at 40,000 events the string
 * columns were half the cost of a full read.
 */
export function sheetRowColumns(db: Db): string {
  return `seq, juror_id, team_id, criterion_id, value, ${KIND_CODE_SQL},
          comment, CASE kind WHEN 'submit' THEN at_utc END, ${roundExpr(db, 'score_event')}`;
}

function rowsAfter(db: Db, seq: number): SheetRow[] {
  let statement = rowStatements.get(db);
  if (!statement) {
    statement = db
      .prepare(`SELECT ${sheetRowColumns(db)} FROM score_event WHERE seq > ? ORDER BY seq`)
      .raw(true);
    rowStatements.set(db, statement);
  }
  return statement.all(seq) as SheetRow[];
}

export function toSheetEvent(row: SheetRow): SheetEvent {
  return {
    seq: row[0],
    jurorId: row[1],
    teamId: row[2],
    criterionId: row[3],
    value: row[4],
    kind: KIND_BY_CODE[row[5]] as ScoreEventKind,
    comment: row[6],
    atUtc: row[7] ?? '',
    roundId: row[8],
  };
}

function readHead(db: Db): LogHead | null {
  return selectMaybe(db, LogHeadRow, 'SELECT seq, hash FROM score_event ORDER BY seq DESC LIMIT 1') ?? null;
}

function hashAt(db: Db, seq: number): string | null {
  const row = selectMaybe(db, rowShape({ hash: 'text' }), 'SELECT hash FROM score_event WHERE seq = ?', seq);
  return row?.hash ?? null;
}

/**
 * data_version changes when another connection (another process) commits to
 * the file, never for our own commits; schema_version changes with any schema
 * change, such as dropping the triggers that keep the log append-only.
 */
function fileVersion(db: Db): string {
  const data = selectOne(db, DataVersionRow, 'PRAGMA data_version');
  const schema = selectOne(db, SchemaVersionRow, 'PRAGMA schema_version');
  return `${data.data_version}:${schema.schema_version}`;
}

function sameHead(a: LogHead | null, b: LogHead | null): boolean {
  return a === null || b === null ? a === b : a.seq === b.seq && a.hash === b.hash;
}

function freeze(sheet: DerivedSheet): DerivedSheet {
  Object.freeze(sheet.scores);
  return Object.freeze(sheet);
}

const EMPTY_ROUND = (): RoundSheets => ({ sheets: [], index: new Map(), submitted: null });

/** Applies events (in seq order) copy-on-write: a sheet already handed out is never changed. */
function apply(entry: Entry, rows: readonly SheetRow[]): void {
  const touched = new Map<number, Map<string, DerivedSheet>>();
  for (const row of rows) {
    const event = toSheetEvent(row);
    const roundId = row[8];
    let round = entry.rounds.get(roundId);
    if (!round) {
      round = EMPTY_ROUND();
      entry.rounds.set(roundId, round);
    }
    let roundTouched = touched.get(roundId);
    if (!roundTouched) {
      roundTouched = new Map();
      touched.set(roundId, roundTouched);
    }
    const key = `${event.jurorId}:${event.teamId}`;
    let sheet = roundTouched.get(key);
    if (!sheet) {
      const at = round.index.get(key);
      const current = at === undefined ? undefined : round.sheets[at];
      sheet = current ? { ...current, scores: { ...current.scores } } : newDerivedSheet(event);
      roundTouched.set(key, sheet);
    }
    applyScoreEvent(sheet, event);
  }
  for (const [roundId, roundTouched] of touched) {
    const round = entry.rounds.get(roundId) as RoundSheets;
    let added = false;
    for (const [key, sheet] of roundTouched) {
      const at = round.index.get(key);
      if (at === undefined) {
        round.sheets.push(freeze(sheet));
        added = true;
      } else {
        round.sheets[at] = freeze(sheet);
      }
    }
    if (added) {
      round.sheets.sort(compareSheets);
      round.index = new Map(round.sheets.map((s, i) => [`${s.jurorId}:${s.teamId}`, i]));
    }
    if (roundTouched.size > 0) round.submitted = null;
  }
  entry.stats.eventsRead += rows.length;
}

function rebuild(db: Db, version: string, head: LogHead | null, stats: SheetCacheStats): Entry {
  const entry: Entry = { version, head, rounds: new Map(), stats };
  stats.rebuilds += 1;
  if (head) apply(entry, rowsAfter(db, 0));
  return entry;
}

/** Brings the connection's entry up to date with the file, in one read snapshot. */
function current(db: Db): Entry {
  return db.transaction((): Entry => {
    const version = fileVersion(db);
    const head = readHead(db);
    const entry = entries.get(db);
    if (entry && entry.version === version) {
      if (sameHead(entry.head, head)) {
        entry.stats.hits += 1;
        return entry;
      }
      const from = entry.head;
      if (head && (from === null || (head.seq > from.seq && hashAt(db, from.seq) === from.hash))) {
        apply(entry, rowsAfter(db, from?.seq ?? 0));
        entry.head = head;
        entry.stats.extensions += 1;
        return entry;
      }
    }
    const fresh = rebuild(
      db,
      version,
      head,
      entry?.stats ?? { hits: 0, extensions: 0, rebuilds: 0, eventsRead: 0 },
    );
    entries.set(db, fresh);
    return fresh;
  })();
}

/** Every sheet of a round, as deriveSheets(whole log, round) gives it: a fresh array of frozen sheets. */
export function cachedSheets(db: Db, roundId: number): DerivedSheet[] {
  return [...(current(db).rounds.get(roundId)?.sheets ?? [])];
}

/** The submitted sheets of a round, as submittedSheets(deriveSheets(whole log, round)) gives them, frozen. */
export function cachedSubmittedSheets(db: Db, roundId: number): SubmittedSheet[] {
  const round = current(db).rounds.get(roundId);
  if (!round) return [];
  if (!round.submitted) {
    round.submitted = round.sheets
      .filter((s) => s.status === 'submitted')
      .map((s) => Object.freeze({ jurorId: s.jurorId, teamId: s.teamId, scores: s.scores }));
  }
  return [...round.submitted];
}

/** What the cache of this connection did so far; null before its first use. */
export function sheetCacheStats(db: Db): SheetCacheStats | null {
  const stats = entries.get(db)?.stats;
  return stats ? { ...stats } : null;
}
