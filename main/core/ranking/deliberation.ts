import { rankPrepared } from './compute-ranking';
import { type PreparedRanking, type PreparedSheet, prepareRanking } from './prepare';
import { mean, spearman, tieKey } from './stats';
import { AGGREGATION_METHODS, type AggregationMethod, type RankingInput, type RankingResult } from './types';

/**
 * Deliberation support: how robust is the ranking the jury is about to defend?
 * - the podium under every method side by side, and whether the winner or the
 *   podium depends on the method;
 * - leave-one-juror-out (with the event's method): whether removing any single
 *   juror changes the winner or the podium;
 * - dissent: a juror whose own ranking disagrees with the rest of the panel.
 *
 * "Podium" = every ranked team with rank ≤ 3 (more than 3 teams when a tie is
 * unresolved). Two podiums are the same when they hold the same teams at the
 * same ranks; the winner = the set of teams ranked 1.
 *
 * Dissent rule: for each juror, Spearman's rho between their totals and the
 * sortKeys of the ranking computed WITHOUT them (same method), over the teams
 * they scored that the others ranked. Rho is undefined (null, never flagged)
 * when either side has no spread, or with fewer than DISSENT_MIN_TEAMS teams.
 * A low rho on a small panel says little: with 5 teams, a juror who ranks at
 * random scores rho < 0.2 about 4 times in 10. So each rho comes with the
 * strength of its evidence, `pValue` = the chance that a juror ranking the
 * same teams at random would be at least this far from the panel (exact over
 * every order of their totals up to EXACT_MAX_TEAMS teams, the normal
 * approximation rho·√(n−1) beyond). The juror is flagged (evidence 'strong')
 * only when rho < DISSENT_SPEARMAN_THRESHOLD AND pValue ≤ DISSENT_MAX_P_VALUE:
 * their order runs against the panel's more than chance explains. A low rho
 * without that is 'weak' (shown, never flagged). A harsh or lenient juror is
 * NOT a dissenter (rho ignores offsets); that is reported as meanOffset.
 *
 * Leave-one-out: a winner that changes without ANY of several jurors is not
 * about those jurors, it is a close race; it gives one warning
 * (winnerTooClose, with the lead in points), and only a single decisive juror
 * gets a warning of their own. The same for the podium.
 */

export const DISSENT_SPEARMAN_THRESHOLD = 0.2;
export const DISSENT_MIN_TEAMS = 3;
/** Evidence needed to flag a dissenter: the usual 5 % (one chance in twenty of flagging a random juror). */
export const DISSENT_MAX_P_VALUE = 0.05;
/** Up to 7 teams (5,040 orders) the p-value is exact; beyond, the normal approximation is good. */
export const EXACT_MAX_TEAMS = 7;
export const PODIUM_SIZE = 3;

export interface DeliberationOptions {
  dissentThreshold?: number;
  dissentMinTeams?: number;
  dissentMaxPValue?: number;
}

export interface PodiumPlace {
  teamId: number;
  rank: number;
  total: number;
}

export interface MethodPodium {
  method: AggregationMethod;
  podium: PodiumPlace[];
  winnerTeamIds: number[];
  /** The ranking under this method has a tie no rule settled. */
  hasUnresolvedTie: boolean;
}

export interface JurorInfluence {
  jurorId: number;
  winnerChanges: boolean;
  podiumChanges: boolean;
  /** The podium with the event's method once this juror is left out. */
  podiumWithout: PodiumPlace[];
}

export interface JurorDissent {
  jurorId: number;
  /** Teams in the comparison (scored by this juror and ranked by the others). */
  teamsCompared: number;
  spearman: number | null;
  /** Chance that a juror ranking these teams at random is at least this far from the panel; null with rho. */
  pValue: number | null;
  /** 'strong': flagged; 'weak': a low agreement that chance explains on this many teams; 'none'. */
  evidence: 'strong' | 'weak' | 'none';
  flagged: boolean;
  /** Mean of (this juror's total − the other jurors' mean total) over the teams they share; null if none. */
  meanOffset: number | null;
}

