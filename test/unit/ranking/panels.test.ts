import { describe, expect, it } from 'vitest';
import { computeRanking } from '../../../main/core/ranking/compute-ranking';
import { AGGREGATION_METHODS, type RankingRow } from '../../../main/core/ranking/types';
import { makeInput, scored } from './fixtures';

/**
 * Two rooms: room A judges teams 1 and 2 with jurors 11 and 12, room B judges
 * team 3 with jurors 13 and 14; team 4 is in no room, so every juror is expected for it.
 */
const PANELS = [
  { teamIds: [1, 2], jurorIds: [11, 12] },
  { teamIds: [3], jurorIds: [13, 14] },
];
const TEAMS = [1, 2, 3, 4];
const JURORS = [11, 12, 13, 14];
const IN_PANEL = [
  scored(11, 1, 7, 8),
  scored(12, 1, 6, 9),
  scored(11, 2, 4, 5),
  scored(12, 2, 8, 3),
  scored(13, 3, 9, 9),
  scored(14, 3, 5, 6),
  scored(11, 4, 7, 7),
  scored(12, 4, 2, 6),
  scored(13, 4, 8, 4),
  scored(14, 4, 6, 6),
];

const row = (rows: RankingRow[], teamId: number) => rows.find((r) => r.teamId === teamId) as RankingRow;

describe('ranking with panels (the rooms of the preliminaries)', () => {
  it('expects only the panel’s jurors for a team in a panel, every juror for a team in none', () => {
    const sheets = IN_PANEL.filter((s) => !(s.jurorId === 12 && s.teamId === 2) && s.teamId !== 4);
    const { rows } = computeRanking(makeInput({ teamIds: TEAMS, jurorIds: JURORS, sheets, panels: PANELS }));
    expect(row(rows, 1)).toMatchObject({ sheetsCounted: 2, sheetsExpected: 2, missingJurorIds: [] });
    expect(row(rows, 2)).toMatchObject({ sheetsCounted: 1, sheetsExpected: 2, missingJurorIds: [12] });
    expect(row(rows, 3)).toMatchObject({ sheetsCounted: 2, sheetsExpected: 2, missingJurorIds: [] });
    expect(row(rows, 4)).toMatchObject({
      status: 'not_ranked',
      sheetsCounted: 0,
      sheetsExpected: 4,
      missingJurorIds: [11, 12, 13, 14],
    });
    // Without panels the same sheets leave every other room's juror missing.
    const flat = computeRanking(makeInput({ teamIds: TEAMS, jurorIds: JURORS, sheets })).rows;
    expect(row(flat, 1)).toMatchObject({ sheetsExpected: 4, missingJurorIds: [13, 14] });
  });

  it('gives the same values, ranks and ties as without panels when every sheet is in its panel', () => {
    for (const method of AGGREGATION_METHODS) {
      const withPanels = computeRanking(
        makeInput({ teamIds: TEAMS, jurorIds: JURORS, sheets: IN_PANEL, panels: PANELS, method }),
      );
      const without = computeRanking(
        makeInput({ teamIds: TEAMS, jurorIds: JURORS, sheets: IN_PANEL, method }),
      );
      const values = (rows: RankingRow[]) =>
        rows.map(({ sheetsExpected: _e, missingJurorIds: _m, ...rest }) => rest);
      expect(values(withPanels.rows)).toEqual(values(without.rows));
      expect(withPanels.issues).toEqual(without.issues);
      expect(withPanels.rows.map((r) => r.missingJurorIds)).toEqual(withPanels.rows.map(() => []));
      expect(withPanels.rows.reduce((n, r) => n + r.sheetsExpected, 0)).toBe(10);
      expect(without.rows.reduce((n, r) => n + r.sheetsExpected, 0)).toBe(16);
    }
  });

  it('leaves out a sheet by a juror outside the team’s panel, with an issue, like a recused one', () => {
    const outsider = scored(13, 1, 0, 0);
    const base = computeRanking(
      makeInput({ teamIds: TEAMS, jurorIds: JURORS, sheets: IN_PANEL, panels: PANELS }),
    );
    const withOutsider = computeRanking(
      makeInput({ teamIds: TEAMS, jurorIds: JURORS, sheets: [...IN_PANEL, outsider], panels: PANELS }),
    );
    expect(withOutsider.issues).toEqual([
      { code: 'ranking.sheetOutsidePanelIgnored', jurorId: 13, teamId: 1 },
    ]);
    expect(withOutsider.rows).toEqual(base.rows);
  });

  it('lists a recusal within the panel and ignores one outside it', () => {
    const recusals = [
      { jurorId: 12, teamId: 1 },
      { jurorId: 14, teamId: 2 },
    ];
    const sheets = IN_PANEL.filter((s) => !(s.jurorId === 12 && s.teamId === 1));
    const { rows } = computeRanking(
      makeInput({ teamIds: TEAMS, jurorIds: JURORS, sheets, recusals, panels: PANELS }),
    );
    expect(row(rows, 1)).toMatchObject({ sheetsExpected: 1, recusedJurorIds: [12], missingJurorIds: [] });
    expect(row(rows, 2)).toMatchObject({ sheetsExpected: 2, recusedJurorIds: [], missingJurorIds: [] });
  });
});
