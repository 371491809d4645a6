import type { RankingInput, SubmittedSheet } from '../../../main/core/ranking/types';

/**
 * Two criteria of equal weight on 0..10, event on /20: a juror's total is then
 * simply s1 + s2, which keeps the hand arithmetic in the tests readable.
 */
export const C1 = 101;
export const C2 = 102;

export function scored(jurorId: number, teamId: number, s1: number, s2: number): SubmittedSheet {
  return { jurorId, teamId, scores: { [C1]: s1, [C2]: s2 } };
}

/** A sheet whose total (= s1 + s2) is `total`, split as evenly as possible. */
export function totalled(jurorId: number, teamId: number, total: number): SubmittedSheet {
  return scored(jurorId, teamId, Math.ceil(total / 2), Math.floor(total / 2));
}

export function makeInput(
  over: Partial<RankingInput> & { teamIds: number[]; jurorIds: number[]; sheets: SubmittedSheet[] },
): RankingInput {
  const { teamIds, jurorIds, ...rest } = over;
  return {
    scaleMax: 20,
    criteria: [
      { id: C1, weight: 50, min: 0, max: 10 },
      { id: C2, weight: 50, min: 0, max: 10 },
    ],
    teams: teamIds.map((id) => ({ id })),
    jurors: jurorIds.map((id) => ({ id })),
    recusals: [],
    method: 'weighted_mean',
    tieBreaks: [],
    chairDecisions: [],
    penalty: null,
    overtime: [],
    ...rest,
  };
}
