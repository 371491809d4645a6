/**
 * Per-frame cost of what the display computes on every animation frame from
 * the timer anchors: remaining time, colour and clock text (the progress bar
 * and the overtime flash are measured separately as the "full" frame). The
 * frame budget at 60 Hz is 16.7 ms; this shows the clock maths is noise in it.
 */

import type { TimerState } from '../../common/timer';
import {
  applyTimerCommand,
  createTimerState,
  formatClock,
  overtimeFlashOn,
  progressFraction,
  remainingMs,
  timerColour,
} from '../../common/timer';
import { type Bench, type BenchFigure, percentile } from './figure';

const FRAME_MS = 1000 / 60;
const FRAMES_PER_BATCH = 20_000;
const BATCHES = 40;
const thresholds = { amberAtMs: 60_000, redAtMs: 30_000 };

function runningState(t0: number): TimerState {
  const loaded = applyTimerCommand(
    createTimerState(),
    { type: 'endTeam', next: { teamId: 1, pitchMs: 300_000, qaMs: 120_000 } },
    t0,
  );
  if (!loaded.ok) throw new Error(loaded.refusal.code);
  const started = applyTimerCommand(loaded.state, { type: 'start' }, t0);
  if (!started.ok) throw new Error(started.refusal.code);
  return started.state;
}

/** Simulated frames spanning the whole pitch and into overtime, so every colour and text width occurs. */
function measure(frame: (state: TimerState, now: number) => number): number[] {
  const t0 = 1_700_000_000_000;
  const state = runningState(t0);
  let sink = 0;
  const perFrameNs: number[] = [];
  for (let batch = -5; batch < BATCHES; batch++) {
    const begin = performance.now();
    for (let i = 0; i < FRAMES_PER_BATCH; i++)
      sink += frame(state, t0 + ((batch * FRAMES_PER_BATCH + i) % 24_000) * FRAME_MS);
    const ns = ((performance.now() - begin) * 1e6) / FRAMES_PER_BATCH;
    if (batch >= 0) perFrameNs.push(ns); // negative batches warm the JIT up
  }
  if (sink === Number.MIN_VALUE) console.log(sink); // keeps the work observable
  return perFrameNs.sort((a, b) => a - b);
}

const bench: Bench = async () => {
  const basic = measure((state, now) => {
    const remaining = remainingMs(state, now);
    return timerColour(remaining, thresholds).length + formatClock(remaining).length;
  });
  const full = measure((state, now) => {
    const remaining = remainingMs(state, now);
    const text = formatClock(remaining);
    const colour = timerColour(remaining, thresholds);
    const flash = overtimeFlashOn(state, now) ? 1 : 0;
    return text.length + colour.length + flash + progressFraction(state, now);
  });
  const round = (x: number) => Math.round(x * 10) / 10;
  const note = `${BATCHES} batches × ${FRAMES_PER_BATCH} frames; frame budget 16.7 ms = 16 700 000 ns`;
  const figures: BenchFigure[] = [
    {
      id: 'timer.frame_compute_ns',
      value: round(percentile(basic, 50)),
      unit: 'ns',
      better: 'lower',
      note: `median of batches; remainingMs+timerColour+formatClock; ${note}`,
    },
    {
      id: 'timer.frame_compute_p99_ns',
      value: round(percentile(basic, 99)),
      unit: 'ns',
      better: 'lower',
      note: 'slowest batch average',
    },
    {
      id: 'timer.frame_compute_full_ns',
      value: round(percentile(full, 50)),
      unit: 'ns',
      better: 'lower',
      note: '+ progressFraction + overtimeFlashOn',
    },
  ];
  return figures;
};

export default bench;
