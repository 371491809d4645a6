import { describe, expect, it } from 'vitest';
import { computeRanking } from '../../../main/core/ranking/compute-ranking';
import type { RankingResult } from '../../../main/core/ranking/types';
import { C1, C2, makeInput, scored, totalled } from './fixtures';

// Teams 1, 2, 3, 4; jurors 11, 12, 13, ...; juror total = s1 + s2 (see fixtures).

function row(result: RankingResult, teamId: number) {
  const found = result.rows.find((r) => r.teamId === teamId);
  if (!found) throw new Error(`no row for team ${teamId}`);
  return found;
}

function ranks(result: RankingResult): Record<number, number | null> {
  return Object.fromEntries(result.rows.map((r) => [r.teamId, r.rank]));
}

describe('juror total', () => {
  it('is Σ weight·(score − min)/(max − min) rescaled to the scale', () => {
    // Criterion A: weight 60, 0..5, score 4 → 60 · 4/5 = 48
    // Criterion B: weight 40, 1..5, score 3 → 40 · (3−1)/4 = 20
    // Σ = 68 out of Σ weights 100 → /20: 68/100 · 20 = 13.6 ; /100: 68
    const base = {
      criteria: [
        { id: 1, weight: 60, min: 0, max: 5 },
        { id: 2, weight: 40, min: 1, max: 5 },
      ],
      teamIds: [1],
      jurorIds: [11],
      sheets: [{ jurorId: 11, teamId: 1, scores: { 1: 4, 2: 3 } }],
    };
    expect(row(computeRanking(makeInput(base)), 1).total).toBeCloseTo(13.6, 12);
    expect(row(computeRanking(makeInput({ ...base, scaleMax: 100 })), 1).total).toBeCloseTo(68, 12);
  });

  it('divides by the sum of weights when they do not add up to 100', () => {
    // weights 3 and 1, both 0..10, scores 10 and 0 → (3·1 + 1·0)/4 = 0.75 → /20: 15
    const input = makeInput({
      criteria: [
        { id: 1, weight: 3, min: 0, max: 10 },
        { id: 2, weight: 1, min: 0, max: 10 },
      ],
      teamIds: [1],
      jurorIds: [11],
      sheets: [{ jurorId: 11, teamId: 1, scores: { 1: 10, 2: 0 } }],
    });
    expect(row(computeRanking(input), 1).total).toBeCloseTo(15, 12);
  });
});

describe('weighted mean (with a recusal)', () => {
  // Juror 13 is recused for team 1; the sheet it nevertheless has for team 1 (total 0) must be ignored.
  //          team 1   team 2   team 3
  // juror 11   14       12       10
  // juror 12   16       12        8
  // juror 13  (0, rec.) 18       10
  // team 1 = (14 + 16)/2 = 15 ; team 2 = (12 + 12 + 18)/3 = 14 ; team 3 = (10 + 8 + 10)/3 = 28/3 ≈ 9.333
  const input = makeInput({
    teamIds: [1, 2, 3],
    jurorIds: [11, 12, 13],
    recusals: [{ jurorId: 13, teamId: 1 }],
    sheets: [
      totalled(11, 1, 14),
      totalled(11, 2, 12),
      totalled(11, 3, 10),
      totalled(12, 1, 16),
      totalled(12, 2, 12),
      totalled(12, 3, 8),
      totalled(13, 1, 0),
      totalled(13, 2, 18),
      totalled(13, 3, 10),
    ],
  });
  const result = computeRanking(input);

  it('averages each team over its own non-recused sheets', () => {
    expect(row(result, 1).total).toBeCloseTo(15, 12);
    expect(row(result, 2).total).toBeCloseTo(14, 12);
    expect(row(result, 3).total).toBeCloseTo(28 / 3, 12);
    expect(result.rows.map((r) => r.teamId)).toEqual([1, 2, 3]);
    expect(ranks(result)).toEqual({ 1: 1, 2: 2, 3: 3 });
  });

  it('reports counted/expected sheets, the recusal and the ignored sheet', () => {
    expect(row(result, 1)).toMatchObject({ sheetsCounted: 2, sheetsExpected: 2, recusedJurorIds: [13] });
    expect(row(result, 2)).toMatchObject({ sheetsCounted: 3, sheetsExpected: 3, recusedJurorIds: [] });
    expect(result.issues).toEqual([{ code: 'ranking.sheetRecusedIgnored', jurorId: 13, teamId: 1 }]);
  });

  it('gives per-criterion averages on the raw scale', () => {
    // team 1: juror 11 (7, 7), juror 12 (8, 8) → C1 = 7.5, C2 = 7.5
    expect(row(result, 1).criterionAverages).toEqual([
      { criterionId: C1, average: 7.5 },
      { criterionId: C2, average: 7.5 },
    ]);
  });

  it('names the method explanation and missing-score policy codes', () => {
    expect(result.explanationCode).toBe('ranking.method.weighted_mean.explanation');
    expect(result.missingPolicyCode).toBe('ranking.method.weighted_mean.missing');
  });
});

