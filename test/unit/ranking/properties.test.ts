import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeRanking } from '../../../main/core/ranking/compute-ranking';
import { tieKey } from '../../../main/core/ranking/stats';
import {
  AGGREGATION_METHODS,
  type RankingCriterion,
  type RankingInput,
  type RankingResult,
  type SubmittedSheet,
  type TieBreakRule,
} from '../../../main/core/ranking/types';

/**
 * Random small events: 1–3 criteria with odd ranges and weights, 2–6 teams,
 * 1–6 jurors; each (juror, team) cell is a sheet (most of the time), missing,
 * or a recusal. Integer raw scores so that shifting by a constant stays exact.
 */
const cellArb = fc.record({
  state: fc.constantFrom('sheet', 'sheet', 'sheet', 'sheet', 'missing', 'recused'),
  offsets: fc.array(fc.nat(10), { minLength: 3, maxLength: 3 }),
});

const scenarioArb = fc
  .record({
    criteria: fc.array(
      fc.record({
        weight: fc.integer({ min: 1, max: 100 }),
        min: fc.integer({ min: 0, max: 2 }),
        span: fc.integer({ min: 1, max: 10 }),
      }),
      { minLength: 1, maxLength: 3 },
    ),
    teamCount: fc.integer({ min: 2, max: 6 }),
    jurorCount: fc.integer({ min: 1, max: 6 }),
    scaleMax: fc.constantFrom(20, 100),
    tieBreakSet: fc.constantFrom<'none' | 'firsts' | 'criterion'>('none', 'firsts', 'criterion'),
  })
  .chain((shape) =>
    fc
      .array(cellArb, {
        minLength: shape.teamCount * shape.jurorCount,
        maxLength: shape.teamCount * shape.jurorCount,
      })
      .map((cells) => buildInput(shape, cells)),
  );

interface Shape {
  criteria: { weight: number; min: number; span: number }[];
  teamCount: number;
  jurorCount: number;
  scaleMax: number;
  tieBreakSet: 'none' | 'firsts' | 'criterion';
}

function buildInput(shape: Shape, cells: { state: string; offsets: number[] }[]): RankingInput {
  const criteria: RankingCriterion[] = shape.criteria.map((c, i) => ({
    id: 100 + i,
    weight: c.weight,
    min: c.min,
    max: c.min + c.span,
  }));
  const teams = Array.from({ length: shape.teamCount }, (_, i) => ({ id: i + 1 }));
  const jurors = Array.from({ length: shape.jurorCount }, (_, i) => ({ id: 11 + i }));
  const recusals: { jurorId: number; teamId: number }[] = [];
  const sheets: SubmittedSheet[] = [];
  cells.forEach((cell, index) => {
    const jurorId = 11 + (index % shape.jurorCount);
    const teamId = 1 + Math.floor(index / shape.jurorCount);
    if (cell.state === 'recused') recusals.push({ jurorId, teamId });
    if (cell.state !== 'sheet') return;
    const scores: Record<number, number> = {};
    criteria.forEach((c, i) => {
      scores[c.id] = c.min + ((cell.offsets[i] ?? 0) % (c.max - c.min + 1));
    });
    sheets.push({ jurorId, teamId, scores });
  });
  const firstCriterion = criteria[0] as RankingCriterion;
  const tieBreaks: TieBreakRule[] =
    shape.tieBreakSet === 'none'
      ? []
      : shape.tieBreakSet === 'firsts'
        ? [{ kind: 'first_places' }]
        : [{ kind: 'criterion', criterionId: firstCriterion.id }, { kind: 'first_places' }];
  return {
    scaleMax: shape.scaleMax,
    criteria,
    teams,
    jurors,
    recusals,
    sheets,
    method: 'weighted_mean',
    tieBreaks,
    chairDecisions: [],
    penalty: null,
    overtime: [],
  };
}

function placing(result: RankingResult) {
  return result.rows.map((r) => [r.teamId, r.rank, r.status]);
}

const RUNS = { numRuns: 80 };

