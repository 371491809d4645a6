import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyTimerCommand, createTimerState, type TimerState } from '../../../common/timer';
import { clockShape, fitFontSize, frameView, progressPixels } from '../../../renderer/src/display/frame';

const T0 = 1_790_000_000_000;
const thresholds = { amberAtMs: 60_000, redAtMs: 30_000 };

function running(pitchMs: number): TimerState {
  let state = createTimerState();
  for (const command of [
    { type: 'endTeam', next: { teamId: 1, pitchMs, qaMs: 0 } },
    { type: 'start' },
  ] as const) {
    const result = applyTimerCommand(state, command, T0);
    if (!result.ok) throw new Error(result.refusal.code);
    state = result.state;
  }
  return state;
}

describe('one frame of the clock', () => {
  it('shows nothing on an empty stage', () => {
    expect(frameView(createTimerState(), T0, thresholds)).toEqual({
      text: '',
      colour: 'neutral',
      flash: false,
      progress: 0,
    });
  });

  it('counts down through the colours into flashing overtime', () => {
    const state = running(300_000);
    expect(frameView(state, T0, thresholds)).toEqual({
      text: '5:00',
      colour: 'green',
      flash: false,
      progress: 0,
    });
    expect(frameView(state, T0 + 240_000, thresholds)).toMatchObject({ text: '1:00', colour: 'amber' });
    expect(frameView(state, T0 + 270_000, thresholds)).toMatchObject({ text: '0:30', colour: 'red' });
    expect(frameView(state, T0 + 312_000, thresholds)).toMatchObject({
      text: '+0:12',
      colour: 'overtime',
      progress: 1,
    });
    const flashes = [0, 250, 500, 750, 1000].map((d) => frameView(state, T0 + 300_001 + d, thresholds).flash);
    expect(flashes).toEqual([true, true, false, false, true]);
  });
});

describe('fitting the clock', () => {
  it('keeps the font size for texts of the same shape, so it is refitted rarely', () => {
    expect(clockShape('4:59')).toBe(clockShape('1:11'));
    expect(clockShape('9:59')).not.toBe(clockShape('10:00'));
    expect(clockShape('0:00')).not.toBe(clockShape('+0:01'));
  });

  it('finds the largest size that fits both width and height', () => {
    // "0:00" measured 200×100 at 100 px: a 1000×300 box is limited by height.
    expect(fitFontSize({ width: 1000, height: 300 }, { width: 200, height: 100 }, 100, 1)).toBe(300);
    expect(fitFontSize({ width: 500, height: 800 }, { width: 200, height: 100 }, 100, 1)).toBe(250);
    expect(fitFontSize({ width: 0, height: 800 }, { width: 200, height: 100 }, 100)).toBe(0);
  });

  it('never overflows whatever the box and the text', () => {
    const size = fc.double({ min: 1, max: 10_000, noNaN: true });
    fc.assert(
      fc.property(size, size, size, size, (bw, bh, nw, nh) => {
        const px = fitFontSize({ width: bw, height: bh }, { width: nw, height: nh }, 100);
        expect((nw * px) / 100).toBeLessThanOrEqual(bw);
        expect((nh * px) / 100).toBeLessThanOrEqual(bh);
      }),
      { numRuns: 300 },
    );
  });

  it('moves the progress bar in whole pixels, clamped to the track', () => {
    expect(progressPixels(0.5, 1921)).toBe(961);
    expect(progressPixels(1.7, 1920)).toBe(1920);
    expect(progressPixels(-1, 1920)).toBe(0);
  });
});