export type DeliberationWarning =
  | { code: 'deliberation.winnerDependsOnMethod'; methods: AggregationMethod[] }
  | { code: 'deliberation.podiumDependsOnMethod'; methods: AggregationMethod[] }
  | { code: 'deliberation.winnerDependsOnJuror'; jurorId: number }
  | { code: 'deliberation.podiumDependsOnJuror'; jurorId: number }
  | { code: 'deliberation.winnerTooClose'; jurorIds: number[]; lead: number }
  | { code: 'deliberation.podiumTooClose'; jurorIds: number[] }
  | { code: 'deliberation.jurorDissent'; jurorId: number; spearman: number; pValue: number };

export interface DeliberationAnalysis {
  /** The event's method: the reference the others are compared with. */
  method: AggregationMethod;
  podiumByMethod: MethodPodium[];
  winnerDependsOnMethod: boolean;
  podiumDependsOnMethod: boolean;
  leaveOneOut: JurorInfluence[];
  dissent: JurorDissent[];
  warnings: DeliberationWarning[];
}

function podiumOf(result: RankingResult): PodiumPlace[] {
  const podium: PodiumPlace[] = [];
  for (const row of result.rows) {
    if (row.rank !== null && row.total !== null && row.rank <= PODIUM_SIZE)
      podium.push({ teamId: row.teamId, rank: row.rank, total: row.total });
  }
  return podium;
}

function placesKey(places: readonly PodiumPlace[], maxRank: number): string {
  return places
    .filter((p) => p.rank <= maxRank)
    .map((p) => `${p.rank}:${p.teamId}`)
    .sort()
    .join(',');
}

const sameWinner = (a: readonly PodiumPlace[], b: readonly PodiumPlace[]) =>
  placesKey(a, 1) === placesKey(b, 1);
const samePodium = (a: readonly PodiumPlace[], b: readonly PodiumPlace[]) =>
  placesKey(a, PODIUM_SIZE) === placesKey(b, PODIUM_SIZE);

function dissentOf(
  jurorId: number,
  prepared: PreparedRanking,
  without: RankingResult,
  sheetsByTeam: Map<number, PreparedSheet[]>,
  threshold: number,
  minTeams: number,
  maxPValue: number,
): JurorDissent {
  const consensus = new Map<number, number>();
  for (const row of without.rows) if (row.sortKey !== null) consensus.set(row.teamId, row.sortKey);
  const own: number[] = [];
  const others: number[] = [];
  const offsets: number[] = [];
  for (const sheet of prepared.sheets) {
    if (sheet.jurorId !== jurorId) continue;
    const key = consensus.get(sheet.teamId);
    if (key === undefined) continue;
    own.push(sheet.total);
    others.push(key);
    const otherTotals = (sheetsByTeam.get(sheet.teamId) ?? []).filter((s) => s.jurorId !== jurorId);
    offsets.push(sheet.total - mean(otherTotals.map((s) => s.total)));
  }
  const rho = own.length >= minTeams ? spearman(own, others) : null;
  const pValue = rho === null ? null : lowerTailPValue(own, others, rho);
  const low = rho !== null && tieKey(rho) < tieKey(threshold);
  const strong = low && pValue !== null && tieKey(pValue) <= tieKey(maxPValue);
  return {
    jurorId,
    teamsCompared: own.length,
    spearman: rho,
    pValue,
    evidence: strong ? 'strong' : low ? 'weak' : 'none',
    flagged: strong,
    meanOffset: offsets.length > 0 ? mean(offsets) : null,
  };
}

/**
 * P(rho ≤ observed) for a juror whose totals are a random order of theirs:
 * exact (every permutation, ties as the juror gave them) up to EXACT_MAX_TEAMS
 * teams, else the normal approximation of rho·√(n−1).
 */
export function lowerTailPValue(own: readonly number[], others: readonly number[], rho: number): number {
  const n = own.length;
  if (n > EXACT_MAX_TEAMS) return normalCdf(rho * Math.sqrt(n - 1));
  let atMost = 0;
  let total = 0;
  const values = [...own];
  const limit = tieKey(rho);
  const visit = (k: number) => {
    if (k === n) {
      total++;
      const r = spearman(values, others);
      if (r !== null && tieKey(r) <= limit) atMost++;
      return;
    }
    for (let i = k; i < n; i++) {
      [values[k], values[i]] = [values[i] as number, values[k] as number];
      visit(k + 1);
      [values[k], values[i]] = [values[i] as number, values[k] as number];
    }
  };
  visit(0);
  return atMost / total;
}

