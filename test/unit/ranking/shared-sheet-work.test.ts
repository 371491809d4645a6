import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeRanking } from '../../../main/core/ranking/compute-ranking';
import { analyseDeliberation } from '../../../main/core/ranking/deliberation';
import { preparedSheetMemoStats } from '../../../main/core/ranking/prepare';
import {
  AGGREGATION_METHODS,
  type RankingCriterion,
  type RankingInput,
  type SubmittedSheet,
  type TieBreakRule,
} from '../../../main/core/ranking/types';
import { scoreCutStats, scoreCutter } from '../../../main/core/tracks/score-cut';

/**
 * The ranking keeps each sheet's weighted total per frozen score record and
 * criteria signature (ranking/prepare.ts), and a track's cut of a frozen
 * record is kept too (tracks/score-cut.ts). Here the same frozen records are
 * ranked under several "tracks" (criteria subsets, weights, ranges, scales,
 * methods, tie-break chains; some tracks identical, so they share), then some
 * records are replaced as the sheet cache does after a score change, and every
 * result must equal, to the last bit (toStrictEqual: Object.is on numbers),
 * the result of the same input deep-copied (a copy is not frozen, so nothing
 * is reused or remembered for it: the unshared computation).
 */

const POOL = 4;
const criterionId = (i: number) => 100 + i;

const trackArb = fc.record({
  kept: fc.array(fc.boolean(), { minLength: POOL, maxLength: POOL }),
  widen: fc.array(fc.constantFrom(0, 0, 1, 5), { minLength: POOL, maxLength: POOL }),
  weights: fc.array(fc.integer({ min: 0, max: 40 }), { minLength: POOL, maxLength: POOL }),
  /** Cut each record to the track's criteria (a track), or rank the records as they are (the main track). */
  cut: fc.boolean(),
  method: fc.constantFrom(...AGGREGATION_METHODS),
  scaleMax: fc.constantFrom(20, 100),
  chain: fc.constantFrom<TieBreakRule[]>(
    [],
    [{ kind: 'first_places' }],
    [{ kind: 'head_to_head' }, { kind: 'criterion', criterionId: criterionId(0) }],
  ),
});

const scenarioArb = fc.record({
  ranges: fc.array(
    fc.record({ min: fc.integer({ min: 0, max: 2 }), span: fc.integer({ min: 1, max: 10 }) }),
    {
      minLength: POOL,
      maxLength: POOL,
    },
  ),
  teams: fc.integer({ min: 2, max: 7 }),
  jurors: fc.integer({ min: 1, max: 5 }),
  cells: fc.array(
    fc.record({
      state: fc.constantFrom('sheet', 'sheet', 'sheet', 'sheet', 'missing', 'recused', 'odd'),
      values: fc.array(fc.nat(20), { minLength: POOL, maxLength: POOL }),
    }),
    { minLength: 35, maxLength: 35 },
  ),
  tracks: fc.array(trackArb, { minLength: 1, maxLength: 4 }),
  /** Repeat a track as is (two tracks with the same criteria and weights share the work). */
  repeatFirst: fc.boolean(),
  changes: fc.array(
    fc.record({ cell: fc.nat(34), values: fc.array(fc.nat(20), { minLength: POOL, maxLength: POOL }) }),
    {
      minLength: 1,
      maxLength: 4,
    },
  ),
  reweigh: fc.array(fc.integer({ min: 0, max: 40 }), { minLength: POOL, maxLength: POOL }),
});

type Scenario = typeof scenarioArb extends fc.Arbitrary<infer S> ? S : never;

/** Raw scores on each criterion's range, in halves; 'odd' sheets carry one out of range and an unknown key. */
function record(s: Scenario, state: string, values: readonly number[]): Readonly<Record<number, number>> {
  const scores: Record<number, number> = {};
  s.ranges.forEach((r, i) => {
    scores[criterionId(i)] = r.min + ((values[i] ?? 0) % (2 * r.span + 1)) / 2;
  });
  if (state === 'odd') {
    scores[criterionId(1)] = 99;
    scores[999] = 1;
  }
  // Frozen, as the sheet cache hands its records out.
  return Object.freeze(scores);
}

