import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../main/core/errors';
import { computeRanking } from '../../../main/core/ranking/compute-ranking';
import { overtimePenalty } from '../../../main/core/ranking/penalty';
import type { RankingInput } from '../../../main/core/ranking/types';
import { C1, C2, makeInput, totalled } from './fixtures';

function codeOf(run: () => unknown): string | null {
  try {
    run();
    return null;
  } catch (error) {
    return error instanceof DomainError ? error.code : 'not a DomainError';
  }
}

describe('missing and recused sheets', () => {
  // Team 3 has no sheet at all; team 4's only juror is recused: neither is ranked.
  const input = makeInput({
    teamIds: [3, 1, 4, 2],
    jurorIds: [11, 12],
    recusals: [
      { jurorId: 11, teamId: 4 },
      { jurorId: 12, teamId: 4 },
    ],
    sheets: [totalled(11, 1, 12), totalled(12, 1, 14), totalled(11, 2, 10)],
  });
  const result = computeRanking(input);

  it('lists teams without any counted sheet as not ranked, after the ranked ones, in setup order', () => {
    expect(result.rows.map((r) => [r.teamId, r.status, r.rank, r.total])).toEqual([
      [1, 'ranked', 1, 13],
      [2, 'ranked', 2, 10],
      [3, 'not_ranked', null, null],
      [4, 'not_ranked', null, null],
    ]);
  });

  it('says who is missing and who is recused', () => {
    const byTeam = new Map(result.rows.map((r) => [r.teamId, r]));
    expect(byTeam.get(2)).toMatchObject({ sheetsCounted: 1, sheetsExpected: 2, missingJurorIds: [12] });
    expect(byTeam.get(3)).toMatchObject({ sheetsCounted: 0, sheetsExpected: 2, missingJurorIds: [11, 12] });
    expect(byTeam.get(4)).toMatchObject({ sheetsCounted: 0, sheetsExpected: 0, recusedJurorIds: [11, 12] });
    expect(byTeam.get(3)?.criterionAverages).toEqual([
      { criterionId: C1, average: null },
      { criterionId: C2, average: null },
    ]);
  });
});

describe('invalid sheets are left out and reported', () => {
  it('drops incomplete and out-of-range sheets, keeps the later duplicate, ignores strangers', () => {
    const input = makeInput({
      teamIds: [1, 2],
      jurorIds: [11, 12, 13],
      sheets: [
        totalled(11, 1, 10),
        { jurorId: 12, teamId: 1, scores: { [C1]: 5 } }, // no C2 → incomplete
        { jurorId: 13, teamId: 1, scores: { [C1]: 11, [C2]: 0 } }, // 11 > max 10
        totalled(11, 2, 4),
        totalled(11, 2, 8), // duplicate: the later one (8) counts
        { jurorId: 12, teamId: 2, scores: { [C1]: 3, [C2]: 3, 999: 1 } }, // unknown criterion: ignored, sheet counts
        totalled(99, 1, 20), // unknown juror
        totalled(11, 77, 20), // unknown team
      ],
    });
    const result = computeRanking(input);
    // team 1 = juror 11 only = 10 ; team 2 = (8 + 6)/2 = 7
    expect(result.rows.map((r) => [r.teamId, r.total, r.sheetsCounted])).toEqual([
      [1, 10, 1],
      [2, 7, 2],
    ]);
    expect(result.rows[0]?.missingJurorIds).toEqual([12, 13]);
    expect(result.issues).toEqual([
      { code: 'ranking.scoreOutOfRange', jurorId: 13, teamId: 1, criterionId: C1 },
      { code: 'ranking.scoreUnknownCriterion', jurorId: 12, teamId: 2, criterionId: 999 },
      { code: 'ranking.sheetDuplicate', jurorId: 11, teamId: 2 },
      { code: 'ranking.sheetIncomplete', jurorId: 12, teamId: 1, criterionId: C2 },
      { code: 'ranking.sheetUnknownJuror', jurorId: 99, teamId: 1 },
      { code: 'ranking.sheetUnknownTeam', jurorId: 11, teamId: 77 },
    ]);
  });

  it('treats NaN and non-numbers as missing scores', () => {
    const input = makeInput({
      teamIds: [1],
      jurorIds: [11],
      sheets: [{ jurorId: 11, teamId: 1, scores: { [C1]: Number.NaN, [C2]: 4 } }],
    });
    const result = computeRanking(input);
    expect(result.rows[0]?.status).toBe('not_ranked');
    expect(result.issues[0]).toMatchObject({ code: 'ranking.sheetIncomplete', criterionId: C1 });
  });
});

describe('configuration errors throw a DomainError code', () => {
  const ok = makeInput({ teamIds: [1], jurorIds: [11], sheets: [totalled(11, 1, 10)] });
  const cases: [string, Partial<RankingInput>][] = [
    ['ranking.invalidScale', { scaleMax: 0 }],
    ['ranking.noCriteria', { criteria: [] }],
    ['ranking.invalidCriterion', { criteria: [{ id: 1, weight: 50, min: 5, max: 5 }] }],
    ['ranking.invalidCriterion', { criteria: [{ id: 1, weight: -1, min: 0, max: 5 }] }],
    ['ranking.noWeight', { criteria: [{ id: 1, weight: 0, min: 0, max: 5 }] }],
    ['ranking.duplicateId', { teams: [{ id: 1 }, { id: 1 }] }],
    ['ranking.duplicateId', { jurors: [{ id: 11 }, { id: 11 }] }],
    ['ranking.unknownTieBreakCriterion', { tieBreaks: [{ kind: 'criterion', criterionId: 5 }] }],
    ['ranking.invalidPenalty', { penalty: { pointsPerStarted30s: -1 } }],
    ['ranking.invalidOvertime', { overtime: [{ teamId: 1, overtimeMs: Number.NaN }] }],
  ];
  it.each(cases)('%s', (code, patch) => {
    expect(codeOf(() => computeRanking({ ...ok, ...patch }))).toBe(code);
  });

  it('accepts the valid base input', () => {
    expect(codeOf(() => computeRanking(ok))).toBeNull();
  });
});

describe('overtimePenalty', () => {
  it.each([
    [-5_000, 0],
    [0, 0],
    [1, 1],
    [29_999, 1],
    [30_000, 1],
    [30_001, 2],
    [61_000, 3],
  ])('%d ms over → %d started periods', (ms, periods) => {
    expect(overtimePenalty({ pointsPerStarted30s: 0.5 }, ms)).toBe(periods * 0.5);
  });
});