describe('trimmed mean (with a recusal and a tie)', () => {
  // Juror 15 is recused for team 2, which is left with 4 totals: below 5, so a plain mean.
  // team 1: 20, 14, 10, 16, 12 → sorted 10 12 14 16 20 → drop 10 and 20 → (12+14+16)/3 = 14
  // team 2: 12, 14, 20, 10     → 4 totals → plain mean 56/4 = 14     → tied with team 1
  // team 3:  8,  9, 10, 11, 19 → drop 8 and 19 → (9+10+11)/3 = 10      (plain mean would be 11.4)
  const input = makeInput({
    method: 'trimmed_mean',
    teamIds: [1, 2, 3],
    jurorIds: [11, 12, 13, 14, 15],
    recusals: [{ jurorId: 15, teamId: 2 }],
    sheets: [
      ...[20, 14, 10, 16, 12].map((t, j) => totalled(11 + j, 1, t)),
      ...[12, 14, 20, 10].map((t, j) => totalled(11 + j, 2, t)),
      ...[8, 9, 10, 11, 19].map((t, j) => totalled(11 + j, 3, t)),
    ],
  });
  const result = computeRanking(input);

  it('drops the extremes only when a team has at least 5 totals', () => {
    expect(row(result, 1).total).toBeCloseTo(14, 12);
    expect(row(result, 2).total).toBeCloseTo(14, 12);
    expect(row(result, 3).total).toBeCloseTo(10, 12);
  });

  it('shows the tie as a shared rank (1, 1, 3), flagged unresolved', () => {
    expect(ranks(result)).toEqual({ 1: 1, 2: 1, 3: 3 });
    expect(row(result, 1).tie).toEqual({ tiedWith: [2], decidedBy: null, sharedRankWith: [2] });
    expect(result.unresolvedTies).toEqual([[1, 2]]);
    expect(result.issues).toContainEqual({ code: 'ranking.tieUnresolved', teamIds: [1, 2] });
  });
});

describe('median', () => {
  // team 1: 10, 18, 12, 14 (4 jurors) → sorted 10 12 14 18 → (12 + 14)/2 = 13  (mean 13.5)
  // team 2: 19,  1, 14, juror 14 recused → sorted 1 14 19 → 14               (mean 11.33)
  // team 3:  6,  8, 10, 12 → (8 + 10)/2 = 9
  // The median puts team 2 first where the mean would put team 1 first.
  const input = makeInput({
    method: 'median',
    teamIds: [1, 2, 3],
    jurorIds: [11, 12, 13, 14],
    recusals: [{ jurorId: 14, teamId: 2 }],
    sheets: [
      ...[10, 18, 12, 14].map((t, j) => totalled(11 + j, 1, t)),
      ...[19, 1, 14].map((t, j) => totalled(11 + j, 2, t)),
      ...[6, 8, 10, 12].map((t, j) => totalled(11 + j, 3, t)),
    ],
  });

  it('takes the middle total (mean of the two middle ones for an even count)', () => {
    const result = computeRanking(input);
    expect(row(result, 1).total).toBe(13);
    expect(row(result, 2).total).toBe(14);
    expect(row(result, 3).total).toBe(9);
    expect(result.rows.map((r) => r.teamId)).toEqual([2, 1, 3]);
  });

  it('differs from the mean on the same sheets', () => {
    const mean = computeRanking({ ...input, method: 'weighted_mean' });
    expect(mean.rows.map((r) => r.teamId)).toEqual([1, 2, 3]);
  });
});

