import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyTimerCommand,
  createTimerState,
  formatClock,
  remainingMs,
  stateColour,
  type TimerCommand,
  type TimerState,
} from '../../../common/timer';
import { upcomingChimes } from '../../../renderer/src/control/chimes';

const T0 = 1_790_000_000_000;

function stateAfter(commands: TimerCommand[], at = T0): TimerState {
  let state = createTimerState();
  for (const command of commands) {
    const result = applyTimerCommand(state, command, at);
    if (!result.ok) throw new Error(result.refusal.code);
    state = result.state;
  }
  return state;
}
const load = (pitchMs: number): TimerCommand => ({ type: 'endTeam', next: { teamId: 1, pitchMs, qaMs: 0 } });

describe('when the chimes ring', () => {
  const thresholds = { amberAtMs: 60_000, redAtMs: 30_000 };

  it('rings once per threshold still ahead of a running clock', () => {
    const state = stateAfter([load(300_000), { type: 'start' }]);
    expect(upcomingChimes(state, T0 + 100_000, thresholds)).toEqual([
      { kind: 'amber', inMs: 140_000 },
      { kind: 'red', inMs: 170_000 },
      { kind: 'zero', inMs: 200_000 },
    ]);
    expect(upcomingChimes(state, T0 + 280_000, thresholds)).toEqual([{ kind: 'zero', inMs: 20_000 }]);
    expect(upcomingChimes(state, T0 + 300_500, thresholds)).toEqual([]);
  });

  it('stays silent while idle or paused', () => {
    expect(upcomingChimes(stateAfter([load(300_000)]), T0, thresholds)).toEqual([]);
    expect(
      upcomingChimes(stateAfter([load(300_000), { type: 'start' }, { type: 'pause' }]), T0, thresholds),
    ).toEqual([]);
  });

  it('skips amber when it would not show, and lets zero stand for red at 0:00', () => {
    const state = stateAfter([load(300_000), { type: 'start' }]);
    expect(upcomingChimes(state, T0, { amberAtMs: 0, redAtMs: 0 }).map((c) => c.kind)).toEqual(['zero']);
    expect(upcomingChimes(state, T0, { amberAtMs: 20_000, redAtMs: 30_000 }).map((c) => c.kind)).toEqual([
      'red',
      'zero',
    ]);
  });

  it('rings exactly when the projector changes colour, and zero when it shows 0:00', () => {
    const ms = fc.integer({ min: 0, max: 600_000 });
    fc.assert(
      fc.property(ms, ms, ms, ms, (pitchMs, amber, red, elapsed) => {
        const state = stateAfter([load(pitchMs), { type: 'start' }]);
        const thresholds = { amberAtMs: amber, redAtMs: red };
        const now = T0 + Math.min(elapsed, pitchMs);
        for (const { kind, inMs } of upcomingChimes(state, now, thresholds)) {
          const at = now + inMs;
          if (kind === 'zero') {
            expect(formatClock(remainingMs(state, at))).toBe('0:00');
            expect(formatClock(remainingMs(state, at - 1))).toBe('0:01');
          } else {
            expect(stateColour(state, at, thresholds)).toBe(kind);
            expect(stateColour(state, at - 1, thresholds)).not.toBe(kind);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
