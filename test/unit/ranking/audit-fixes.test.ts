import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeRanking } from '../../../main/core/ranking/compute-ranking';
import type { SubmittedSheet } from '../../../main/core/ranking/types';
import { makeInput, totalled } from './fixtures';

const one = (jurorId: number, teamId: number, score: number): SubmittedSheet => ({
  jurorId,
  teamId,
  scores: { 1: score },
});
const oneCriterion = [{ id: 1, weight: 100, min: 0, max: 20 }];

describe('z-score ranks on the mean z itself (issue 13 item 10)', () => {
  it('separates teams whose z averages differ even when every team mean is within 1e-7 of the others', () => {
    // 100 pairs of opposite jurors cancel out; one last juror prefers team 2 by 1e-5 points: the team
    // means differ by 5e-8, so mapping the mean z back (spread 2.5e-8) shrinks a z gap of 0.01 to 2.5e-10.
    const sheets: SubmittedSheet[] = [];
    const jurorIds: number[] = [];
    for (let p = 0; p < 100; p += 1) {
      jurorIds.push(100 + 2 * p, 101 + 2 * p);
      sheets.push(
        one(100 + 2 * p, 1, 0),
        one(100 + 2 * p, 2, 20),
        one(101 + 2 * p, 1, 20),
        one(101 + 2 * p, 2, 0),
      );
    }
    jurorIds.push(999);
    sheets.push(one(999, 1, 10), one(999, 2, 10 + 1e-5));
    const result = computeRanking(
      makeInput({ method: 'zscore', criteria: oneCriterion, teamIds: [1, 2], jurorIds, sheets }),
    );
    const means = [1, 2].map((t) => {
      const totals = sheets.filter((s) => s.teamId === t).map((s) => s.scores[1] as number);
      return totals.reduce((a, b) => a + b, 0) / totals.length;
    });
    expect(Math.abs((means[0] as number) - (means[1] as number))).toBeLessThan(1e-7);
    expect(result.rows.map((r) => [r.teamId, r.rank])).toEqual([
      [2, 1],
      [1, 2],
    ]);
    expect(result.unresolvedTies).toEqual([]);
    // The sort key is the mean z: ±1/201, not a value on the scale.
    expect(result.rows[0]?.sortKey).toBeCloseTo(1 / 201, 12);
  });

  it('property: the z-score order does not depend on the scale (totals × k + c keep the same ranks)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.integer({ min: 0, max: 20 }), { minLength: 4, maxLength: 4 }), {
          minLength: 2,
          maxLength: 5,
        }),
        fc.constantFrom(1e-6, 0.001, 1, 3),
        (grid, k) => {
          const jurorIds = grid.map((_, j) => j + 1);
          const build = (f: (x: number) => number) =>
            grid.flatMap((scores, j) => scores.map((score, t) => one(j + 1, t + 1, f(score))));
          const ranks = (sheets: SubmittedSheet[]) =>
            computeRanking(
              makeInput({
                method: 'zscore',
                criteria: [{ id: 1, weight: 100, min: 0, max: 1000 }],
                teamIds: [1, 2, 3, 4],
                jurorIds,
                sheets,
              }),
            ).rows.map((r) => [r.teamId, r.rank]);
          expect(ranks(build((x) => 500 + k * x))).toEqual(ranks(build((x) => 500 + x)));
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('head-to-head tie-break and stale chair decisions (issue 13 item 11)', () => {
  it('breaks a tie in favour of the team more jurors placed above the other, where first places cannot', () => {
    // Teams 1 and 2 tie on the mean (12); nobody put either first (team 3 tops every sheet).
    // Jurors 11 and 12 put team 1 above team 2, juror 13 the reverse.
    const sheets = [
      totalled(11, 1, 13),
      totalled(11, 2, 11),
      totalled(11, 3, 20),
      totalled(12, 1, 13),
      totalled(12, 2, 11),
      totalled(12, 3, 20),
      totalled(13, 1, 10),
      totalled(13, 2, 14),
      totalled(13, 3, 20),
    ];
    const base = { teamIds: [2, 1, 3], jurorIds: [11, 12, 13], sheets };
    const firstOnly = computeRanking(makeInput({ ...base, tieBreaks: [{ kind: 'first_places' }] }));
    expect(firstOnly.unresolvedTies).toEqual([[2, 1]]);
    const withH2H = computeRanking(
      makeInput({ ...base, tieBreaks: [{ kind: 'first_places' }, { kind: 'head_to_head' }] }),
    );
    expect(withH2H.rows.map((r) => [r.teamId, r.rank])).toEqual([
      [3, 1],
      [1, 2],
      [2, 3],
    ]);
    expect(withH2H.rows[1]?.tie?.decidedBy).toEqual({ kind: 'head_to_head' });
  });

  it('reports a chair decision that no longer matches the tied group as stale, and does not apply it', () => {
    const tied = [totalled(11, 1, 12), totalled(11, 2, 12), totalled(11, 3, 12)];
    const decided = { orderedTeamIds: [3, 1, 2] };
    const chain = { tieBreaks: [{ kind: 'chair_decision' as const }], chairDecisions: [decided] };
    const before = computeRanking(
      makeInput({ teamIds: [1, 2, 3], jurorIds: [11, 12], sheets: tied, ...chain }),
    );
    expect(before.staleChairDecisions).toBeUndefined();
    expect(before.rows.map((r) => r.teamId)).toEqual([3, 1, 2]);
    // A second juror's sheets arrive: team 3 is now ahead, and {1, 2} is the only tie left.
    const later = [...tied, totalled(12, 1, 10), totalled(12, 2, 10), totalled(12, 3, 14)];
    const after = computeRanking(
      makeInput({ teamIds: [1, 2, 3], jurorIds: [11, 12], sheets: later, ...chain }),
    );
    expect(after.staleChairDecisions).toEqual([[3, 1, 2]]);
    expect(after.unresolvedTies).toEqual([[1, 2]]);
  });
});