function sheetsOf(s: Scenario, changed: ReadonlyMap<number, readonly number[]>, kept: SubmittedSheet[]) {
  const sheets: SubmittedSheet[] = [];
  s.cells.slice(0, s.teams * s.jurors).forEach((cell, index) => {
    if (cell.state === 'missing' || cell.state === 'recused') return;
    const jurorId = 11 + (index % s.jurors);
    const teamId = 1 + Math.floor(index / s.jurors);
    const values = changed.get(index);
    // An unchanged sheet keeps its record (the cache's copy-on-write); a changed one gets a new record.
    const previous = kept[index];
    const sheet =
      values === undefined && previous
        ? previous
        : Object.freeze({ jurorId, teamId, scores: record(s, cell.state, values ?? cell.values) });
    kept[index] = sheet;
    sheets.push(sheet);
  });
  return sheets;
}

/** The cut a track makes, written out plainly on fresh objects: what scoreCutter must give. */
function plainCut(criterionIds: readonly number[]) {
  return (source: Readonly<Record<number, number>>): Record<number, number> => {
    const scores: Record<number, number> = {};
    for (const id of criterionIds) if (source[id] !== undefined) scores[id] = source[id];
    return scores;
  };
}

/**
 * Each track's input. `shared`: the frozen records, cut with scoreCutter (what
 * the app does); otherwise deep copies cut plainly (nothing frozen, nothing
 * kept or reused anywhere: the unshared computation).
 */
function inputsOf(
  s: Scenario,
  records: readonly SubmittedSheet[],
  shared: boolean,
  weightsOverride?: readonly number[],
): RankingInput[] {
  const sheets = shared ? records : structuredClone(records);
  const tracks = s.repeatFirst && s.tracks[0] ? [s.tracks[0], ...s.tracks] : s.tracks;
  const recusals = s.cells
    .slice(0, s.teams * s.jurors)
    .flatMap((cell, index) =>
      cell.state === 'recused'
        ? [{ jurorId: 11 + (index % s.jurors), teamId: 1 + Math.floor(index / s.jurors) }]
        : [],
    );
  return tracks.map((t) => {
    const weights = weightsOverride ?? t.weights;
    // Criterion 0 is always kept with a weight (a track without weight is refused before any ranking).
    const criteria: RankingCriterion[] = s.ranges
      .map((r, i) => ({
        id: criterionId(i),
        weight: i === 0 ? 1 + (weights[0] ?? 0) : (weights[i] ?? 0),
        min: r.min,
        // A track may widen a range (the scores stay within it).
        max: r.min + r.span + (t.widen[i] ?? 0),
      }))
      .filter((_, i) => i === 0 || t.kept[i]);
    const cut = (shared ? scoreCutter : plainCut)(criteria.map((c) => c.id));
    return {
      scaleMax: t.scaleMax,
      criteria,
      teams: Array.from({ length: s.teams }, (_, i) => ({ id: i + 1 })),
      jurors: Array.from({ length: s.jurors }, (_, i) => ({ id: 11 + i })),
      recusals,
      sheets: t.cut
        ? sheets.map((sheet) => ({ jurorId: sheet.jurorId, teamId: sheet.teamId, scores: cut(sheet.scores) }))
        : [...sheets],
      method: t.method,
      tieBreaks: t.chain,
      chairDecisions: [{ orderedTeamIds: [2, 1] }],
      penalty: { pointsPerStarted30s: 0.5 },
      overtime: [{ teamId: 1, overtimeMs: 31_000 }],
    };
  });
}

/** Every track ranked from the shared records gives, to the last bit, what the unshared computation gives. */
function expectSameAsUnshared(
  s: Scenario,
  records: readonly SubmittedSheet[],
  weights?: readonly number[],
): void {
  const shared = inputsOf(s, records, true, weights);
  const unshared = inputsOf(s, records, false, weights);
  shared.forEach((input, i) => {
    const reference = unshared[i] as RankingInput;
    expect(reference.sheets.some((sheet) => Object.isFrozen(sheet.scores))).toBe(false);
    // toStrictEqual compares numbers with Object.is: the same bits (and +0 is not -0).
    expect(computeRanking(input)).toStrictEqual(computeRanking(reference));
    expect(analyseDeliberation(input)).toStrictEqual(analyseDeliberation(reference));
  });
}