describe('ranking properties', () => {
  it('juror order (and sheet and recusal order) does not matter, for every method', () => {
    fc.assert(
      fc.property(
        scenarioArb.chain((input) =>
          fc.record({
            input: fc.constant(input),
            jurors: fc.shuffledSubarray([...input.jurors], { minLength: input.jurors.length }),
            sheets: fc.shuffledSubarray([...input.sheets], { minLength: input.sheets.length }),
            recusals: fc.shuffledSubarray([...input.recusals], { minLength: input.recusals.length }),
          }),
        ),
        ({ input, jurors, sheets, recusals }) => {
          for (const method of AGGREGATION_METHODS) {
            const original = computeRanking({ ...input, method });
            const shuffled = computeRanking({ ...input, method, jurors, sheets, recusals });
            expect(shuffled).toEqual(original);
          }
        },
      ),
      RUNS,
    );
  });

  it('adding a constant to one juror’s scores does not change the z-score ranking', () => {
    fc.assert(
      fc.property(scenarioArb, fc.nat(5), fc.integer({ min: -10, max: 10 }), (input, jurorPick, wanted) => {
        const jurorId = (input.jurors[jurorPick % input.jurors.length] as { id: number }).id;
        const own = input.sheets.filter((s) => s.jurorId === jurorId);
        // The largest shift that keeps every one of this juror's scores within its criterion's range.
        let lo = Number.NEGATIVE_INFINITY;
        let hi = Number.POSITIVE_INFINITY;
        for (const sheet of own) {
          for (const c of input.criteria) {
            const v = sheet.scores[c.id] as number;
            lo = Math.max(lo, c.min - v);
            hi = Math.min(hi, c.max - v);
          }
        }
        const k = own.length === 0 ? 0 : Math.min(hi, Math.max(lo, wanted));
        const shifted = input.sheets.map((s) =>
          s.jurorId !== jurorId
            ? s
            : { ...s, scores: Object.fromEntries(Object.entries(s.scores).map(([id, v]) => [id, v + k])) },
        );
        const tieBreaks: TieBreakRule[] = input.tieBreaks.filter((r) => r.kind !== 'criterion');
        const before = computeRanking({ ...input, tieBreaks, method: 'zscore' });
        const after = computeRanking({ ...input, tieBreaks, method: 'zscore', sheets: shifted });
        expect(placing(after)).toEqual(placing(before));
      }),
      RUNS,
    );
  });

  it('a recused juror’s scores never influence that team (nor anything else)', () => {
    const anyScore = fc.oneof(fc.integer({ min: -50, max: 50 }), fc.double({ noNaN: false }));
    fc.assert(
      fc.property(
        scenarioArb.filter((input) => input.recusals.length > 0),
        fc.nat(),
        fc.array(anyScore, { minLength: 3, maxLength: 3 }),
        fc.array(anyScore, { minLength: 3, maxLength: 3 }),
        (input, pick, a, b) => {
          const recusal = input.recusals[pick % input.recusals.length] as { jurorId: number; teamId: number };
          const sheetWith = (values: number[]): SubmittedSheet => ({
            ...recusal,
            scores: Object.fromEntries(input.criteria.map((c, i) => [c.id, values[i] as number])),
          });
          for (const method of AGGREGATION_METHODS) {
            const withA = computeRanking({ ...input, method, sheets: [...input.sheets, sheetWith(a)] });
            const withB = computeRanking({ ...input, method, sheets: [...input.sheets, sheetWith(b)] });
            const without = computeRanking({ ...input, method });
            expect(withB).toEqual(withA);
            expect(withA.rows).toEqual(without.rows);
            expect(withA.issues).toContainEqual({ code: 'ranking.sheetRecusedIgnored', ...recusal });
          }
        },
      ),
      RUNS,
    );
  });

  it('without tie-breaks, rank = 1 + number of teams strictly ahead, and values stay on the scale', () => {
    fc.assert(
      fc.property(scenarioArb, (input) => {
        for (const method of AGGREGATION_METHODS) {
          const result = computeRanking({ ...input, method, tieBreaks: [] });
          const ranked = result.rows.filter((r) => r.status === 'ranked');
          for (const row of ranked) {
            const ahead = ranked.filter(
              (o) => tieKey(o.sortKey as number) > tieKey(row.sortKey as number),
            ).length;
            expect(row.rank).toBe(ahead + 1);
            expect(row.valueBeforePenalty).toBeGreaterThanOrEqual(0);
            expect(row.valueBeforePenalty).toBeLessThanOrEqual(input.scaleMax);
          }
          // Ranks never decrease down the list.
          const rankList = ranked.map((r) => r.rank as number);
          expect(rankList).toEqual([...rankList].sort((x, y) => x - y));
        }
      }),
      RUNS,
    );
  });
});
