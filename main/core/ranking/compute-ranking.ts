import { aggregate } from './aggregate';
import { METHOD_INFO } from './method-info';
import { type PreparedRanking, type PreparedSheet, prepareRanking } from './prepare';
import { tieKey } from './stats';
import { placeTeams } from './tie-break';
import type { AggregationMethod, CriterionAverage, RankingInput, RankingResult, RankingRow } from './types';

/**
 * The one place a ranking is computed (docs/ARCHITECTURE.md, "Rules": no two places
 * compute a ranking). Pure: same input, same result, to the last bit, whatever
 * the order of jurors, teams or sheets in the input.
 */
export function computeRanking(input: RankingInput): RankingResult {
  return rankPrepared(prepareRanking(input), input.method);
}

export interface RankOptions {
  /** Leave this juror out entirely, as if they had never sat on the panel (deliberation what-ifs). */
  excludedJurorId?: number;
}

/** Mean raw score per criterion (in criteria order) for every team with counted sheets. */
function criterionAverages(
  prepared: PreparedRanking,
  sheets: readonly PreparedSheet[],
): Map<number, number[]> {
  const criteriaCount = prepared.input.criteria.length;
  const averages = new Map<number, number[]>();
  // The sheets come grouped by team (prepareRanking's order): one run per team, summed in sheet order.
  let start = 0;
  while (start < sheets.length) {
    const teamId = (sheets[start] as PreparedSheet).teamId;
    let end = start;
    while (end < sheets.length && (sheets[end] as PreparedSheet).teamId === teamId) end += 1;
    // Plain double additions in the same order as summing into a number[]: the same bits.
    const total = new Float64Array(criteriaCount);
    for (let k = start; k < end; k += 1) {
      const scores = (sheets[k] as PreparedSheet).scores;
      for (let i = 0; i < criteriaCount; i += 1) total[i] = (total[i] as number) + (scores[i] as number);
    }
    const count = end - start;
    const average = new Array<number>(criteriaCount);
    for (let i = 0; i < criteriaCount; i += 1) average[i] = (total[i] as number) / count;
    averages.set(teamId, average);
    start = end;
  }
  return averages;
}

function firstPlaces(sheets: readonly PreparedSheet[]): Map<number, number> {
  const best = new Map<number, number>();
  for (const s of sheets)
    best.set(s.jurorId, Math.max(best.get(s.jurorId) ?? Number.NEGATIVE_INFINITY, tieKey(s.total)));
  const counts = new Map<number, number>();
  for (const s of sheets) {
    if (tieKey(s.total) === best.get(s.jurorId)) counts.set(s.teamId, (counts.get(s.teamId) ?? 0) + 1);
  }
  return counts;
}

/** Per pair of teams "a:b": how many jurors gave a a strictly higher total than b (both scored by them). */
function headToHead(sheets: readonly PreparedSheet[]): (a: number, b: number) => number {
  // Built on the first question: most rankings never reach this rule.
  let byJuror: Map<number, Map<number, number>> | null = null;
  const totalsByJuror = (): Map<number, Map<number, number>> => {
    const built = new Map<number, Map<number, number>>();
    for (const s of sheets) {
      let totals = built.get(s.jurorId);
      if (!totals) {
        totals = new Map();
        built.set(s.jurorId, totals);
      }
      totals.set(s.teamId, tieKey(s.total));
    }
    return built;
  };
  const cache = new Map<string, number>();
  return (a, b) => {
    const key = `${a}:${b}`;
    const known = cache.get(key);
    if (known !== undefined) return known;
    byJuror ??= totalsByJuror();
    let count = 0;
    for (const totals of byJuror.values()) {
      const ta = totals.get(a);
      const tb = totals.get(b);
      if (ta !== undefined && tb !== undefined && ta > tb) count += 1;
    }
    cache.set(key, count);
    return count;
  };
}

/**
 * Chair decisions that settled nothing: their teams are no longer exactly a
 * tied group (a decision superseded by a later one for the same teams is not
 * stale, just replaced). Only meaningful when the chain holds the chair's decision.
 */
function staleDecisions(input: RankingInput, used: Set<number>): number[][] {
  if (!input.tieBreaks.some((r) => r.kind === 'chair_decision')) return [];
  const setKey = (ids: readonly number[]) => [...ids].sort((x, y) => x - y).join(',');
  const usedKeys = new Set([...used].map((i) => setKey(input.chairDecisions[i]?.orderedTeamIds ?? [])));
  const stale: number[][] = [];
  const seen = new Set<string>();
  for (let i = input.chairDecisions.length - 1; i >= 0; i -= 1) {
    const ids = (input.chairDecisions[i] as { orderedTeamIds: number[] }).orderedTeamIds;
    const key = setKey(ids);
    if (usedKeys.has(key) || seen.has(key)) continue;
    seen.add(key);
    stale.unshift([...ids]);
  }
  return stale;
}

