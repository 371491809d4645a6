import { describe, expect, it } from 'vitest';
import { analyseDeliberation, lowerTailPValue } from '../../../main/core/ranking/deliberation';
import { makeInput, totalled } from './fixtures';

// A panel of three where juror 13 sees things differently:
//            team 1  team 2  team 3
// juror 11     16      14      10
// juror 12     15      14      10
// juror 13     10      14      12
// weighted mean: team 1 = 41/3 ≈ 13.67, team 2 = 14, team 3 = 32/3 ≈ 10.67 → podium 2, 1, 3
const grid: [number, number[]][] = [
  [11, [16, 14, 10]],
  [12, [15, 14, 10]],
  [13, [10, 14, 12]],
];
const input = makeInput({
  teamIds: [1, 2, 3],
  jurorIds: [11, 12, 13],
  sheets: grid.flatMap(([jurorId, totals]) => totals.map((t, i) => totalled(jurorId, i + 1, t))),
});

describe('analyseDeliberation', () => {
  const analysis = analyseDeliberation(input);

  it('puts the podium of every method side by side', () => {
    const byMethod = Object.fromEntries(analysis.podiumByMethod.map((m) => [m.method, m]));
    expect(byMethod.weighted_mean?.podium.map((p) => [p.teamId, p.rank])).toEqual([
      [2, 1],
      [1, 2],
      [3, 3],
    ]);
    expect(byMethod.weighted_mean?.podium[1]?.total).toBeCloseTo(41 / 3, 12);
    // trimmed mean with 3 totals (< 5) = plain mean: same podium.
    expect(byMethod.trimmed_mean?.winnerTeamIds).toEqual([2]);
    // median: team 1 = median(16, 15, 10) = 15 > team 2 = 14 → team 1 wins.
    expect(byMethod.median?.winnerTeamIds).toEqual([1]);
    // z-score: mean z ≈ team 1 0.257, team 2 0.652, team 3 −0.908 → team 2 wins (see methods.test.ts for the recipe).
    expect(byMethod.zscore?.winnerTeamIds).toEqual([2]);
    // Borda shares: juror 11 and 12 → team 1: 1, team 2: ½, team 3: 0 ; juror 13 → team 2: 1, team 3: ½, team 1: 0
    // team 1 = 2/3, team 2 = 2/3 → shared first place; team 3 = 1/6.
    expect(byMethod.borda?.winnerTeamIds).toEqual([1, 2]);
    expect(byMethod.borda?.hasUnresolvedTie).toBe(true);
  });

  it('warns that the winner and the podium depend on the method', () => {
    expect(analysis.winnerDependsOnMethod).toBe(true);
    expect(analysis.podiumDependsOnMethod).toBe(true);
    expect(analysis.warnings).toContainEqual({
      code: 'deliberation.winnerDependsOnMethod',
      methods: ['median', 'borda'],
    });
  });

  it('finds the one juror whose removal changes the winner', () => {
    // without 11: team 1 = 12.5, team 2 = 14, team 3 = 11 → same podium
    // without 12: team 1 = 13,   team 2 = 14, team 3 = 11 → same podium
    // without 13: team 1 = 15.5, team 2 = 14, team 3 = 10 → team 1 wins
    expect(analysis.leaveOneOut.map((l) => [l.jurorId, l.winnerChanges, l.podiumChanges])).toEqual([
      [11, false, false],
      [12, false, false],
      [13, true, true],
    ]);
    expect(analysis.leaveOneOut[2]?.podiumWithout.map((p) => p.teamId)).toEqual([1, 2, 3]);
    expect(analysis.warnings).toContainEqual({ code: 'deliberation.winnerDependsOnJuror', jurorId: 13 });
  });

  it('flags the dissenting juror by Spearman correlation with the others', () => {
    // juror 13 ranks (10, 14, 12) → ranks 1, 3, 2 ; the others without 13 (15.5, 14, 10) → ranks 3, 2, 1
    // d = (−2, 1, 1), Σd² = 6 → rho = 1 − 6·6/(3·(9 − 1)) = −0.5 < 0.2 → flagged
    // juror 11 (16, 14, 10) → 3, 2, 1 ; others (12.5, 14, 11) → 2, 3, 1 → Σd² = 2 → rho = 1 − 12/24 = 0.5
    // juror 12 (15, 14, 10) → 3, 2, 1 ; others (13, 14, 11) → 2, 3, 1 → rho = 0.5
    const byJuror = Object.fromEntries(analysis.dissent.map((d) => [d.jurorId, d]));
    expect(byJuror[13]?.spearman).toBeCloseTo(-0.5, 12);
    // On 3 teams, 3 of the 6 possible orders are this far off: chance explains it, so no flag.
    expect(byJuror[13]?.pValue).toBeCloseTo(0.5, 12);
    expect(byJuror[13]?.evidence).toBe('weak');
    expect(byJuror[13]?.flagged).toBe(false);
    expect(byJuror[11]?.spearman).toBeCloseTo(0.5, 12);
    expect(byJuror[11]?.flagged).toBe(false);
    expect(byJuror[12]?.flagged).toBe(false);
    expect(byJuror[13]?.teamsCompared).toBe(3);
    // meanOffset of 13: (10 − 15.5) + (14 − 14) + (12 − 10) = −3.5 over 3 teams = −7/6
    expect(byJuror[13]?.meanOffset).toBeCloseTo(-7 / 6, 12);
    // meanOffset of 11: (16 − 12.5) + (14 − 14) + (10 − 11) = 2.5 → 5/6
    expect(byJuror[11]?.meanOffset).toBeCloseTo(5 / 6, 12);
    expect(analysis.warnings.some((w) => w.code === 'deliberation.jurorDissent')).toBe(false);
    expect(byJuror[11]?.evidence).toBe('none');
  });

  it('takes a stricter or looser threshold and evidence level as options', () => {
    const strict = analyseDeliberation(input, { dissentThreshold: 0.6, dissentMaxPValue: 1 });
    expect(strict.dissent.filter((d) => d.flagged).map((d) => d.jurorId)).toEqual([11, 12, 13]);
    const lax = analyseDeliberation(input, { dissentMaxPValue: 0.5 });
    expect(lax.warnings).toContainEqual({
      code: 'deliberation.jurorDissent',
      jurorId: 13,
      spearman: -0.5,
      pValue: 0.5,
    });
    const loose = analyseDeliberation(input, { dissentThreshold: -0.9 });
    expect(loose.dissent.some((d) => d.flagged)).toBe(false);
  });

  it('raises nothing for a panel that agrees', () => {
    // Every juror: team 1 > team 2 > team 3 > team 4, with different severities.
    const calm = makeInput({
      teamIds: [1, 2, 3, 4],
      jurorIds: [11, 12, 13],
      sheets: [0, 2, 4].flatMap((offset, j) =>
        [16, 13, 9, 5].map((t, i) => totalled(11 + j, i + 1, t - offset)),
      ),
    });
    const result = analyseDeliberation(calm);
    expect(result.warnings).toEqual([]);
    expect(result.dissent.map((d) => d.spearman)).toEqual([1, 1, 1]);
    // juror 11 gives t, the others t − 2 and t − 4 (mean t − 3): juror 11 is 3 points more generous.
    expect(result.dissent[0]?.meanOffset).toBeCloseTo(3, 12);
  });

  it('does not judge a juror on fewer than 3 shared teams', () => {
    const small = makeInput({
      teamIds: [1, 2],
      jurorIds: [11, 12],
      sheets: [totalled(11, 1, 18), totalled(11, 2, 4), totalled(12, 1, 4), totalled(12, 2, 18)],
    });
    const result = analyseDeliberation(small);
    expect(result.dissent.map((d) => [d.teamsCompared, d.spearman, d.flagged])).toEqual([
      [2, null, false],
      [2, null, false],
    ]);
  });
});

