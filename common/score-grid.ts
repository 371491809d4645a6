/**
 * The one rule for what a score may be: a point of its criterion's grid,
 * min + k·step (k = 0, 1, 2…) up to max, held as the decimal number a person
 * would write ("7.5", never 7.500000000000001 or 7.5 + 9e-10). Shared by the
 * juror form and the chair's grid (renderer) and by the score log (main), so
 * both sides accept and store exactly the same values.
 *
 * Choice: SNAP within a representation tolerance, REFUSE beyond it. A value a
 * hair away from a grid point (1e-9 of a step) is that grid point written with
 * binary noise (0.1 + 0.2, a slider, a phone's float maths): it is stored as
 * the grid point itself, so no hidden fraction can ever separate two totals
 * that are equal on paper. A value clearly between two points (7.3 on a 0.5
 * grid) is a real mistake the juror must see: refused, nothing is guessed.
 */

export interface ScoreGrid {
  min: number;
  max: number;
  /** > 0 (setup refuses anything else); a non-positive step is read as 1. */
  step: number;
}

export type GridCheck =
  | { ok: true; value: number }
  | { ok: false; code: 'scoring.outOfRange' | 'scoring.offStep' | 'scoring.notANumber' };

/** How far (in steps) from a grid point a value may be and still be that point. */
export const GRID_TOLERANCE_STEPS = 1e-6;

/** Digits after the decimal point in the shortest text of `x` (0.25 → 2, 1e-7 → 7, 3 → 0). */
export function decimalsOf(x: number): number {
  if (!Number.isFinite(x)) return 0;
  const text = String(Math.abs(x));
  const [mantissa = '', exponent] = text.split('e');
  const fraction = mantissa.split('.')[1]?.length ?? 0;
  return Math.max(0, fraction - (exponent === undefined ? 0 : Number(exponent)));
}

/** The grid point k written exactly as a decimal: min + k·step rounded to the grid's own decimals. */
export function gridPoint(grid: ScoreGrid, k: number): number {
  const step = grid.step > 0 ? grid.step : 1;
  const digits = Math.min(15, Math.max(decimalsOf(grid.min), decimalsOf(step)));
  const value = Number((grid.min + k * step).toFixed(digits));
  return value === 0 ? 0 : value; // never −0
}

/** Snaps `value` to its grid point, or says why it cannot be a score of this criterion. */
export function snapToGrid(value: number, grid: ScoreGrid): GridCheck {
  if (typeof value !== 'number' || !Number.isFinite(value)) return { ok: false, code: 'scoring.notANumber' };
  const step = grid.step > 0 ? grid.step : 1;
  const steps = (value - grid.min) / step;
  const k = Math.round(steps);
  if (Math.abs(steps - k) > GRID_TOLERANCE_STEPS) {
    const outside = value < grid.min || value > grid.max;
    return { ok: false, code: outside ? 'scoring.outOfRange' : 'scoring.offStep' };
  }
  const snapped = gridPoint(grid, k);
  if (snapped < grid.min || snapped > grid.max) return { ok: false, code: 'scoring.outOfRange' };
  return { ok: true, value: snapped };
}

/** True when `value` is exactly a grid point (what the score log accepts). */
export function isGridPoint(value: number, grid: ScoreGrid): boolean {
  const snapped = snapToGrid(value, grid);
  return snapped.ok && snapped.value === value;
}
