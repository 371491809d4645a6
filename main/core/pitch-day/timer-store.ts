/**
 * The timer's anchors in SQLite: one row rewritten on every transition (never
 * on ticks), plus the phase records and stage times a transition produces, all
 * in the caller's transaction. Because `startedAt` is an absolute time, a
 * process killed mid-pitch reopens with the clock still running and the
 * right time left: the speaker kept talking.
 */
import { createTimerState, type PhaseRecord, type TimerState } from '../../../common/timer';
import { parseTimerState } from '../../../common/timer/schema';
import type { Db } from '../db/open';
import { rowShape, selectAll, selectMaybe, selectOne } from '../db/rows';

export interface StoredTimer {
  revision: number;
  state: TimerState;
}

export function readTimer(db: Db): StoredTimer {
  const row = selectMaybe(
    db,
    rowShape({ revision: 'num', state_json: 'text' }),
    'SELECT revision, state_json FROM timer_state WHERE id = 1',
  );
  if (!row) return { revision: 0, state: createTimerState() };
  let parsed: TimerState | null = null;
  try {
    parsed = parseTimerState(JSON.parse(row.state_json));
  } catch {
    parsed = null;
  }
  if (!parsed) {
    // A hand-edited or damaged row: an empty stage is safer than a nonsense clock.
    console.warn('[pitch-jury] ignoring an invalid timer state row');
    return { revision: row.revision, state: createTimerState() };
  }
  return { revision: row.revision, state: parsed };
}

/**
 * Writes one transition: the new anchors, the records of the phases it ended,
 * and the team's stage times (first start; end when the team is unloaded).
 * Returns the new revision. Must run inside a transaction.
 */
export function saveTransition(
  db: Db,
  previous: TimerState,
  next: TimerState,
  records: readonly PhaseRecord[],
  nowMs: number,
): number {
  db.prepare(
    'UPDATE timer_state SET revision = revision + 1, state_json = ?, updated_at = ? WHERE id = 1',
  ).run(JSON.stringify(next), nowMs);

  // A record of a team deleted from the setup mid-session has nowhere to go.
  const insertRecord = db.prepare(
    `INSERT INTO phase_record (team_id, phase, used_ms, allowed_ms, overtime_ms, ended_at)
       SELECT ?, ?, ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM team WHERE id = ?)`,
  );
  for (const r of records) {
    insertRecord.run(r.teamId, r.phase, r.usedMs, r.allowedMs, r.overtimeMs, r.endedAt, r.teamId);
  }

  const teamChanged = previous.teamId !== next.teamId || next.teamStartedAt === null;
  if (previous.teamId !== null && previous.teamStartedAt !== null && teamChanged) {
    db.prepare('UPDATE team_stage SET ended_at = ? WHERE team_id = ?').run(nowMs, previous.teamId);
  }
  const firstStart =
    next.teamId !== null &&
    next.teamStartedAt !== null &&
    (previous.teamId !== next.teamId || previous.teamStartedAt === null);
  if (firstStart) {
    db.prepare(
      `INSERT INTO team_stage (team_id, started_at, ended_at)
         SELECT ?, ?, NULL WHERE EXISTS (SELECT 1 FROM team WHERE id = ?)
         ON CONFLICT (team_id) DO UPDATE SET started_at = excluded.started_at, ended_at = NULL`,
    ).run(next.teamId, next.teamStartedAt, next.teamId);
  }
  const row = selectOne(db, rowShape({ revision: 'num' }), 'SELECT revision FROM timer_state WHERE id = 1');
  return row.revision;
}

export interface StageTimes {
  teamId: number;
  startedAt: number;
  endedAt: number | null;
}

export function readStageTimes(db: Db): StageTimes[] {
  return selectAll(
    db,
    rowShape({ team_id: 'num', started_at: 'num', ended_at: 'num?' }),
    'SELECT team_id, started_at, ended_at FROM team_stage ORDER BY started_at',
  ).map((r) => ({ teamId: r.team_id, startedAt: r.started_at, endedAt: r.ended_at }));
}
