import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TimerCommand, TimerState } from '../../../common/timer';
import {
  applyTimerCommand,
  createTimerState,
  formatClock,
  overtimeFlashOn,
  progressFraction,
  stateColour,
  timerColour,
} from '../../../common/timer';

const T0 = 1_700_000_000_000;
const thresholds = { amberAtMs: 60_000, redAtMs: 30_000 };

function apply(state: TimerState, command: TimerCommand, at: number): TimerState {
  const result = applyTimerCommand(state, command, at);
  if (!result.ok) throw new Error(result.refusal.code);
  return result.state;
}

const loaded = (pitchMs = 300_000) =>
  apply(createTimerState(), { type: 'endTeam', next: { teamId: 1, pitchMs, qaMs: 60_000 } }, T0);

describe('formatClock', () => {
  it.each([
    [300_000, '5:00'],
    [299_999, '5:00'],
    [299_000, '4:59'],
    [5_000, '0:05'],
    [1, '0:01'],
    [0, '0:00'],
    [-0, '0:00'],
    [-1, '+0:01'],
    [-12_000, '+0:12'],
    [-61_000, '+1:01'],
    [3_599_000, '59:59'],
    [3_600_000, '1:00:00'],
    [3_723_000, '1:02:03'],
    [-3_605_000, '+1:00:05'],
    [Number.NaN, '-:--'],
  ])('%d ms → %s', (ms, text) => {
    expect(formatClock(ms)).toBe(text);
  });

  it('is monotonic: less time left never shows more', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -7_200_000, max: 7_200_000 }),
        fc.integer({ min: 1, max: 5000 }),
        (ms, d) => {
          const toSeconds = (text: string) => {
            const sign = text.startsWith('+') ? -1 : 1;
            const parts = text.replace('+', '').split(':').map(Number);
            return sign * parts.reduce((acc, p) => acc * 60 + p, 0);
          };
          expect(toSeconds(formatClock(ms - d))).toBeLessThanOrEqual(toSeconds(formatClock(ms)));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('timerColour', () => {
  it.each([
    [120_000, 'green'],
    [60_001, 'green'],
    [60_000, 'amber'],
    [30_001, 'amber'],
    [30_000, 'red'],
    [0, 'red'],
    [-1, 'overtime'],
  ] as const)('%d ms left → %s', (remaining, colour) => {
    expect(timerColour(remaining, thresholds)).toBe(colour);
  });

  it('agrees with the clock text: overtime exactly when a "+" shows', () => {
    fc.assert(
      fc.property(fc.integer({ min: -100_000, max: 100_000 }), (ms) => {
        expect(timerColour(ms, thresholds) === 'overtime').toBe(formatClock(ms).startsWith('+'));
      }),
      { numRuns: 200 },
    );
  });

  it('is neutral before the phase starts, and red wins over inverted thresholds', () => {
    expect(timerColour(10_000, thresholds, false)).toBe('neutral');
    expect(timerColour(45_000, { amberAtMs: 30_000, redAtMs: 60_000 })).toBe('red');
    expect(timerColour(45_000, { amberAtMs: 0, redAtMs: 0 })).toBe('green');
    expect(stateColour(loaded(), T0 + 999_999, thresholds)).toBe('neutral');
    const running = apply(loaded(), { type: 'start' }, T0);
    expect(stateColour(running, T0 + 250_000, thresholds)).toBe('amber');
  });
});

describe('progressFraction', () => {
  it('goes from 0 to 1 and stays there in overtime', () => {
    const running = apply(loaded(100_000), { type: 'start' }, T0);
    expect(progressFraction(running, T0)).toBe(0);
    expect(progressFraction(running, T0 + 25_000)).toBe(0.25);
    expect(progressFraction(running, T0 + 500_000)).toBe(1);
    expect(progressFraction(createTimerState(), T0)).toBe(0);
  });

  it('a zero-length phase is empty when idle and full once started', () => {
    const idle = loaded(0);
    expect(progressFraction(idle, T0)).toBe(0);
    expect(progressFraction(apply(idle, { type: 'start' }, T0), T0)).toBe(1);
  });
});

describe('overtimeFlashOn', () => {
  const running = apply(loaded(10_000), { type: 'start' }, T0);

  it('is off before zero and blinks in half periods anchored at zero', () => {
    expect(overtimeFlashOn(running, T0 + 10_000)).toBe(false);
    expect(overtimeFlashOn(running, T0 + 10_001)).toBe(true);
    expect(overtimeFlashOn(running, T0 + 10_499)).toBe(true);
    expect(overtimeFlashOn(running, T0 + 10_500)).toBe(false);
    expect(overtimeFlashOn(running, T0 + 11_000)).toBe(true);
  });

  it('stays on, without blinking, while paused in overtime', () => {
    const paused = apply(running, { type: 'pause' }, T0 + 10_600);
    expect(overtimeFlashOn(paused, T0 + 10_600)).toBe(true);
    expect(overtimeFlashOn(paused, T0 + 20_750)).toBe(true);
  });
});
