import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decimalsOf, gridPoint, isGridPoint, snapToGrid } from '../../../common/score-grid';
import { parseScore } from '../../../renderer/src/scoring/score-input';

describe('the score grid (common/score-grid.ts)', () => {
  it('snaps a value a hair off a grid point to the exact point, and refuses anything else', () => {
    const grid = { min: 0, max: 10, step: 1 };
    expect(snapToGrid(7 + 9e-10, grid)).toEqual({ ok: true, value: 7 });
    expect(snapToGrid(7 - 9e-10, grid)).toEqual({ ok: true, value: 7 });
    expect(snapToGrid(0.1 + 0.2, { min: 0, max: 1, step: 0.1 })).toEqual({ ok: true, value: 0.3 });
    expect(snapToGrid(7.3, { min: 0, max: 10, step: 0.5 })).toEqual({ ok: false, code: 'scoring.offStep' });
    expect(snapToGrid(10.5, grid)).toEqual({ ok: false, code: 'scoring.outOfRange' });
    expect(snapToGrid(-1, grid)).toEqual({ ok: false, code: 'scoring.outOfRange' });
    expect(snapToGrid(Number.NaN, grid)).toEqual({ ok: false, code: 'scoring.notANumber' });
    expect(isGridPoint(7 + 9e-10, grid)).toBe(false);
    expect(isGridPoint(7, grid)).toBe(true);
  });

  it('writes grid points as decimals (min above 0, odd steps)', () => {
    expect(decimalsOf(0.25)).toBe(2);
    expect(decimalsOf(1e-7)).toBe(7);
    expect(gridPoint({ min: 0.1, max: 2, step: 0.2 }, 3)).toBe(0.7);
    expect(gridPoint({ min: 1, max: 4, step: 0.25 }, 5)).toBe(2.25);
  });

  it('property: min + k·step plus noise below the tolerance snaps to one exact decimal grid point', () => {
    const steps = [0.1, 0.2, 0.25, 0.5, 1, 2, 0.05];
    fc.assert(
      fc.property(
        fc.integer({ min: -20, max: 20 }),
        fc.constantFrom(...steps),
        fc.integer({ min: 1, max: 200 }),
        fc.double({ min: -0.9e-6, max: 0.9e-6, noNaN: true }),
        fc.nat(),
        (minTenths, step, count, noiseSteps, pick) => {
          const min = minTenths / 10;
          const grid = { min, max: gridPoint({ min, max: 0, step }, count), step };
          const k = pick % (count + 1);
          const exact = gridPoint(grid, k);
          const noisy = min + k * step + noiseSteps * step;
          const snapped = snapToGrid(noisy, grid);
          expect(snapped).toEqual({ ok: true, value: exact });
          expect(isGridPoint(exact, grid)).toBe(true);
          // A decimal person-readable value: no more digits than the grid itself has.
          expect(decimalsOf(exact)).toBeLessThanOrEqual(Math.max(decimalsOf(min), decimalsOf(step)));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('the juror form and the chair grid send the snapped value (same rule as main)', () => {
    const c = { min: 0, max: 10, step: 0.5 };
    expect(parseScore('7,5', c)).toEqual({ ok: true, value: 7.5 });
    expect(parseScore('7.0000000009', c)).toEqual({ ok: true, value: 7 });
    expect(parseScore('7.3', c)).toMatchObject({ ok: false, message: { key: 'scoring.offStep' } });
    expect(parseScore('11', c)).toMatchObject({ ok: false, message: { key: 'scoring.outOfRange' } });
  });
});
