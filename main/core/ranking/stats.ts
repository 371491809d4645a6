/**
 * Small numeric helpers. Floating-point addition is not associative, so a sum
 * depends on the order of its terms: "juror order does not matter" must hold
 * to the last bit, not approximately. That is guaranteed upstream:
 * prepareRanking puts the counted sheets in a fixed order (team id, then juror
 * id) whatever the input order, and every list reaching these helpers is built
 * by walking that order. (Sorting every list before summing would do the same
 * but cost most of the recompute time.)
 */

/**
 * Two values are treated as equal when they agree to 9 decimal places. Totals
 * that are equal on paper (14 = 7 + 7 = 6.5 + 7.5) can differ in the last
 * binary digit after weighting; a tie must still be a tie.
 */
export function tieKey(value: number): number {
  return Math.round(value * 1e9);
}

function ascending(a: number, b: number): number {
  return a - b;
}

export function sortedAscending(values: readonly number[]): number[] {
  return [...values].sort(ascending);
}

/** Mean of a list, summed in list order; NaN for an empty list. */
export function mean(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}

/** Median; the mean of the two middle values for an even count. NaN for an empty list. */
export function median(values: readonly number[]): number {
  const sorted = sortedAscending(values);
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const upper = sorted[Math.floor(n / 2)] as number;
  if (n % 2 === 1) return upper;
  const lower = sorted[n / 2 - 1] as number;
  return (lower + upper) / 2;
}

/** Population standard deviation (divides by n): the spread of these very values, not an estimate. */
export function populationSd(values: readonly number[]): number {
  const n = values.length;
  if (n === 0) return Number.NaN;
  const m = mean(values);
  const squares = values.map((v) => (v - m) * (v - m));
  return Math.sqrt(mean(squares));
}

/**
 * 1-based ranks in ascending order of value, ties getting the average of the
 * ranks they span (the usual convention for Spearman's rho).
 */
export function averageRanks(values: readonly number[]): number[] {
  const order = values.map((_, i) => i).sort((a, b) => (values[a] as number) - (values[b] as number));
  const ranks = new Array<number>(values.length).fill(0);
  let start = 0;
  while (start < order.length) {
    let end = start;
    const key = tieKey(values[order[start] as number] as number);
    while (end + 1 < order.length && tieKey(values[order[end + 1] as number] as number) === key) end += 1;
    const averageRank = (start + end) / 2 + 1;
    for (let k = start; k <= end; k += 1) ranks[order[k] as number] = averageRank;
    start = end + 1;
  }
  return ranks;
}

/** Pearson correlation; null when fewer than 2 pairs or when either side has no spread. */
export function pearson(xs: readonly number[], ys: readonly number[]): number | null {
  const n = Math.min(xs.length, ys.length);
  if (n < 2) return null;
  const mx = mean(xs.slice(0, n));
  const my = mean(ys.slice(0, n));
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i += 1) {
    const dx = (xs[i] as number) - mx;
    const dy = (ys[i] as number) - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  if (tieKey(sxx) === 0 || tieKey(syy) === 0) return null;
  return sxy / Math.sqrt(sxx * syy);
}

/** Spearman's rho = Pearson correlation of the average ranks. */
export function spearman(xs: readonly number[], ys: readonly number[]): number | null {
  return pearson(averageRanks(xs), averageRanks(ys));
}
