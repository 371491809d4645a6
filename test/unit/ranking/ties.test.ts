import { describe, expect, it } from 'vitest';
import { computeRanking } from '../../../main/core/ranking/compute-ranking';
import type { RankingResult, TieBreakRule } from '../../../main/core/ranking/types';
import { C1, C2, makeInput, scored } from './fixtures';

// Team 4 leads alone; teams 1, 2, 3 all average 13 with the weighted mean:
//             team 1        team 2        team 3        team 4
// juror 11   (8, 8) = 16   (6, 6) = 12   (7, 7) = 14   (9, 9) = 18
// juror 12   (5, 5) = 10   (7, 7) = 14   (6, 6) = 12   (8, 8) = 16
// means        13            13            13            17
// C1 averages  6.5           6.5           6.5  → the C1 rule cannot separate them
// C2 averages  6.5           6.5           6.5
// first places (a juror's highest total): juror 11 → team 4 (18), juror 12 → team 4 (16) → 0 for 1, 2, 3.
const sheets = [
  scored(11, 1, 8, 8),
  scored(11, 2, 6, 6),
  scored(11, 3, 7, 7),
  scored(11, 4, 9, 9),
  scored(12, 1, 5, 5),
  scored(12, 2, 7, 7),
  scored(12, 3, 6, 6),
  scored(12, 4, 8, 8),
];
const base = makeInput({ teamIds: [1, 2, 3, 4], jurorIds: [11, 12], sheets });

const chairRule: TieBreakRule = { kind: 'chair_decision' };
const c1Rule: TieBreakRule = { kind: 'criterion', criterionId: C1 };
const c2Rule: TieBreakRule = { kind: 'criterion', criterionId: C2 };
const firstRule: TieBreakRule = { kind: 'first_places' };

function summary(result: RankingResult) {
  return result.rows.map((r) => [r.teamId, r.rank]);
}

describe('shared ranks', () => {
  it('gives tied teams the same rank and skips the next ones (1, 2, 2, 2)', () => {
    const result = computeRanking(base);
    expect(summary(result)).toEqual([
      [4, 1],
      [1, 2],
      [2, 2],
      [3, 2],
    ]);
    expect(result.rows.find((r) => r.teamId === 2)?.tie).toEqual({
      tiedWith: [1, 3],
      decidedBy: null,
      sharedRankWith: [1, 3],
    });
    expect(result.rows.find((r) => r.teamId === 4)?.tie).toBeNull();
    expect(result.unresolvedTies).toEqual([[1, 2, 3]]);
  });

  it('keeps setup order inside an unresolved tie, whatever the input order of sheets', () => {
    const reordered = computeRanking({ ...base, teams: [{ id: 3 }, { id: 1 }, { id: 4 }, { id: 2 }] });
    expect(summary(reordered)).toEqual([
      [4, 1],
      [3, 2],
      [1, 2],
      [2, 2],
    ]);
  });

  it('skips as many rank numbers as teams share a rank (1, 2, 2, 2, 2, 6)', () => {
    // Team 4 drops to 13 like teams 1–3: juror 11 (7, 7) = 14, juror 12 (6, 6) = 12.
    // Team 5 scores 20 from both jurors (rank 1), team 6 scores 0 (rank 6, after four teams sharing 2).
    const flat = sheets.filter((s) => s.teamId !== 4);
    const extra = [
      scored(11, 4, 7, 7),
      scored(12, 4, 6, 6),
      scored(11, 5, 10, 10),
      scored(12, 5, 10, 10),
      scored(11, 6, 0, 0),
      scored(12, 6, 0, 0),
    ];
    const result = computeRanking(
      makeInput({ teamIds: [1, 2, 3, 4, 5, 6], jurorIds: [11, 12], sheets: [...flat, ...extra] }),
    );
    expect(summary(result)).toEqual([
      [5, 1],
      [1, 2],
      [2, 2],
      [3, 2],
      [4, 2],
      [6, 6],
    ]);
  });
});