export function rankPrepared(
  prepared: PreparedRanking,
  method: AggregationMethod,
  options: RankOptions = {},
): RankingResult {
  const { input } = prepared;
  const excluded = options.excludedJurorId;
  const sheets =
    excluded === undefined ? prepared.sheets : prepared.sheets.filter((s) => s.jurorId !== excluded);
  // Ascending ids in rows (recused, missing): a presentation order that cannot depend on input order.
  const jurorIds = prepared.jurorIds.filter((id) => id !== excluded).sort((a, b) => a - b);

  const values = aggregate(method, sheets, input.scaleMax);
  const averages = criterionAverages(prepared, sheets);
  const firsts = firstPlaces(sheets);
  const criterionIndex = new Map(input.criteria.map((c, i) => [c.id, i]));
  const setupIndex = new Map(prepared.teamIds.map((id, i) => [id, i]));
  const penaltyOf = (teamId: number) => prepared.penaltyByTeam.get(teamId) ?? 0;

  const keyOf = (teamId: number, v: { sortKey: number; perPoint: number }) =>
    v.sortKey - penaltyOf(teamId) * v.perPoint;
  const entries = [...values].map(([teamId, v]) => ({ teamId, sortKey: keyOf(teamId, v) }));
  const { placed, unresolved, usedDecisions } = placeTeams(entries, {
    rules: input.tieBreaks,
    chairDecisions: input.chairDecisions,
    criterionAverage: (teamId, criterionId) =>
      averages.get(teamId)?.[criterionIndex.get(criterionId) ?? -1] ?? null,
    firstPlaces: (teamId) => firsts.get(teamId) ?? 0,
    jurorsPreferring: headToHead(sheets),
    setupIndex,
  });

  // Counted jurors per team, each once (prepareRanking keeps one sheet per team and juror).
  const countedByTeam = new Map<number, number[]>();
  for (const s of sheets) {
    const list = countedByTeam.get(s.teamId);
    if (list) list.push(s.jurorId);
    else countedByTeam.set(s.teamId, [s.jurorId]);
  }

  const baseRow = (teamId: number) => {
    const recused = prepared.recusedByTeam.get(teamId);
    const counted = countedByTeam.get(teamId) ?? [];
    const panel = prepared.panelByTeam.get(teamId);
    const jury = panel ? jurorIds.filter((id) => panel.has(id)) : jurorIds;
    const expected = recused ? jury.filter((id) => !recused.has(id)) : jury;
    const teamAverages = averages.get(teamId);
    const criterionAverageRows: CriterionAverage[] = input.criteria.map((c, i) => ({
      criterionId: c.id,
      average: teamAverages?.[i] ?? null,
    }));
    return {
      teamId,
      penalty: penaltyOf(teamId),
      criterionAverages: criterionAverageRows,
      sheetsCounted: counted.length,
      sheetsExpected: expected.length,
      recusedJurorIds: recused ? jury.filter((id) => recused.has(id)) : [],
      // A counted juror is always an expected one (prepareRanking drops recused, unknown and
      // outside-panel jurors' sheets):
      // as many counted as expected means none missing.
      missingJurorIds:
        counted.length === expected.length ? [] : expected.filter((id) => !counted.includes(id)),
    };
  };

  const rows: RankingRow[] = placed.map(({ teamId, rank, tie }) => {
    const base = baseRow(teamId);
    const value = values.get(teamId) as { value: number; sortKey: number; perPoint: number };
    return {
      ...base,
      status: 'ranked',
      rank,
      total: value.value - base.penalty,
      valueBeforePenalty: value.value,
      sortKey: keyOf(teamId, value),
      tie,
    };
  });
  for (const teamId of prepared.teamIds) {
    if (values.has(teamId)) continue;
    const base = baseRow(teamId);
    rows.push({
      ...base,
      status: 'not_ranked',
      rank: null,
      total: null,
      valueBeforePenalty: null,
      sortKey: null,
      tie: null,
    });
  }

  const issues = [
    ...prepared.issues,
    ...unresolved.map((teamIds) => ({ code: 'ranking.tieUnresolved' as const, teamIds })),
  ];
  const info = METHOD_INFO[method];
  const stale = staleDecisions(input, usedDecisions);
  return {
    method,
    scaleMax: input.scaleMax,
    explanationCode: info.explanationCode,
    missingPolicyCode: info.missingPolicyCode,
    rows,
    unresolvedTies: unresolved,
    issues,
    // Only when there are some: results locked before this field existed keep their exact JSON.
    ...(stale.length > 0 ? { staleChairDecisions: stale } : {}),
  };
}
