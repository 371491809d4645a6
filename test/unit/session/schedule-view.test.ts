import { describe, expect, it } from 'vitest';
import type { OrderView } from '../../../common/contract/session';
import { applyTimerCommand, createTimerState, type TimerState } from '../../../common/timer';
import {
  driftMinutes,
  fromTimeInput,
  scheduleOf,
  toTimeInput,
} from '../../../renderer/src/order/schedule-view';

const START = new Date('2026-11-27T14:00:00').getTime();
const MIN = 60_000;

function view(
  statuses: OrderView['entries'][number]['status'][],
  actuals: OrderView['actuals'] = [],
): OrderView {
  return {
    entries: statuses.map((status, i) => ({
      teamId: i + 1,
      name: `Team ${i + 1}`,
      projectTitle: '',
      status,
      pitchMs: 5 * MIN,
      qaMs: 3 * MIN,
      pitchOverrideMs: null,
      qaOverrideMs: null,
    })),
    draw: null,
    startMs: START,
    defaults: { pitchMs: 5 * MIN, qaMs: 3 * MIN, changeoverMs: 2 * MIN, amberAtMs: MIN, redAtMs: 30_000 },
    actuals,
  };
}

function runningSince(startedAt: number): TimerState {
  let state = createTimerState();
  for (const c of [
    { type: 'endTeam', next: { teamId: 1, pitchMs: 5 * MIN, qaMs: 3 * MIN } },
    { type: 'start' },
  ] as const) {
    const r = applyTimerCommand(state, c, startedAt);
    if (!r.ok) throw new Error(r.refusal.code);
    state = r.state;
  }
  return state;
}

describe('the schedule the chair sees', () => {
  it('needs a session start', () => {
    expect(scheduleOf({ ...view(['waiting']), startMs: null }, null, START)).toBeNull();
  });

  it('lays the teams out from the start, changeovers included', () => {
    const schedule = scheduleOf(view(['waiting', 'waiting', 'absent', 'waiting']), null, START - MIN);
    expect(schedule?.teams.map((t) => t.planned?.startMs)).toEqual([
      START,
      START + 10 * MIN,
      undefined,
      START + 20 * MIN,
    ]);
    expect(schedule?.driftMs).toBe(0);
  });

  it('follows the live clock of the team on stage: a pitch started 7 minutes late is +7 min', () => {
    const started = START + 7 * MIN;
    const order = view(['on_stage', 'waiting'], [{ teamId: 1, startedAt: started, endedAt: null }]);
    const schedule = scheduleOf(order, runningSince(started), started + MIN);
    expect(schedule?.teams[1]?.estimated?.startMs).toBe(started + 8 * MIN + 2 * MIN);
    expect(driftMinutes(schedule?.driftMs ?? 0)).toBe(7);
  });

  it('writes and reads the session start as local time on the event day', () => {
    expect(toTimeInput(START)).toBe('14:00');
    expect(fromTimeInput('2026-11-27', '14:00')).toBe(START);
    expect(fromTimeInput('2026-11-27', '2 pm')).toBeNull();
  });

  it('reads the start as a 24-hour time typed the French or English way, never as 12-hour', () => {
    for (const typed of ['14:00', '14h00', '14 h 00', '14H00', '14.00', ' 14:00 '])
      expect(fromTimeInput('2026-11-27', typed), typed).toBe(START);
    expect(fromTimeInput('2026-11-27', '9:05')).toBe(new Date('2026-11-27T09:05:00').getTime());
    for (const typed of ['02:00 PM', '2:00 pm', '24:00', '14:60', '1400', ''])
      expect(fromTimeInput('2026-11-27', typed), typed).toBeNull();
  });
});
