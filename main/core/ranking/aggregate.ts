import type { PreparedSheet } from './prepare';
import { mean, median, populationSd, sortedAscending, tieKey } from './stats';
import type { AggregationMethod } from './types';

/**
 * The five aggregation methods, from counted juror totals to one value per
 * team on the event scale. Only teams with at least one counted sheet get a
 * value; the others are "not ranked". See method-info.ts for the documented
 * handling of missing and recused sheets.
 */

export interface TeamValue {
  /** On the event scale, 0..scaleMax, before any penalty. */
  value: number;
  /** What the ranking sorts by before the penalty (differs from `value` only for zscore: the mean z itself). */
  sortKey: number;
  /**
   * sortKey units per point of the event scale, to subtract a penalty in the
   * sort key's own units: 1, except zscore (1 / the spread the value is mapped with).
   */
  perPoint: number;
}

export type TeamValues = Map<number, TeamValue>;

function groupBy(
  sheets: readonly PreparedSheet[],
  key: (s: PreparedSheet) => number,
): Map<number, PreparedSheet[]> {
  const groups = new Map<number, PreparedSheet[]>();
  for (const sheet of sheets) {
    const k = key(sheet);
    const group = groups.get(k);
    if (group) group.push(sheet);
    else groups.set(k, [sheet]);
  }
  return groups;
}

function totalsOf(sheets: readonly PreparedSheet[]): number[] {
  return sheets.map((s) => s.total);
}

function perTeam(sheets: readonly PreparedSheet[], reduce: (totals: number[]) => number): TeamValues {
  const values: TeamValues = new Map();
  // The sheets come grouped by team (prepareRanking's order): one run per team, in sheet order.
  let start = 0;
  while (start < sheets.length) {
    const teamId = (sheets[start] as PreparedSheet).teamId;
    const totals: number[] = [];
    let end = start;
    for (; end < sheets.length && (sheets[end] as PreparedSheet).teamId === teamId; end += 1)
      totals.push((sheets[end] as PreparedSheet).total);
    const value = reduce(totals);
    values.set(teamId, { value, sortKey: value, perPoint: 1 });
    start = end;
  }
  return values;
}

/** ISU-style: with at least 5 totals drop the single highest and the single lowest, then average. */
export const TRIM_MIN_COUNT = 5;

function trimmedMean(totals: number[]): number {
  if (totals.length < TRIM_MIN_COUNT) return mean(totals);
  return mean(sortedAscending(totals).slice(1, -1));
}

/**
 * Each juror's totals are standardised over the teams that juror scored
 * (z = (total − juror mean) / juror sd, population sd). A juror with a single
 * team or no spread expresses no preference: z = 0. A team's z is the mean of
 * its jurors' z. It is mapped back to the scale through the mean M and sd S of
 * the teams' plain weighted means: value = M + S·z, clamped to [0, scaleMax].
 * So when every juror scores every team and jurors differ only by a constant
 * (or an affine) severity, zscore gives exactly the weighted means. If the team
 * means have no spread, S falls back to the sd of all sheet totals.
 *
 * The ranking sorts on the mean z ITSELF (sortKey), not on the mapped value:
 * when the team means sit within a hair of each other, S is tiny and mapping
 * back would shrink real differences in z below the tie tolerance. z has no
 * unit, so the tie tolerance (9 decimals of z) does not depend on the scale.
 * A penalty in scale points is subtracted as penalty / S in z units, which
 * keeps the order of value − penalty.
 */
function zscore(sheets: readonly PreparedSheet[], scaleMax: number): TeamValues {
  // "No spread" means zero up to floating-point noise (totals are sums of ~1e-16-relative terms),
  // not "small": a real spread of any size is a preference, whatever the scale.
  const noSpread = 1e-12 * scaleMax;
  const zsByTeam = new Map<number, number[]>();
  for (const group of groupBy(sheets, (s) => s.jurorId).values()) {
    const totals = totalsOf(group);
    const mu = mean(totals);
    const sigma = populationSd(totals);
    const flat = group.length < 2 || !(sigma > noSpread);
    for (const sheet of group) {
      const z = flat ? 0 : (sheet.total - mu) / sigma;
      const zs = zsByTeam.get(sheet.teamId);
      if (zs) zs.push(z);
      else zsByTeam.set(sheet.teamId, [z]);
    }
  }
  const teamMeans = [...perTeam(sheets, mean).values()].map((v) => v.value);
  const centre = mean(teamMeans);
  let spread = populationSd(teamMeans);
  if (!(spread > noSpread)) spread = populationSd(totalsOf(sheets));

  const values: TeamValues = new Map();
  // No spread at all: every z is 0 and only a penalty can separate teams (in points, then).
  const perPoint = spread > 0 ? 1 / spread : 1;
  for (const [teamId, zs] of zsByTeam) {
    const z = mean(zs);
    const mapped = centre + spread * z;
    values.set(teamId, { value: Math.min(scaleMax, Math.max(0, mapped)), sortKey: z, perPoint });
  }
  return values;
}

/**
 * Each juror ranks the teams they scored by total. A team earns one point per
 * team ranked below it and half a point per other team tied with it (so every
 * juror hands out the same n(n−1)/2 points). Points are divided by n − 1 (a
 * juror's best team gets 1, the worst 0) so a juror who scored fewer teams
 * (recusal, missing sheet) weighs as much as the others; a juror who scored a
 * single team gives it 0.5. A team's value is the mean over its jurors times
 * scaleMax.
 */
function borda(sheets: readonly PreparedSheet[], scaleMax: number): TeamValues {
  const shares = new Map<number, number[]>();
  const add = (teamId: number, share: number) => {
    const list = shares.get(teamId);
    if (list) list.push(share);
    else shares.set(teamId, [share]);
  };
  for (const group of groupBy(sheets, (s) => s.jurorId).values()) {
    const n = group.length;
    if (n === 1) {
      add((group[0] as PreparedSheet).teamId, 0.5);
      continue;
    }
    const sorted = [...group].sort((a, b) => a.total - b.total);
    let start = 0;
    while (start < n) {
      const key = tieKey((sorted[start] as PreparedSheet).total);
      let end = start;
      while (end + 1 < n && tieKey((sorted[end + 1] as PreparedSheet).total) === key) end += 1;
      // start teams strictly below, (end − start) others tied: points = start + (end − start) / 2.
      const points = (start + end) / 2;
      for (let k = start; k <= end; k += 1) add((sorted[k] as PreparedSheet).teamId, points / (n - 1));
      start = end + 1;
    }
  }
  const values: TeamValues = new Map();
  for (const [teamId, list] of shares) {
    const value = scaleMax * mean(list);
    values.set(teamId, { value, sortKey: value, perPoint: 1 });
  }
  return values;
}

export function aggregate(
  method: AggregationMethod,
  sheets: readonly PreparedSheet[],
  scaleMax: number,
): TeamValues {
  switch (method) {
    case 'weighted_mean':
      return perTeam(sheets, mean);
    case 'trimmed_mean':
      return perTeam(sheets, trimmedMean);
    case 'median':
      return perTeam(sheets, median);
    case 'zscore':
      return zscore(sheets, scaleMax);
    case 'borda':
      return borda(sheets, scaleMax);
  }
}
