/**
 * The crash loop, bounded: 8 SIGKILLs of a process scoring and driving the
 * timer through the real dispatcher. Every acknowledged score must be in the
 * file, the timer anchors consistent, integrity_check ok, the chain intact.
 * The long run is `npx tsx test/reliability/crash-loop.ts --cycles 50` and
 * the benchmark test/bench/crash-loop.bench.ts.
 */
import { describe, expect, it } from 'vitest';
import { runCrashLoop } from '../../reliability/crash-loop-runner';

const CYCLES = 8;

describe('crash loop', () => {
  it(`loses no acknowledged score and keeps the timer consistent through ${CYCLES} SIGKILLs`, async () => {
    const report = await runCrashLoop({ cycles: CYCLES, seed: 20_260_930 });
    expect(report.problems).toEqual([]);
    expect(report).toMatchObject({
      cycles: CYCLES,
      lostScores: 0,
      timerInconsistencies: 0,
      integrityFailures: 0,
      chainBreaks: 0,
    });
    // The loop really wrote: scores and timer transitions were acknowledged before the kills.
    expect(report.acknowledgedScores).toBeGreaterThanOrEqual(CYCLES);
    expect(report.acknowledgedTimerCommands).toBeGreaterThan(0);
    expect(report.finalEvents).toBeGreaterThan(0);
  });
});
