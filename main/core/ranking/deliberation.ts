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
 * they scored that the others ranked. With at least DISSENT_MIN_TEAMS such teams,
 * the juror is flagged when rho < DISSENT_SPEARMAN_THRESHOLD (0.2: their order is
 * at best weakly related to everyone else's). Rho is undefined (null, never
 * flagged) when either side has no spread. A harsh or lenient juror is NOT a
 * dissenter (rho ignores offsets); that is reported separately as meanOffset.
 */

export const DISSENT_SPEARMAN_THRESHOLD = 0.2;
export const DISSENT_MIN_TEAMS = 3;
export const PODIUM_SIZE = 3;

export interface DeliberationOptions {
  dissentThreshold?: number;
  dissentMinTeams?: number;
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
  flagged: boolean;
  /** Mean of (this juror's total − the other jurors' mean total) over the teams they share; null if none. */
  meanOffset: number | null;
}

export type DeliberationWarning =
  | { code: 'deliberation.winnerDependsOnMethod'; methods: AggregationMethod[] }
  | { code: 'deliberation.podiumDependsOnMethod'; methods: AggregationMethod[] }
  | { code: 'deliberation.winnerDependsOnJuror'; jurorId: number }
  | { code: 'deliberation.podiumDependsOnJuror'; jurorId: number }
  | { code: 'deliberation.jurorDissent'; jurorId: number; spearman: number };

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
  return {
    jurorId,
    teamsCompared: own.length,
    spearman: rho,
    flagged: rho !== null && tieKey(rho) < tieKey(threshold),
    meanOffset: offsets.length > 0 ? mean(offsets) : null,
  };
}

export function analyseDeliberation(
  input: RankingInput,
  options: DeliberationOptions = {},
): DeliberationAnalysis {
  const threshold = options.dissentThreshold ?? DISSENT_SPEARMAN_THRESHOLD;
  const minTeams = options.dissentMinTeams ?? DISSENT_MIN_TEAMS;
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
    dissent.push(dissentOf(jurorId, prepared, without, sheetsByTeam, threshold, minTeams));
  }

  const warnings: DeliberationWarning[] = [];
  if (winnerMethods.length > 0)
    warnings.push({ code: 'deliberation.winnerDependsOnMethod', methods: winnerMethods });
  if (podiumMethods.length > 0)
    warnings.push({ code: 'deliberation.podiumDependsOnMethod', methods: podiumMethods });
  for (const influence of leaveOneOut) {
    if (influence.winnerChanges)
      warnings.push({ code: 'deliberation.winnerDependsOnJuror', jurorId: influence.jurorId });
    else if (influence.podiumChanges)
      warnings.push({ code: 'deliberation.podiumDependsOnJuror', jurorId: influence.jurorId });
  }
  for (const d of dissent) {
    if (d.flagged && d.spearman !== null)
      warnings.push({ code: 'deliberation.jurorDissent', jurorId: d.jurorId, spearman: d.spearman });
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