describe('z-score', () => {
  // Juror 11 is harsh and recused for team 1. Weighted mean puts team 1 first only because the harsh
  // juror never scored it; z-score compares each juror with themself.
  //            team 1   team 2   team 3
  // juror 11   (rec.)     12        4     μ = 8, σ = 4            → z: team 2 +1, team 3 −1
  // juror 12     15       16       10     μ = 41/3, deviations 4/3, 7/3, −11/3,
  //                                        σ² = (16+49+121)/9/3 = 62/9, σ = √62/3 → z = 4/√62, 7/√62, −11/√62
  // mean z: team 1 = 4/√62 ≈ 0.5080 ; team 2 = (1 + 7/√62)/2 ≈ 0.9445 ; team 3 = (−1 − 11/√62)/2 ≈ −1.1985
  // team means (weighted mean method): 15, 14, 7 → M = 12, S = √(((3)² + 2² + (−5)²)/3) = √(38/3) ≈ 3.5590
  // z-score totals = 12 + 3.5590·z: team 2 ≈ 15.3615, team 1 ≈ 13.8080, team 3 ≈ 7.7345
  const input = makeInput({
    method: 'zscore',
    teamIds: [1, 2, 3],
    jurorIds: [11, 12],
    recusals: [{ jurorId: 11, teamId: 1 }],
    sheets: [
      totalled(11, 2, 12),
      totalled(11, 3, 4),
      totalled(12, 1, 15),
      totalled(12, 2, 16),
      totalled(12, 3, 10),
    ],
  });

  it('standardises each juror over the teams they scored and maps back through M and S', () => {
    const result = computeRanking(input);
    const s = Math.sqrt(38 / 3);
    const r62 = Math.sqrt(62);
    expect(row(result, 1).total).toBeCloseTo(12 + s * (4 / r62), 10);
    expect(row(result, 2).total).toBeCloseTo(12 + s * ((1 + 7 / r62) / 2), 10);
    expect(row(result, 3).total).toBeCloseTo(12 + s * ((-1 - 11 / r62) / 2), 10);
    expect(row(result, 2).total).toBeCloseTo(15.3615, 4);
    expect(result.rows.map((r) => r.teamId)).toEqual([2, 1, 3]);
    expect(computeRanking({ ...input, method: 'weighted_mean' }).rows.map((r) => r.teamId)).toEqual([
      1, 2, 3,
    ]);
  });

  it('equals the weighted mean when every juror scores every team and jurors differ only by severity', () => {
    // juror 12 = juror 11 + 4 (a constant offset), juror 13 = 2 · juror 11 − 6 (an affine one).
    // juror 11: 5, 7, 9 ; juror 12: 9, 11, 13 ; juror 13: 4, 8, 12 → team means 6, 26/3, 34/3.
    const sheets = [5, 7, 9].flatMap((t, i) => [
      totalled(11, i + 1, t),
      totalled(12, i + 1, t + 4),
      totalled(13, i + 1, 2 * t - 6),
    ]);
    const z = computeRanking(
      makeInput({ method: 'zscore', teamIds: [1, 2, 3], jurorIds: [11, 12, 13], sheets }),
    );
    expect(row(z, 1).total).toBeCloseTo(6, 10);
    expect(row(z, 2).total).toBeCloseTo(26 / 3, 10);
    expect(row(z, 3).total).toBeCloseTo(34 / 3, 10);
  });

  it('clamps the total to the scale but sorts on the unclamped value', () => {
    // One criterion 0..20 (weight 100) → total = score on /20.
    // juror 11: team 1 = 5, team 2 = 0, team 3 = 10 → μ = 5, σ = √(50/3) → z = 0, −√1.5, +√1.5
    // juror 12: team 3 = 18 only → z = 0 (a single team gives no preference)
    // mean z: team 1 = 0, team 2 = −√1.5, team 3 = √1.5 / 2
    // team means 5, 0, 14 → M = 19/3, S² = ((−4/3)² + (−19/3)² + (23/3)²)/3 = (16 + 361 + 529)/27 = 302/9
    // team 2: 19/3 − √(302/9)·√(3/2) = 19/3 − √(151/3) ≈ 6.333 − 7.095 = −0.761 → clamped to 0
    // team 3: 19/3 + √(151/3)/2 ≈ 9.881 ; team 1: 19/3 ≈ 6.333
    const result = computeRanking(
      makeInput({
        method: 'zscore',
        criteria: [{ id: 1, weight: 100, min: 0, max: 20 }],
        teamIds: [1, 2, 3],
        jurorIds: [11, 12],
        sheets: [
          { jurorId: 11, teamId: 1, scores: { 1: 5 } },
          { jurorId: 11, teamId: 2, scores: { 1: 0 } },
          { jurorId: 11, teamId: 3, scores: { 1: 10 } },
          { jurorId: 12, teamId: 3, scores: { 1: 18 } },
        ],
      }),
    );
    // The sort key is the mean z itself (issue 13): −√1.5 for team 2.
    expect(row(result, 2).sortKey).toBeCloseTo(-Math.sqrt(1.5), 10);
    expect(row(result, 2).total).toBe(0);
    expect(row(result, 1).total).toBeCloseTo(19 / 3, 10);
    expect(row(result, 3).total).toBeCloseTo(19 / 3 + Math.sqrt(151 / 3) / 2, 10);
    expect(result.rows.map((r) => r.teamId)).toEqual([3, 1, 2]);
  });

  it('treats a juror with no spread as expressing no preference (z = 0)', () => {
    // juror 11 gives everyone 10: z = 0 for all. juror 12: 20 and 0 → z = +1, −1.
    // mean z: team 1 = (0 + 1)/2 = 0.5, team 2 = −0.5. team means 15, 5 → M = 10, S = 5 → 12.5 and 7.5.
    const flat = computeRanking(
      makeInput({
        method: 'zscore',
        teamIds: [1, 2],
        jurorIds: [11, 12],
        sheets: [totalled(11, 1, 10), totalled(11, 2, 10), totalled(12, 1, 20), totalled(12, 2, 0)],
      }),
    );
    expect(row(flat, 1).total).toBeCloseTo(12.5, 10);
    expect(row(flat, 2).total).toBeCloseTo(7.5, 10);
  });
});

