import { describe, expect, it } from 'vitest';
import type { ScheduleInput, ScheduleTeam, TeamStatus } from '../../../common/order';
import { estimateSchedule, expectedEndFromTimer } from '../../../common/order';
import type { TimerCommand, TimerState } from '../../../common/timer';
import { applyTimerCommand, createTimerState } from '../../../common/timer';

const MIN = 60_000;
const START = Date.UTC(2025, 8, 30, 13, 0); // 30 September 2025, 13:00 UTC

/** Teams of 5 min pitch + 3 min Q&A, 2 min changeover: one slot every 10 min. */
const team = (teamId: number, status: TeamStatus = 'waiting'): ScheduleTeam => ({
  teamId,
  status,
  pitchMs: 5 * MIN,
  qaMs: 3 * MIN,
});

function input(order: ScheduleTeam[], actuals: ScheduleInput['actuals'] = []): ScheduleInput {
  return { sessionStart: START, order, changeoverMs: 2 * MIN, actuals };
}

const starts = (s: ReturnType<typeof estimateSchedule>, which: 'planned' | 'estimated') =>
  s.teams.map((t) => (t[which] ? (t[which].startMs - START) / MIN : null));

describe('estimateSchedule', () => {
  it('before the session: estimate equals plan, no drift', () => {
    const s = estimateSchedule(input([team(1), team(2), team(3)]), START - 30 * MIN);
    expect(starts(s, 'planned')).toEqual([0, 10, 20]);
    expect(starts(s, 'estimated')).toEqual([0, 10, 20]);
    expect(s.plannedEndMs).toBe(START + 28 * MIN);
    expect(s.driftMs).toBe(0);
  });

  it('absent and withdrawn teams take no slot', () => {
    const s = estimateSchedule(input([team(1), team(2, 'absent'), team(3, 'withdrawn'), team(4)]), START);
    expect(starts(s, 'planned')).toEqual([0, null, null, 10]);
    expect(starts(s, 'estimated')).toEqual([0, null, null, 10]);
  });

  it('a late start pushes everything: the session is behind by the delay', () => {
    const s = estimateSchedule(input([team(1), team(2)]), START + 7 * MIN);
    expect(starts(s, 'estimated')).toEqual([7, 17]);
    expect(s.driftMs).toBe(7 * MIN);
    expect(s.teams.map((t) => t.lateByMs)).toEqual([7 * MIN, 7 * MIN]);
  });

  it('uses recorded times for teams that ran, and forecasts the rest after them', () => {
    const order = [team(1, 'done'), team(2, 'on_stage'), team(3), team(4)];
    const actuals = [
      { teamId: 1, startedAt: START + 1 * MIN, endedAt: START + 12 * MIN }, // 3 min over
      { teamId: 2, startedAt: START + 14 * MIN, endedAt: null },
    ];
    const s = estimateSchedule(input(order, actuals), START + 16 * MIN);
    expect(starts(s, 'estimated')).toEqual([1, 14, 24, 34]);
    expect(s.teams.map((t) => t.recorded)).toEqual([true, true, false, false]);
    // Planned end 13:38; now expected 13:42.
    expect(s.driftMs).toBe(4 * MIN);
  });

  it('the team on stage cannot end before now: overtime grows the drift live', () => {
    const order = [team(1, 'on_stage'), team(2)];
    const actuals = [{ teamId: 1, startedAt: START, endedAt: null }];
    const at = (minutes: number) => estimateSchedule(input(order, actuals), START + minutes * MIN);
    expect(at(5).driftMs).toBe(0);
    expect(at(11).driftMs).toBe(3 * MIN);
    expect(at(11).teams[0]?.estimated?.endMs).toBe(START + 11 * MIN);
  });

  it('prefers the live expectation of the team on stage when given', () => {
    const order = [team(1, 'on_stage'), team(2)];
    const actuals = [{ teamId: 1, startedAt: START, endedAt: null, expectedEndMs: START + 9 * MIN }];
    expect(estimateSchedule(input(order, actuals), START + 2 * MIN).driftMs).toBe(1 * MIN);
  });

  it('finishing early shows the session ahead (negative drift)', () => {
    const order = [team(1, 'done'), team(2)];
    const actuals = [{ teamId: 1, startedAt: START, endedAt: START + 6 * MIN }];
    const s = estimateSchedule(input(order, actuals), START + 6 * MIN);
    expect(starts(s, 'estimated')).toEqual([0, 8]);
    expect(s.driftMs).toBe(-2 * MIN);
  });

  it('standing still between teams loses time', () => {
    const order = [team(1, 'done'), team(2)];
    const actuals = [{ teamId: 1, startedAt: START, endedAt: START + 8 * MIN }];
    expect(estimateSchedule(input(order, actuals), START + 9 * MIN).driftMs).toBe(0);
    expect(estimateSchedule(input(order, actuals), START + 15 * MIN).driftMs).toBe(5 * MIN);
  });

  it('follows recorded time, not list position, when the order was changed mid-session', () => {
    // Team 2 was late and moved after team 3, which already ran.
    const order = [team(1, 'done'), team(3, 'done'), team(2)];
    const actuals = [
      { teamId: 1, startedAt: START, endedAt: START + 8 * MIN },
      { teamId: 3, startedAt: START + 10 * MIN, endedAt: START + 18 * MIN },
    ];
    const s = estimateSchedule(input(order, actuals), START + 18 * MIN);
    expect(starts(s, 'estimated')).toEqual([0, 10, 20]);
    expect(s.driftMs).toBe(0);
  });

  it('a done team without recorded times has no estimated slot', () => {
    const s = estimateSchedule(input([team(1, 'done'), team(2)]), START + 10 * MIN);
    expect(s.teams[0]?.estimated).toBeNull();
    expect(s.teams[0]?.planned).not.toBeNull();
    expect(starts(s, 'estimated')).toEqual([null, 10]);
    expect(s.driftMs).toBe(0);
  });

  it('an empty order has nothing to compare', () => {
    const s = estimateSchedule(input([]), START);
    expect(s).toEqual({ teams: [], plannedEndMs: START, estimatedEndMs: null, driftMs: null });
  });
});

describe('expectedEndFromTimer', () => {
  function apply(state: TimerState, command: TimerCommand, at: number): TimerState {
    const result = applyTimerCommand(state, command, at);
    if (!result.ok) throw new Error(result.refusal.code);
    return result.state;
  }
  const loaded = apply(
    createTimerState(),
    { type: 'endTeam', next: { teamId: 1, pitchMs: 5 * MIN, qaMs: 3 * MIN } },
    START,
  );

  it('adds the rest of the phase and the Q&A still to come', () => {
    const running = apply(loaded, { type: 'start' }, START);
    expect(expectedEndFromTimer(running, START + 2 * MIN)).toBe(START + 8 * MIN);
    const qa = apply(running, { type: 'nextPhase' }, START + 6 * MIN);
    expect(expectedEndFromTimer(qa, START + 7 * MIN)).toBe(START + 9 * MIN);
  });

  it('counts overtime as ending now, and nothing for an empty stage', () => {
    const running = apply(loaded, { type: 'start' }, START);
    expect(expectedEndFromTimer(running, START + 6 * MIN)).toBe(START + 9 * MIN);
    expect(expectedEndFromTimer(createTimerState(), START)).toBeNull();
  });
});
