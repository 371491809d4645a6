/**
 * The score log in SQLite (table score_event, migration 003). Only appends:
 * the table's triggers refuse UPDATE and DELETE, so a stored event can never
 * be changed through this module or any other. Sheets are derived on read.
 */
import type { Db } from '../db/open';
import { roundExpr } from '../db/round-column';
import { CountRow, oneOf, type RowOf, rowShape, selectAll, selectMaybe, selectOne } from '../db/rows';
import { cachedStatement } from '../db/statements';
import type { SubmittedSheet } from '../ranking/types';
import {
  appendScoreEvent,
  type ChainVerification,
  type DerivedSheet,
  deriveSheets,
  FIRST_ROUND_ID,
  GENESIS_HASH,
  roundOf,
  type ScoreEventDraft,
  type StoredScoreEvent,
  verifyChain,
} from './hash-chain';
import {
  cachedSheets,
  cachedSubmittedSheets,
  type SheetRow,
  sheetRowColumns,
  toSheetEvent,
} from './sheet-cache';

const EventRow = rowShape({
  seq: 'num',
  juror_id: 'num',
  team_id: 'num',
  criterion_id: 'num?',
  value: 'num?',
  kind: oneOf(['score', 'comment', 'submit', 'reopen']),
  comment: 'text?',
  actor: 'text',
  at_utc: 'text',
  reason: 'text?',
  prev_hash: 'text',
  hash: 'text',
  round_id: 'num',
});
type EventRow = RowOf<typeof EventRow>;

const HashRow = rowShape({ hash: 'text' });

const STORED_COLUMNS =
  'seq, juror_id, team_id, criterion_id, value, kind, comment, actor, at_utc, reason, prev_hash, hash';
const INSERT_COLUMNS = `${STORED_COLUMNS}, round_id`;
/** What the reads select: the round as `round_id` even in a file read without migrating (db/round-column.ts). */
const columns = (db: Db) => `${STORED_COLUMNS}, ${roundExpr(db, 'score_event')} AS round_id`;

function toEvent(row: EventRow): StoredScoreEvent {
  return {
    seq: row.seq,
    jurorId: row.juror_id,
    teamId: row.team_id,
    criterionId: row.criterion_id,
    value: row.value,
    kind: row.kind,
    comment: row.comment,
    actor: row.actor,
    atUtc: row.at_utc,
    reason: row.reason,
    prevHash: row.prev_hash,
    hash: row.hash,
    // Round 1 stays implicit, as in every event written before rounds existed.
    ...(row.round_id === FIRST_ROUND_ID ? {} : { roundId: row.round_id }),
  };
}

/** The whole log, in append order. */
export function readScoreLog(db: Db): StoredScoreEvent[] {
  return selectAll(db, EventRow, `SELECT ${columns(db)} FROM score_event ORDER BY seq`).map(toEvent);
}

/** The events of one sheet (one juror, one team, in one round), in append order. */
export function readSheetLog(
  db: Db,
  jurorId: number,
  teamId: number,
  roundId = FIRST_ROUND_ID,
): StoredScoreEvent[] {
  const rows = selectAll(
    db,
    EventRow,
    `SELECT ${columns(db)} FROM score_event WHERE ${roundExpr(db, 'score_event')} = ? AND juror_id = ? AND team_id = ? ORDER BY seq`,
    roundId,
    jurorId,
    teamId,
  );
  return rows.map(toEvent);
}

export function lastScoreEvent(db: Db): StoredScoreEvent | null {
  const row = selectMaybe(db, EventRow, `SELECT ${columns(db)} FROM score_event ORDER BY seq DESC LIMIT 1`);
  return row ? toEvent(row) : null;
}

/**
 * Chains and inserts events after the current last one. The caller runs it
 * inside the transaction that checked them, so the chain head it reads is the
 * one it extends.
 */
export function appendScoreEvents(db: Db, drafts: readonly ScoreEventDraft[]): StoredScoreEvent[] {
  const insert = cachedStatement(
    db,
    `INSERT INTO score_event (${INSERT_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  let previous = lastScoreEvent(db);
  const appended: StoredScoreEvent[] = [];
  for (const draft of drafts) {
    const event = appendScoreEvent(previous, draft);
    insert.run(
      event.seq,
      event.jurorId,
      event.teamId,
      event.criterionId,
      event.value,
      event.kind,
      event.comment ?? null,
      event.actor,
      event.atUtc,
      event.reason,
      event.prevHash,
      event.hash,
      roundOf(event),
    );
    appended.push(event);
    previous = event;
  }
  return appended;
}

/** The current sheet of one juror for one team in one round; null when nothing was ever recorded. */
export function readSheet(
  db: Db,
  jurorId: number,
  teamId: number,
  roundId = FIRST_ROUND_ID,
): DerivedSheet | null {
  return deriveSheets(readSheetLog(db, jurorId, teamId, roundId), roundId)[0] ?? null;
}

/**
 * Every sheet, derived from the whole log, sorted by juror then team. Served by
 * the connection's cache (sheet-cache.ts), which re-reads only the events
 * appended since its last use: the sheets are frozen and shared, the array is
 * the caller's own.
 */
export function readAllSheets(db: Db, roundId = FIRST_ROUND_ID): DerivedSheet[] {
  return cachedSheets(db, roundId);
}

/** The submitted sheets of a round, in the shape computeRanking takes (from the same cache, frozen). */
export function readSubmittedSheets(db: Db, roundId = FIRST_ROUND_ID): SubmittedSheet[] {
  return cachedSubmittedSheets(db, roundId);
}

/**
 * Every sheet derived from the whole log read now, without the cache: the
 * reference the cache is tested against, and the "before" of its benchmark.
 * Reads only what deriving needs (no hashes, actors or reasons; the kind as a
 * small integer; the time of submit events only).
 */
export function readAllSheetsUncached(db: Db, roundId = FIRST_ROUND_ID): DerivedSheet[] {
  const rows = db
    .prepare(
      `SELECT ${sheetRowColumns(db)} FROM score_event WHERE ${roundExpr(db, 'score_event')} = ? ORDER BY seq`,
    )
    .raw()
    .all(roundId) as SheetRow[];
  return deriveSheets(rows.map(toSheetEvent), roundId);
}

/** Recomputes the whole chain from the stored events; reports the first broken link. */
export function verifyScoreLog(db: Db): ChainVerification {
  return verifyChain(readScoreLog(db));
}

/** The head of the log as stored (count and last hash), without re-hashing anything. */
export function storedChainHead(db: Db): { ok: true; count: number; lastHash: string } {
  const last = selectMaybe(db, HashRow, 'SELECT hash FROM score_event ORDER BY seq DESC LIMIT 1');
  return { ok: true, count: scoreEventCount(db), lastHash: last?.hash ?? GENESIS_HASH };
}

/** Whether any score event names this juror, team or criterion (such rows must not be deleted). */
export function hasScoreEvents(
  db: Db,
  which: { jurorId: number } | { teamId: number } | { criterionId: number },
): boolean {
  const [column, id] =
    'jurorId' in which
      ? ['juror_id', which.jurorId]
      : 'teamId' in which
        ? ['team_id', which.teamId]
        : ['criterion_id', which.criterionId];
  return cachedStatement(db, `SELECT 1 FROM score_event WHERE ${column} = ? LIMIT 1`).get(id) !== undefined;
}

export function scoreEventCount(db: Db): number {
  return selectOne(db, CountRow, 'SELECT count(*) AS n FROM score_event').n;
}