describe('Borda', () => {
  // Juror 13 is recused for team 4 and so ranks only 3 teams.
  //           team 1  team 2  team 3  team 4
  // juror 11    16      14      14      10   → points 3, 1.5, 1.5, 0 (tie: ½ each) → /3: 1, .5, .5, 0
  // juror 12    12      18      10      16   → points 1, 3, 0, 2                   → /3: 1/3, 1, 0, 2/3
  // juror 13    10      12      20     rec.  → points 0, 1, 2                      → /2: 0, .5, 1
  // team 1 = (1 + 1/3 + 0)/3 = 4/9 → ×20 = 8.889 ; team 2 = (.5 + 1 + .5)/3 = 2/3 → 13.333
  // team 3 = (.5 + 0 + 1)/3 = 1/2 → 10          ; team 4 = (0 + 2/3)/2 = 1/3 → 6.667
  const sheets = [
    ...[16, 14, 14, 10].map((t, i) => totalled(11, i + 1, t)),
    ...[12, 18, 10, 16].map((t, i) => totalled(12, i + 1, t)),
    ...[10, 12, 20].map((t, i) => totalled(13, i + 1, t)),
  ];
  const input = makeInput({
    method: 'borda',
    teamIds: [1, 2, 3, 4],
    jurorIds: [11, 12, 13],
    recusals: [{ jurorId: 13, teamId: 4 }],
    sheets,
  });

  it('averages each juror’s normalised points', () => {
    const result = computeRanking(input);
    expect(row(result, 1).total).toBeCloseTo((20 * 4) / 9, 12);
    expect(row(result, 2).total).toBeCloseTo(40 / 3, 12);
    expect(row(result, 3).total).toBeCloseTo(10, 12);
    expect(row(result, 4).total).toBeCloseTo(20 / 3, 12);
    expect(result.rows.map((r) => r.teamId)).toEqual([2, 3, 1, 4]);
  });

  it('separates teams the weighted mean leaves tied', () => {
    // weighted mean: team 2 = (14+18+12)/3 = 44/3, team 3 = (14+10+20)/3 = 44/3 → tied, shared rank 1;
    // team 4 = (10+16)/2 = 13 (rank 3) ; team 1 = (16+12+10)/3 = 38/3 ≈ 12.67 (rank 4)
    const mean = computeRanking({ ...input, method: 'weighted_mean' });
    expect(ranks(mean)).toEqual({ 1: 4, 2: 1, 3: 1, 4: 3 });
  });

  it('gives 0.5 to the only team of a juror who scored a single team', () => {
    // juror 11 scored only team 1 → 0.5 → 10/20. juror 12: team 1 = 1, team 2 = 0.
    // team 1 = (0.5 + 1)/2 · 20 = 15 ; team 2 = 0.
    const single = computeRanking(
      makeInput({
        method: 'borda',
        teamIds: [1, 2],
        jurorIds: [11, 12],
        sheets: [totalled(11, 1, 3), totalled(12, 1, 12), totalled(12, 2, 9)],
      }),
    );
    expect(row(single, 1).total).toBeCloseTo(15, 12);
    expect(row(single, 2).total).toBe(0);
  });
});

