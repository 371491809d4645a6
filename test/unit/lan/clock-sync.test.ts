import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ClockSync, estimateOf } from '../../../renderer/src/net/clock-sync';

/** A ping that took `there` ms to reach a laptop whose clock is `offset` ms ahead, and `back` ms to return. */
const ping = (t0: number, offset: number, there: number, back: number) => ({
  t0,
  s: t0 + there + offset,
  t3: t0 + there + back,
});

describe('clock synchronisation', () => {
  it('estimates the offset within half the round trip, however lopsided the delays', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 40 }),
        fc.integer({ min: -3_600_000, max: 3_600_000 }),
        fc.integer({ min: 0, max: 2_000 }),
        fc.integer({ min: 0, max: 2_000 }),
        (t0, offset, there, back) => {
          const estimate = estimateOf(ping(t0, offset, there, back));
          expect(estimate.roundTripMs).toBe(there + back);
          expect(Math.abs(estimate.offsetMs - offset)).toBeLessThanOrEqual(estimate.roundTripMs / 2);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('keeps the sample with the shortest round trip, of the recent ones', () => {
    const sync = new ClockSync(3);
    expect(sync.best()).toBeNull();
    sync.add(ping(1_000, 5_000, 400, 10)); // slow and lopsided: 195 ms wrong
    sync.add(ping(2_000, 5_000, 3, 3)); // quick and even: exact
    sync.add(ping(3_000, 5_000, 50, 150));
    expect(sync.best()).toEqual({ offsetMs: 5_000, roundTripMs: 6 });
    // The quick one ages out of the window of three.
    sync.add(ping(4_000, 5_000, 20, 40));
    sync.add(ping(5_000, 5_000, 30, 30));
    expect(sync.best()).toEqual({ offsetMs: 4_990, roundTripMs: 60 });
    expect(sync.count).toBe(3);
  });

  it('ignores a sample taken while this clock jumped backwards', () => {
    const sync = new ClockSync();
    sync.add({ t0: 10_000, s: 99, t3: 9_000 });
    expect(sync.best()).toBeNull();
  });
});