describe('per-sheet work shared between rankings', () => {
  it('gives exactly the unshared results, before and after score changes and weight changes', () => {
    const before = preparedSheetMemoStats().hits;
    const cutsBefore = scoreCutStats().hits;
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const kept: SubmittedSheet[] = [];
        const first = sheetsOf(s, new Map(), kept);
        expectSameAsUnshared(s, first);
        // The same records again (a recompute with nothing changed: every valid sheet is reused).
        expectSameAsUnshared(s, sheetsOf(s, new Map(), kept));
        // Some sheets changed: new records for them, the others kept.
        const changed = new Map(s.changes.map((c) => [c.cell % (s.teams * s.jurors), c.values]));
        const after = sheetsOf(s, changed, kept);
        expectSameAsUnshared(s, after);
        // Every track re-weighted, same records.
        expectSameAsUnshared(s, after, s.reweigh);
      }),
      { numRuns: 60, seed: 15 },
    );
    // The shared paths really ran (otherwise the comparison above would prove nothing).
    expect(preparedSheetMemoStats().hits).toBeGreaterThan(before);
    expect(scoreCutStats().hits).toBeGreaterThan(cutsBefore);
  });

  it('a weight change or a score change is never answered from what was kept', () => {
    const criteria = (weights: number[]): RankingCriterion[] =>
      weights.map((weight, i) => ({ id: criterionId(i), weight, min: 0, max: 10 }));
    const sheet = (jurorId: number, teamId: number, a: number, b: number): SubmittedSheet =>
      Object.freeze({ jurorId, teamId, scores: Object.freeze({ [criterionId(0)]: a, [criterionId(1)]: b }) });
    const sheets = [sheet(1, 1, 10, 0), sheet(1, 2, 0, 10)];
    const input = (weights: number[], list: SubmittedSheet[]): RankingInput => ({
      scaleMax: 20,
      criteria: criteria(weights),
      teams: [{ id: 1 }, { id: 2 }],
      jurors: [{ id: 1 }],
      recusals: [],
      sheets: list,
      method: 'weighted_mean',
      tieBreaks: [],
      chairDecisions: [],
      penalty: null,
      overtime: [],
    });
    const totals = (i: RankingInput) => computeRanking(i).rows.map((r) => [r.teamId, r.total]);
    expect(totals(input([3, 1], sheets))).toEqual([
      [1, 15],
      [2, 5],
    ]);
    const hits = preparedSheetMemoStats().hits;
    expect(totals(input([3, 1], sheets))).toEqual([
      [1, 15],
      [2, 5],
    ]);
    expect(preparedSheetMemoStats().hits).toBe(hits + 2);
    // New weights: the same records, other totals.
    expect(totals(input([1, 3], sheets))).toEqual([
      [2, 15],
      [1, 5],
    ]);
    // A new range on one criterion: other totals too.
    expect(
      computeRanking({
        ...input([1, 3], sheets),
        criteria: [
          criteria([1, 3])[0] as RankingCriterion,
          { id: criterionId(1), weight: 3, min: 0, max: 20 },
        ],
      }).rows.map((r) => r.total),
    ).toEqual([7.5, 5]);
    // A changed sheet is a new record: its new scores count.
    expect(totals(input([1, 3], [sheets[0] as SubmittedSheet, sheet(1, 2, 0, 0)]))).toEqual([
      [1, 5],
      [2, 0],
    ]);
  });

  it('a record that is not frozen is never kept (it could still change)', () => {
    const scores: Record<number, number> = { [criterionId(0)]: 4 };
    const input: RankingInput = {
      scaleMax: 20,
      criteria: [{ id: criterionId(0), weight: 1, min: 0, max: 10 }],
      teams: [{ id: 1 }],
      jurors: [{ id: 1 }],
      recusals: [],
      sheets: [{ jurorId: 1, teamId: 1, scores }],
      method: 'weighted_mean',
      tieBreaks: [],
      chairDecisions: [],
      penalty: null,
      overtime: [],
    };
    expect(computeRanking(input).rows[0]?.total).toBe(8);
    scores[criterionId(0)] = 6;
    expect(computeRanking(input).rows[0]?.total).toBe(12);
  });
});