/** Standard normal CDF (Abramowitz & Stegun 7.1.26, error < 1.5e-7). */
function normalCdf(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const poly =
    t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  const erf = 1 - poly * Math.exp(-x * x);
  return z >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
}

/** Points between the winner and the next team: 0 when the first place is shared (or alone). */
function leadOf(podium: readonly PodiumPlace[]): number {
  const first = podium.filter((p) => p.rank === 1);
  const next = podium.find((p) => p.rank > 1);
  if (first.length !== 1 || !first[0] || !next) return 0;
  return first[0].total - next.total;
}

export function analyseDeliberation(
  input: RankingInput,
  options: DeliberationOptions = {},
): DeliberationAnalysis {
  const threshold = options.dissentThreshold ?? DISSENT_SPEARMAN_THRESHOLD;
  const minTeams = options.dissentMinTeams ?? DISSENT_MIN_TEAMS;
  const maxPValue = options.dissentMaxPValue ?? DISSENT_MAX_P_VALUE;
  const prepared = prepareRanking(input);

  const podiumByMethod: MethodPodium[] = AGGREGATION_METHODS.map((method) => {
    const result = rankPrepared(prepared, method);
    const podium = podiumOf(result);
    return {
      method,
      podium,
      winnerTeamIds: podium.filter((p) => p.rank === 1).map((p) => p.teamId),
      hasUnresolvedTie: result.unresolvedTies.length > 0,
    };
  });
  const reference = podiumByMethod.find((m) => m.method === input.method)?.podium ?? [];
  const winnerMethods = podiumByMethod.filter((m) => !sameWinner(m.podium, reference)).map((m) => m.method);
  const podiumMethods = podiumByMethod.filter((m) => !samePodium(m.podium, reference)).map((m) => m.method);

  const sheetsByTeam = new Map<number, PreparedSheet[]>();
  for (const sheet of prepared.sheets) {
    const list = sheetsByTeam.get(sheet.teamId);
    if (list) list.push(sheet);
    else sheetsByTeam.set(sheet.teamId, [sheet]);
  }
  const leaveOneOut: JurorInfluence[] = [];
  const dissent: JurorDissent[] = [];
  for (const jurorId of prepared.jurorIds) {
    const without = rankPrepared(prepared, input.method, { excludedJurorId: jurorId });
    const podiumWithout = podiumOf(without);
    leaveOneOut.push({
      jurorId,
      winnerChanges: !sameWinner(podiumWithout, reference),
      podiumChanges: !samePodium(podiumWithout, reference),
      podiumWithout,
    });
    dissent.push(dissentOf(jurorId, prepared, without, sheetsByTeam, threshold, minTeams, maxPValue));
  }

  const warnings: DeliberationWarning[] = [];
  if (winnerMethods.length > 0)
    warnings.push({ code: 'deliberation.winnerDependsOnMethod', methods: winnerMethods });
  if (podiumMethods.length > 0)
    warnings.push({ code: 'deliberation.podiumDependsOnMethod', methods: podiumMethods });
  const winnerMovers = leaveOneOut.filter((l) => l.winnerChanges).map((l) => l.jurorId);
  const podiumMovers = leaveOneOut.filter((l) => l.podiumChanges && !l.winnerChanges).map((l) => l.jurorId);
  if (winnerMovers.length === 1) {
    warnings.push({ code: 'deliberation.winnerDependsOnJuror', jurorId: winnerMovers[0] as number });
  } else if (winnerMovers.length > 1) {
    warnings.push({ code: 'deliberation.winnerTooClose', jurorIds: winnerMovers, lead: leadOf(reference) });
  }
  if (podiumMovers.length === 1) {
    warnings.push({ code: 'deliberation.podiumDependsOnJuror', jurorId: podiumMovers[0] as number });
  } else if (podiumMovers.length > 1) {
    warnings.push({ code: 'deliberation.podiumTooClose', jurorIds: podiumMovers });
  }
  for (const d of dissent) {
    if (d.flagged && d.spearman !== null && d.pValue !== null)
      warnings.push({
        code: 'deliberation.jurorDissent',
        jurorId: d.jurorId,
        spearman: d.spearman,
        pValue: d.pValue,
      });
  }

  return {
    method: input.method,
    podiumByMethod,
    winnerDependsOnMethod: winnerMethods.length > 0,
    podiumDependsOnMethod: podiumMethods.length > 0,
    leaveOneOut,
    dissent,
    warnings,
  };
}
