/**
 * Undo of the chair's last timer action ("T" pressed 2.5 s into a pitch).
 * Stored in SQLite in the same transaction as the action (migration
 * 006-timer-undo), so the undo itself survives a crash, and applied as a
 * transition of its own (a new revision every window follows).
 *
 * What comes back: the anchors before the action, the statuses and stage
 * times of the teams the action touched, and no phase record it wrote. A
 * clock that was running comes back paused with the time it had used at the
 * moment of the mistake: the chair resumes it with Space when the speaker
 * does, and no time is invented or lost.
 */
import { TEAM_STATUSES, type TeamStatus } from '../../../common/order/types';
import type { TimerState } from '../../../common/timer';
import { parseTimerState } from '../../../common/timer/schema';
import type { Db } from '../db/open';
import { IdRow, oneOf, rowShape, selectAll, selectMaybe, selectOne } from '../db/rows';
import { DomainError } from '../errors';
import type { StageTimes } from './timer-store';

interface UndoBefore {
  state: TimerState;
  statuses: { teamId: number; status: TeamStatus }[];
  stages: { teamId: number; stage: Omit<StageTimes, 'teamId'> | null }[];
  lastRecordId: number;
}

export interface UndoInfo {
  /** The chair action that the undo reverts. */
  action: string;
  at: number;
}

const StatusRow = rowShape({ status: oneOf(TEAM_STATUSES) });
const StageRow = rowShape({ started_at: 'num', ended_at: 'num?' });

function statusesOf(db: Db, teamIds: readonly number[]): Map<number, TeamStatus> {
  const out = new Map<number, TeamStatus>();
  for (const id of teamIds) {
    const row = selectMaybe(db, StatusRow, 'SELECT status FROM running_order WHERE team_id = ?', id);
    if (row) out.set(id, row.status);
  }
  return out;
}

/** What an action may change, read just before it runs. */
export interface UndoCapture {
  state: TimerState;
  statuses: Map<number, TeamStatus>;
  stages: UndoBefore['stages'];
  lastRecordId: number;
}

export function captureBeforeAction(db: Db, state: TimerState): UndoCapture {
  const allTeams = selectAll(db, rowShape({ team_id: 'num' }), 'SELECT team_id FROM running_order').map(
    (r) => r.team_id,
  );
  const stages = allTeams.map((teamId) => {
    const row = selectMaybe(
      db,
      StageRow,
      'SELECT started_at, ended_at FROM team_stage WHERE team_id = ?',
      teamId,
    );
    return { teamId, stage: row ? { startedAt: row.started_at, endedAt: row.ended_at } : null };
  });
  const last = selectOne(db, IdRow, 'SELECT COALESCE(MAX(id), 0) AS id FROM phase_record');
  return { state, statuses: statusesOf(db, allTeams), stages, lastRecordId: last.id };
}

/** Records the undo of an action that just produced `afterRevision` (same transaction). */
export function recordUndo(
  db: Db,
  capture: UndoCapture,
  action: string,
  afterRevision: number,
  nowMs: number,
) {
  const now = statusesOf(db, [...capture.statuses.keys()]);
  const changed = [...capture.statuses].filter(([id, status]) => now.get(id) !== status);
  const stages = capture.stages.filter(({ teamId, stage }) => {
    const row = selectMaybe(
      db,
      StageRow,
      'SELECT started_at, ended_at FROM team_stage WHERE team_id = ?',
      teamId,
    );
    return row?.started_at !== stage?.startedAt || row?.ended_at !== stage?.endedAt;
  });
  const before: UndoBefore = {
    state: capture.state,
    statuses: changed.map(([teamId, status]) => ({ teamId, status })),
    stages,
    lastRecordId: capture.lastRecordId,
  };
  db.prepare(
    `INSERT INTO timer_undo (id, action, after_revision, before_json, at) VALUES (1, ?, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET action = excluded.action, after_revision = excluded.after_revision,
         before_json = excluded.before_json, at = excluded.at`,
  ).run(action, afterRevision, JSON.stringify(before), nowMs);
}

const UndoRow = rowShape({ action: 'text', after_revision: 'num', before_json: 'text', at: 'num' });

function currentRevision(db: Db): number {
  return selectOne(db, rowShape({ revision: 'num' }), 'SELECT revision FROM timer_state WHERE id = 1')
    .revision;
}

/** The action the chair can undo now, or null (nothing done, or the timer moved since). */
export function readUndo(db: Db): UndoInfo | null {
  const row = selectMaybe(
    db,
    UndoRow,
    'SELECT action, after_revision, before_json, at FROM timer_undo WHERE id = 1',
  );
  if (!row || row.after_revision !== currentRevision(db)) return null;
  return { action: row.action, at: row.at };
}

/** The anchors to restore: a running clock comes back paused with the time it had used. */
export function restoredState(before: TimerState, actionAt: number): TimerState {
  if (before.status !== 'running' || before.startedAt === null) return before;
  return {
    ...before,
    status: 'paused',
    startedAt: null,
    accumulatedMs: before.accumulatedMs + Math.max(0, actionAt - before.startedAt),
  };
}

/** Reverts the last chair action; must run inside a transaction. */
export function applyUndo(db: Db, nowMs: number): void {
  const row = selectMaybe(
    db,
    UndoRow,
    'SELECT action, after_revision, before_json, at FROM timer_undo WHERE id = 1',
  );
  if (!row || row.after_revision !== currentRevision(db)) throw new DomainError('timer.nothingToUndo');
  const before = JSON.parse(row.before_json) as UndoBefore;
  const state = parseTimerState(before.state);
  if (!state) throw new DomainError('timer.nothingToUndo');
  db.prepare(
    'UPDATE timer_state SET revision = revision + 1, state_json = ?, updated_at = ? WHERE id = 1',
  ).run(JSON.stringify(restoredState(state, row.at)), nowMs);
  db.prepare('DELETE FROM phase_record WHERE id > ?').run(before.lastRecordId);
  // Statuses: off the stage first, so the unique "on stage" index never sees two teams.
  const setStatus = db.prepare('UPDATE running_order SET status = ? WHERE team_id = ?');
  for (const { teamId } of before.statuses) setStatus.run('waiting', teamId);
  const ordered = [...before.statuses].sort(
    (a, b) => Number(a.status === 'on_stage') - Number(b.status === 'on_stage'),
  );
  for (const { teamId, status } of ordered) setStatus.run(status, teamId);
  for (const { teamId, stage } of before.stages) {
    db.prepare('DELETE FROM team_stage WHERE team_id = ?').run(teamId);
    if (stage)
      db.prepare('INSERT INTO team_stage (team_id, started_at, ended_at) VALUES (?, ?, ?)').run(
        teamId,
        stage.startedAt,
        stage.endedAt,
      );
  }
  db.prepare('DELETE FROM timer_undo WHERE id = 1').run();
}