describe('tie-break chain', () => {
  it('moves on when a rule does not separate the group', () => {
    const result = computeRanking({ ...base, tieBreaks: [c1Rule, c2Rule] });
    expect(summary(result)).toEqual([
      [4, 1],
      [1, 2],
      [2, 2],
      [3, 2],
    ]);
  });

  it('separates on a criterion average and keeps the rest of the group tied', () => {
    // Change team 3's split so its C1 average is higher with the same total:
    // juror 11 (9, 5) = 14, juror 12 (7, 5) = 12 → C1 average 8 > 6.5, C2 average 5.
    const tweaked = sheets.map((s) =>
      s.teamId !== 3 ? s : s.jurorId === 11 ? scored(11, 3, 9, 5) : scored(12, 3, 7, 5),
    );
    const result = computeRanking({ ...base, sheets: tweaked, tieBreaks: [c1Rule] });
    expect(summary(result)).toEqual([
      [4, 1],
      [3, 2],
      [1, 3],
      [2, 3],
    ]);
    const team3 = result.rows.find((r) => r.teamId === 3);
    expect(team3?.tie).toEqual({ tiedWith: [1, 2], decidedBy: c1Rule, sharedRankWith: [] });
    // With C2 first, team 3 (C2 average 5) goes last of the group instead.
    const byC2 = computeRanking({ ...base, sheets: tweaked, tieBreaks: [c2Rule] });
    expect(summary(byC2)).toEqual([
      [4, 1],
      [1, 2],
      [2, 2],
      [3, 4],
    ]);
  });

  it('counts first places over the whole field', () => {
    // Without team 4, juror 11's best is team 1 (16) and juror 12's best is team 2 (14):
    // first places 1, 1, 0 → team 3 is placed third by the rule, teams 1 and 2 still share rank 1.
    const withoutTeam4 = makeInput({
      teamIds: [1, 2, 3],
      jurorIds: [11, 12],
      sheets: sheets.filter((s) => s.teamId !== 4),
      tieBreaks: [c1Rule, firstRule],
    });
    const result = computeRanking(withoutTeam4);
    expect(summary(result)).toEqual([
      [1, 1],
      [2, 1],
      [3, 3],
    ]);
    expect(result.rows.find((r) => r.teamId === 3)?.tie?.decidedBy).toEqual(firstRule);
    expect(result.rows.find((r) => r.teamId === 1)?.tie?.sharedRankWith).toEqual([2]);
    expect(result.unresolvedTies).toEqual([[1, 2]]);

    // The chair then records "team 2 before team 1" for exactly that group.
    const decided = computeRanking({
      ...withoutTeam4,
      tieBreaks: [c1Rule, firstRule, chairRule],
      chairDecisions: [{ orderedTeamIds: [2, 1] }],
    });
    expect(summary(decided)).toEqual([
      [2, 1],
      [1, 2],
      [3, 3],
    ]);
    expect(decided.rows.find((r) => r.teamId === 1)?.tie).toEqual({
      tiedWith: [2, 3],
      decidedBy: chairRule,
      sharedRankWith: [],
    });
    expect(decided.unresolvedTies).toEqual([]);
    expect(decided.issues).toEqual([]);
  });

  it('applies a chair decision only to exactly the group it was recorded for', () => {
    const stale = computeRanking({
      ...base,
      tieBreaks: [chairRule],
      chairDecisions: [{ orderedTeamIds: [2, 1] }, { orderedTeamIds: [3, 2, 1, 4] }],
    });
    expect(stale.unresolvedTies).toEqual([[1, 2, 3]]);

    const matching = computeRanking({
      ...base,
      tieBreaks: [chairRule],
      chairDecisions: [{ orderedTeamIds: [1, 2, 3] }, { orderedTeamIds: [3, 1, 2] }],
    });
    // The later of two matching decisions wins.
    expect(summary(matching)).toEqual([
      [4, 1],
      [3, 2],
      [1, 3],
      [2, 4],
    ]);
  });

  it('does nothing for a chair decision that is recorded but not in the chain', () => {
    const result = computeRanking({ ...base, chairDecisions: [{ orderedTeamIds: [1, 2, 3] }] });
    expect(result.unresolvedTies).toEqual([[1, 2, 3]]);
  });
});
