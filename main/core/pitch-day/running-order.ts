/**
 * Running-order operations as the chair performs them, each in one
 * transaction: the pure rules of common/order applied to what SQLite holds,
 * plus the one place where the order and the timer meet (a team called on
 * stage but not started yet can still be sent to the end or marked absent).
 */
import type { OrderView, SettableStatus } from '../../../common/contract/session';
import {
  arrange,
  canonicalSeed,
  DRAW_ALGORITHM_VERSION,
  drawOrder,
  makeSeed,
  moveToEnd,
  type OrderEntry,
  type OrderResult,
  setTeamStatus,
  teamOnStage,
} from '../../../common/order';
import { applyTimerCommand } from '../../../common/timer';
import type { Db } from '../db/open';
import { DomainError } from '../errors';
import { readTimerDefaults } from '../event/event-info';
import { listTeams } from '../event/teams';
import { readOrder, timingOf, writeOrder } from './order-store';
import { readSessionInfo, writeDraw, writeSessionStart } from './session-info';
import { readStageTimes, readTimer, saveTransition } from './timer-store';

/** What a change did, so the handler knows which windows to tell. */
export interface OrderChange {
  view: OrderView;
  /** The timer was unloaded (a called team sent back before it started). */
  timerChanged: boolean;
}

export function readOrderView(db: Db): OrderView {
  return db.transaction(() => {
    const defaults = readTimerDefaults(db);
    const teams = new Map(listTeams(db).map((t) => [t.id, t]));
    const info = readSessionInfo(db);
    return {
      entries: readOrder(db).map((entry) => {
        const team = teams.get(entry.teamId);
        const timing = timingOf(entry, defaults);
        return {
          teamId: entry.teamId,
          name: team?.name ?? '',
          projectTitle: team?.projectTitle ?? '',
          status: entry.status,
          pitchMs: timing.pitchMs,
          qaMs: timing.qaMs,
          pitchOverrideMs: entry.pitchOverrideMs,
          qaOverrideMs: entry.qaOverrideMs,
        };
      }),
      draw: info.draw,
      startMs: info.startMs,
      defaults,
      actuals: readStageTimes(db).filter((s) => teams.has(s.teamId)),
    };
  })();
}

function unwrap(result: OrderResult): OrderEntry[] {
  if (result.ok) return result.order;
  const { code, ...details } = result.refusal;
  const params: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(details)) if (value !== undefined) params[key] = value;
  throw new DomainError(code, params);
}

function plain(order: readonly OrderEntry[]): OrderEntry[] {
  return order.map(({ teamId, status }) => ({ teamId, status }));
}

/** Runs `change` over the stored order and saves what it returns, atomically. */
function changeOrder(db: Db, change: (order: OrderEntry[]) => OrderEntry[]): OrderChange {
  return db.transaction(() => {
    writeOrder(db, change(plain(readOrder(db))));
    return { view: readOrderView(db), timerChanged: false };
  })();
}

export function reorderRunningOrder(db: Db, teamIds: readonly number[]): OrderChange {
  return changeOrder(db, (order) => unwrap(arrange(order, teamIds)));
}

/**
 * The transparent draw over every team of the event. Refused once the session
 * has begun (a team on stage or done): reshuffling teams that already pitched
 * would only confuse; the chair can still drag.
 */
export function drawRunningOrder(db: Db, seed: string | null, nowMs: number): OrderChange {
  const chosen = seed?.trim() || makeSeed();
  if (canonicalSeed(chosen) === '') throw new DomainError('order.emptySeed');
  return db.transaction(() => {
    const order = plain(readOrder(db));
    if (order.some((e) => e.status === 'on_stage' || e.status === 'done')) {
      throw new DomainError('order.drawAfterStart');
    }
    if (order.length === 0) throw new DomainError('order.noTeams');
    const teamIds = order.map((e) => e.teamId).sort((a, b) => a - b);
    const resultIds = drawOrder(teamIds, chosen);
    writeOrder(db, unwrap(arrange(order, resultIds)));
    writeDraw(db, {
      seed: chosen,
      algorithmVersion: DRAW_ALGORITHM_VERSION,
      teamIds,
      resultIds,
      drawnAt: nowMs,
    });
    return { view: readOrderView(db), timerChanged: false };
  })();
}

/**
 * If `teamId` is on stage but its clock never started, takes it off stage
 * (back to waiting) and empties the timer, so it can be moved or marked
 * absent. A team that has started must be ended with "next team" instead.
 */
function releaseUnstartedTeam(db: Db, order: OrderEntry[], teamId: number, nowMs: number): boolean {
  if (teamOnStage(order) !== teamId) return false;
  const stored = readTimer(db);
  const started = stored.state.teamId === teamId && stored.state.teamStartedAt !== null;
  if (started) throw new DomainError('order.teamOnStage', { teamId });
  const entry = order.find((e) => e.teamId === teamId);
  if (entry) entry.status = 'waiting';
  if (stored.state.status !== 'empty') {
    const result = applyTimerCommand(stored.state, { type: 'endTeam', next: null }, nowMs);
    if (result.ok) saveTransition(db, stored.state, result.state, result.records, nowMs);
  }
  return true;
}

export function setRunningOrderStatus(
  db: Db,
  teamId: number,
  status: SettableStatus,
  nowMs: number,
): OrderChange {
  return db.transaction(() => {
    const order = plain(readOrder(db));
    if (!order.some((e) => e.teamId === teamId)) throw new DomainError('error.notFound');
    const timerChanged = releaseUnstartedTeam(db, order, teamId, nowMs);
    writeOrder(db, unwrap(setTeamStatus(order, teamId, status)));
    return { view: readOrderView(db), timerChanged };
  })();
}

/** A late team goes to the end, even if it was just called and is not there. */
export function moveRunningOrderTeamToEnd(db: Db, teamId: number, nowMs: number): OrderChange {
  return db.transaction(() => {
    const order = plain(readOrder(db));
    if (!order.some((e) => e.teamId === teamId)) throw new DomainError('error.notFound');
    const timerChanged = releaseUnstartedTeam(db, order, teamId, nowMs);
    writeOrder(db, unwrap(moveToEnd(order, teamId)));
    return { view: readOrderView(db), timerChanged };
  })();
}

export function setSessionStart(db: Db, startMs: number | null): OrderView {
  writeSessionStart(db, startMs);
  return readOrderView(db);
}
