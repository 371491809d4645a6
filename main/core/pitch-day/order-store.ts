/**
 * The running order in SQLite. Reads always answer with every team of the
 * event: teams added in the setup after the order was saved are appended as
 * waiting (in setup order), deleted teams are gone (ON DELETE CASCADE). Writes
 * save the whole list, so a read-then-write never loses a team.
 */

import type { TimerDefaults } from '../../../common/domain';
import { type OrderEntry, TEAM_STATUSES } from '../../../common/order';
import type { TeamTiming } from '../../../common/timer';
import type { Db } from '../db/open';
import { IdRow, oneOf, rowShape, selectAll } from '../db/rows';
import { DomainError } from '../errors';
import { readTimerDefaults } from '../event/event-info';

export interface StoredOrderEntry extends OrderEntry {
  /** Per-team durations; null means the event default. */
  pitchOverrideMs: number | null;
  qaOverrideMs: number | null;
}

const OrderRow = rowShape({ team_id: 'num', status: oneOf(TEAM_STATUSES), pitch_ms: 'num?', qa_ms: 'num?' });

export function readOrder(db: Db): StoredOrderEntry[] {
  const saved = selectAll(
    db,
    OrderRow,
    `SELECT o.team_id, o.status, o.pitch_ms, o.qa_ms
         FROM running_order o JOIN team t ON t.id = o.team_id
        ORDER BY o.position, o.team_id`,
  );
  const missing = selectAll(
    db,
    IdRow,
    `SELECT id FROM team WHERE id NOT IN (SELECT team_id FROM running_order) ORDER BY position, id`,
  );
  return [
    ...saved.map((r) => ({
      teamId: r.team_id,
      status: r.status,
      pitchOverrideMs: r.pitch_ms,
      qaOverrideMs: r.qa_ms,
    })),
    ...missing.map((r) => ({
      teamId: r.id,
      status: 'waiting' as const,
      pitchOverrideMs: null,
      qaOverrideMs: null,
    })),
  ];
}

/**
 * Saves places and statuses of `order` (every team, each once), keeping the
 * overrides already stored. Call inside a transaction with the change that
 * produced the order.
 */
export function writeOrder(db: Db, order: readonly OrderEntry[]): void {
  // Clear the on-stage mark first: the unique index would refuse a hand-over
  // written in the "new team first" order.
  db.prepare(`UPDATE running_order SET status = 'waiting' WHERE status = 'on_stage'`).run();
  const upsert = db.prepare(
    `INSERT INTO running_order (team_id, position, status) VALUES (?, ?, ?)
       ON CONFLICT (team_id) DO UPDATE SET position = excluded.position, status = excluded.status`,
  );
  const offStage = order.filter((e) => e.status !== 'on_stage');
  const onStage = order.filter((e) => e.status === 'on_stage');
  const position = new Map(order.map((e, i) => [e.teamId, i]));
  for (const entry of [...offStage, ...onStage]) {
    upsert.run(entry.teamId, position.get(entry.teamId) ?? 0, entry.status);
  }
}

/** Sets (or clears, with null) a team's own pitch and Q&A durations. */
export function writeOverrides(
  db: Db,
  teamId: number,
  pitchMs: number | null,
  qaMs: number | null,
): StoredOrderEntry[] {
  if (pitchMs === 0) {
    // A pitch needs some time; "no Q&A" (0) is fine.
    throw new DomainError('validation.duration', {}, [{ path: ['pitchMs'], code: 'validation.duration' }]);
  }
  return db.transaction(() => {
    const order = readOrder(db);
    if (!order.some((e) => e.teamId === teamId)) throw new DomainError('error.notFound');
    writeOrder(db, order);
    db.prepare('UPDATE running_order SET pitch_ms = ?, qa_ms = ? WHERE team_id = ?').run(
      pitchMs,
      qaMs,
      teamId,
    );
    return readOrder(db);
  })();
}

/** The durations a team gets: its override, else the event default. */
export function timingOf(entry: StoredOrderEntry, defaults: TimerDefaults): TeamTiming {
  return {
    teamId: entry.teamId,
    pitchMs: entry.pitchOverrideMs ?? defaults.pitchMs,
    qaMs: entry.qaOverrideMs ?? defaults.qaMs,
  };
}

export function teamTiming(db: Db, teamId: number): TeamTiming {
  const entry = readOrder(db).find((e) => e.teamId === teamId);
  if (!entry) throw new DomainError('error.notFound');
  return timingOf(entry, readTimerDefaults(db));
}