describe('overtime penalty', () => {
  // team 1: mean 15, 70 s over → 3 started periods of 30 s · 0.5 = 1.5 → 13.5
  // team 2: mean 14, 30 s over exactly → 1 period → 13.5 → tied with team 1 after the penalty
  // team 3: mean 14, 1 ms over → 1 period → 13.5 as well
  const input = makeInput({
    teamIds: [1, 2, 3],
    jurorIds: [11],
    sheets: [scored(11, 1, 8, 7), scored(11, 2, 7, 7), scored(11, 3, 7, 7)],
    penalty: { pointsPerStarted30s: 0.5 },
    overtime: [
      { teamId: 1, overtimeMs: 70_000 },
      { teamId: 2, overtimeMs: 30_000 },
      { teamId: 3, overtimeMs: 1 },
    ],
  });

  it('subtracts points per started 30 s before ranking', () => {
    const result = computeRanking(input);
    expect(row(result, 1)).toMatchObject({ valueBeforePenalty: 15, penalty: 1.5, total: 13.5 });
    expect(row(result, 2)).toMatchObject({ valueBeforePenalty: 14, penalty: 0.5, total: 13.5 });
    expect(row(result, 3)).toMatchObject({ penalty: 0.5, total: 13.5 });
    expect(ranks(result)).toEqual({ 1: 1, 2: 1, 3: 1 });
  });

  it('is ignored when no penalty was declared', () => {
    const result = computeRanking({ ...input, penalty: null });
    expect(row(result, 1)).toMatchObject({ penalty: 0, total: 15, rank: 1 });
    expect(row(result, 2).rank).toBe(2);
  });
});

describe('every method on complete, untied data agrees on the obvious order', () => {
  it.each(['weighted_mean', 'trimmed_mean', 'median', 'zscore', 'borda'] as const)('%s', (method) => {
    // Every juror scores team 1 > team 2 > team 3: any sensible method keeps that order.
    const sheets = [11, 12, 13, 14, 15].flatMap((j, k) => [
      totalled(j, 1, 18 - k),
      totalled(j, 2, 12 - k),
      totalled(j, 3, 6 + (k % 2)),
    ]);
    const result = computeRanking(
      makeInput({ method, teamIds: [3, 2, 1], jurorIds: [11, 12, 13, 14, 15], sheets }),
    );
    expect(result.rows.map((r) => [r.teamId, r.rank])).toEqual([
      [1, 1],
      [2, 2],
      [3, 3],
    ]);
    expect(result.explanationCode).toBe(`ranking.method.${method}.explanation`);
  });
});