describe('deliberation on a small panel (5 teams, 4 jurors)', () => {
  const panel = (grid: number[][]) =>
    makeInput({
      teamIds: [1, 2, 3, 4, 5],
      jurorIds: [11, 12, 13, 14],
      sheets: grid.flatMap((totals, j) => totals.map((t, i) => totalled(11 + j, i + 1, t))),
    });

  // Five close pitches scored by four honest jurors: the spread is noise. The
  // old rule flagged all four jurors as dissenting (every rho < 0.2) and three
  // of them as "changing the winner", which gives the chair nothing to act on.
  const close = panel([
    [13, 12, 13, 12, 13],
    [13, 13, 10, 10, 12],
    [12, 14, 13, 12, 13],
    [15, 13, 15, 13, 10],
  ]);

  it('flags no juror when chance explains their disagreement, and says how strong the evidence is', () => {
    const analysis = analyseDeliberation(close);
    expect(analysis.dissent.every((d) => d.spearman !== null && d.spearman < 0.2)).toBe(true);
    expect(analysis.dissent.filter((d) => d.flagged)).toEqual([]);
    expect(analysis.dissent.map((d) => d.evidence)).toEqual(['weak', 'weak', 'weak', 'weak']);
    for (const d of analysis.dissent) expect(d.pValue).toBeGreaterThan(0.3);
    expect(analysis.warnings.some((w) => w.code === 'deliberation.jurorDissent')).toBe(false);
  });

  it('reports a close race once, with the lead, instead of three jurors who "change the winner"', () => {
    const analysis = analyseDeliberation(close);
    expect(analysis.leaveOneOut.filter((l) => l.winnerChanges).map((l) => l.jurorId)).toEqual([11, 12, 14]);
    const perJuror = analysis.warnings.filter((w) => w.code === 'deliberation.winnerDependsOnJuror');
    expect(perJuror).toEqual([]);
    const race = analysis.warnings.find((w) => w.code === 'deliberation.winnerTooClose');
    expect(race).toMatchObject({ jurorIds: [11, 12, 14] });
    expect(race && 'lead' in race ? race.lead : null).toBeCloseTo(0.25, 12);
  });

  it('still flags a juror whose order runs against the panel', () => {
    // Three jurors agree (team 1 best … team 5 last); juror 14 ranks exactly the other way round.
    const analysis = analyseDeliberation(
      panel([
        [17, 15, 12, 10, 7],
        [16, 15, 13, 9, 8],
        [18, 14, 12, 11, 6],
        [6, 9, 12, 15, 18],
      ]),
    );
    const flagged = analysis.dissent.filter((d) => d.flagged);
    expect(flagged.map((d) => d.jurorId)).toEqual([14]);
    // rho = −1: 1 of the 120 orders of five totals is that far off.
    expect(flagged[0]?.spearman).toBeCloseTo(-1, 12);
    expect(flagged[0]?.pValue).toBeCloseTo(1 / 120, 12);
    expect(flagged[0]?.evidence).toBe('strong');
    expect(analysis.warnings).toContainEqual({
      code: 'deliberation.jurorDissent',
      jurorId: 14,
      spearman: -1,
      pValue: 1 / 120,
    });
  });

  it('computes the p-value exactly on few teams and by the normal approximation on many', () => {
    // 5 teams: rho ≤ −0.9 happens for 5 of the 120 orders (the reversal and 4 single swaps of it).
    expect(lowerTailPValue([5, 4, 3, 1, 2], [1, 2, 3, 4, 5], -0.9)).toBeCloseTo(5 / 120, 12);
    const many = Array.from({ length: 30 }, (_, i) => i);
    expect(lowerTailPValue(many, many, 0)).toBeCloseTo(0.5, 6);
    expect(lowerTailPValue(many, many, -0.4)).toBeLessThan(0.02);
  });
});
