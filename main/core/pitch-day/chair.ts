/**
 * The chair's timer actions against what SQLite holds, one transaction each:
 * read the anchors and the order, apply the pure reducer (common/timer) and
 * the hand-over rules (common/order), persist both. Nothing here keeps state
 * in memory, so a killed process loses nothing.
 */
import type { ChairCommand, TimerSnapshot } from '../../../common/contract/session';
import { handOver, type OrderEntry, setTeamStatus, teamOnStage } from '../../../common/order';
import { applyTimerCommand, type TimerCommand, type TimerState } from '../../../common/timer';
import type { Db } from '../db/open';
import { rowShape, selectMaybe } from '../db/rows';
import { DomainError } from '../errors';
import { readTimerDefaults } from '../event/event-info';
import { readOrder, timingOf, writeOrder } from './order-store';
import { readTimer, saveTransition } from './timer-store';
import { applyUndo, captureBeforeAction, readUndo, recordUndo } from './timer-undo';

export interface ChairResult {
  snapshot: TimerSnapshot;
  /** Statuses or stage times changed (a team called, started or finished): order views re-read. */
  orderChanged: boolean;
}

export function readTimerSnapshot(db: Db, nowMs: number): TimerSnapshot {
  const { revision, state } = readTimer(db);
  const { amberAtMs, redAtMs } = readTimerDefaults(db);
  return { revision, now: nowMs, state, thresholds: { amberAtMs, redAtMs }, undo: readUndo(db) };
}

function teamName(db: Db, teamId: number | null): string {
  if (teamId === null) return '';
  const row = selectMaybe(db, rowShape({ name: 'text' }), 'SELECT name FROM team WHERE id = ?', teamId);
  return row?.name ?? '';
}

/** A team whose clock never ran: ending it would record a pitch that did not happen. */
function notStarted(state: TimerState): boolean {
  return state.status !== 'empty' && state.teamStartedAt === null;
}

interface Plan {
  command: TimerCommand;
  order: OrderEntry[] | null;
}

/** Turns a chair action into a reducer command, plus the new order when teams change. */
function plan(db: Db, state: TimerState, action: ChairCommand): Plan {
  if (action.type !== 'nextTeam' && action.type !== 'callTeam') return { command: action, order: null };
  const stored = readOrder(db);
  const order = stored.map(({ teamId, status }): OrderEntry => ({ teamId, status }));
  const defaults = readTimerDefaults(db);
  const timing = (teamId: number) => {
    const entry = stored.find((e) => e.teamId === teamId);
    if (!entry) throw new DomainError('error.notFound');
    return timingOf(entry, defaults);
  };

  if (action.type === 'nextTeam') {
    if (notStarted(state)) {
      throw new DomainError('session.teamNotStarted', { name: teamName(db, state.teamId) });
    }
    const next = handOver(order);
    if (next.calledTeamId === null && next.finishedTeamId === null && state.status === 'empty') {
      throw new DomainError('session.noTeamWaiting');
    }
    return {
      command: { type: 'endTeam', next: next.calledTeamId === null ? null : timing(next.calledTeamId) },
      order: next.order,
    };
  }

  const target = order.find((e) => e.teamId === action.teamId);
  if (!target) throw new DomainError('error.notFound');
  if (target.status === 'on_stage')
    throw new DomainError('session.alreadyOnStage', { name: teamName(db, action.teamId) });
  if (target.status === 'withdrawn')
    throw new DomainError('session.teamWithdrawn', { name: teamName(db, action.teamId) });
  const current = teamOnStage(order);
  let next = order;
  if (current !== null) {
    // The team on stage is done if it pitched; if it never started, it waits again.
    const result = setTeamStatus(next, current, notStarted(state) ? 'waiting' : 'done');
    if (result.ok) next = result.order;
  }
  const called = setTeamStatus(next, action.teamId, 'on_stage');
  if (!called.ok) throw new DomainError(called.refusal.code);
  return { command: { type: 'endTeam', next: timing(action.teamId) }, order: called.order };
}

export function runChairCommand(db: Db, action: ChairCommand, nowMs: number): ChairResult {
  return db.transaction(() => {
    const stored = readTimer(db);
    const { command, order } = plan(db, stored.state, action);
    const result = applyTimerCommand(stored.state, command, nowMs);
    if (!result.ok) {
      const { code, command: refused, status } = result.refusal;
      throw new DomainError(code, { command: refused, status });
    }
    const capture = captureBeforeAction(db, stored.state);
    const revision = saveTransition(db, stored.state, result.state, result.records, nowMs);
    if (order) writeOrder(db, order);
    recordUndo(db, capture, action.type, revision, nowMs);
    // A first start adds the team's stage time to the schedule: order views re-read too.
    const stageChanged = stored.state.teamStartedAt !== result.state.teamStartedAt;
    return { snapshot: readTimerSnapshot(db, nowMs), orderChanged: order !== null || stageChanged };
  })();
}

/** Reverts the chair's last timer action (see timer-undo.ts); one transaction. */
export function undoChairCommand(db: Db, nowMs: number): ChairResult {
  return db.transaction(() => {
    applyUndo(db, nowMs);
    return { snapshot: readTimerSnapshot(db, nowMs), orderChanged: true };
  })();
}
