/**
 * The schedule estimate: when each team should pitch (planned) and when it
 * now will (estimated), and how far ahead or behind the session runs.
 *
 * Rules:
 * - A team's slot is its pitch + Q&A. The first team starts at `sessionStart`;
 *   `changeoverMs` separates consecutive teams. Absent and withdrawn teams take no slot.
 * - Planned: the current running order laid end to end from `sessionStart`.
 * - Estimated: teams that ran (done, or on stage with a recorded start) take
 *   their recorded times, the one on stage ending at `expectedEndMs` if given,
 *   else no earlier than its planned length and never before `now`. The rest
 *   (the team on stage not yet started first, then the waiting teams in order)
 *   follow from the later of `now` and the last end + changeover: a session
 *   cannot catch up time it has already lost by standing still.
 * - A done team without recorded times has no estimated slot (nobody knows when it ran).
 * - `driftMs` = estimated end of the session − planned end: positive means
 *   behind ("+7 min"), negative ahead. Since the remaining teams are counted at
 *   their planned length in both, it is the time gained or lost so far.
 */
import { remainingMs } from '../timer/reads';
import type { TimerState } from '../timer/types';
import type { TeamStatus } from './types';

export interface ScheduleTeam {
  teamId: number;
  status: TeamStatus;
  pitchMs: number;
  qaMs: number;
}

/** Recorded stage times of a team (epoch ms). */
export interface TeamActual {
  teamId: number;
  startedAt: number;
  /** null while the team is still on stage. */
  endedAt: number | null;
  /** For the team on stage: when it should now finish (see `expectedEndFromTimer`). */
  expectedEndMs?: number | null;
}

export interface ScheduleInput {
  sessionStart: number;
  order: readonly ScheduleTeam[];
  changeoverMs: number;
  actuals: readonly TeamActual[];
}

export interface Slot {
  startMs: number;
  endMs: number;
}

export interface ScheduledTeam {
  teamId: number;
  status: TeamStatus;
  planned: Slot | null;
  estimated: Slot | null;
  /** True when `estimated` comes from recorded times rather than a forecast. */
  recorded: boolean;
  /** estimated start − planned start (positive: later than planned). */
  lateByMs: number | null;
}

export interface Schedule {
  teams: ScheduledTeam[];
  plannedEndMs: number;
  /** null when no team has an estimated slot. */
  estimatedEndMs: number | null;
  /** Positive: behind schedule; negative: ahead; null when there is nothing to compare. */
  driftMs: number | null;
}

const takesSlot = (status: TeamStatus) => status !== 'absent' && status !== 'withdrawn';
const slotLength = (team: ScheduleTeam) => team.pitchMs + team.qaMs;

/**
 * When the team on stage should finish, from the live timer: what is left of
 * the current phase (nothing if already over time) plus the Q&A still to come.
 */
export function expectedEndFromTimer(state: TimerState, nowMs: number): number | null {
  if (state.status === 'empty') return null;
  const left = Math.max(0, remainingMs(state, nowMs));
  const qaToCome = state.phase === 'pitch' ? state.plannedQaMs : 0;
  return nowMs + left + qaToCome;
}

export function estimateSchedule(input: ScheduleInput, nowMs: number): Schedule {
  const { sessionStart, changeoverMs } = input;
  const active = input.order.filter((team) => takesSlot(team.status));

  const planned = new Map<number, Slot>();
  let cursor = sessionStart;
  for (const team of active) {
    planned.set(team.teamId, { startMs: cursor, endMs: cursor + slotLength(team) });
    cursor += slotLength(team) + changeoverMs;
  }
  const plannedEndMs = active.length > 0 ? cursor - changeoverMs : sessionStart;

  const actuals = new Map(input.actuals.map((actual) => [actual.teamId, actual]));
  const estimated = new Map<number, Slot>();
  const recorded = new Set<number>();
  let lastEnd: number | null = null;
  for (const team of active) {
    const actual = actuals.get(team.teamId);
    if (!actual || (team.status !== 'done' && team.status !== 'on_stage')) continue;
    const fallbackEnd = actual.startedAt + slotLength(team);
    const endMs =
      actual.endedAt ??
      actual.expectedEndMs ??
      (team.status === 'on_stage' ? Math.max(fallbackEnd, nowMs) : fallbackEnd);
    estimated.set(team.teamId, { startMs: actual.startedAt, endMs });
    recorded.add(team.teamId);
    lastEnd = lastEnd === null ? endMs : Math.max(lastEnd, endMs);
  }

  cursor = Math.max(nowMs, lastEnd === null ? sessionStart : lastEnd + changeoverMs);
  const toForecast = [
    ...active.filter((team) => team.status === 'on_stage' && !recorded.has(team.teamId)),
    ...active.filter((team) => team.status === 'waiting'),
  ];
  for (const team of toForecast) {
    estimated.set(team.teamId, { startMs: cursor, endMs: cursor + slotLength(team) });
    cursor += slotLength(team) + changeoverMs;
  }

  const ends = [...estimated.values()].map((slot) => slot.endMs);
  const estimatedEndMs = ends.length > 0 ? Math.max(...ends) : null;
  const teams = input.order.map((team): ScheduledTeam => {
    const plannedSlot = planned.get(team.teamId) ?? null;
    const estimatedSlot = estimated.get(team.teamId) ?? null;
    return {
      teamId: team.teamId,
      status: team.status,
      planned: plannedSlot,
      estimated: estimatedSlot,
      recorded: recorded.has(team.teamId),
      lateByMs: plannedSlot && estimatedSlot ? estimatedSlot.startMs - plannedSlot.startMs : null,
    };
  });
  return {
    teams,
    plannedEndMs,
    estimatedEndMs,
    driftMs: estimatedEndMs === null ? null : estimatedEndMs - plannedEndMs,
  };
}
