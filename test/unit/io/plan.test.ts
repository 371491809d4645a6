import { describe, expect, it } from 'vitest';
import { suggestMapping } from '../../../main/core/io/header-mapping';
import { buildImportPlan, previewImport } from '../../../main/core/io/import-plan';
import type { ImportIssue } from '../../../main/core/io/issues';
import {
  MAX_EMAIL_LENGTH,
  MAX_JUROR_TITLE_LENGTH,
  MAX_PERSON_NAME_LENGTH,
  MAX_REPORTED_ERRORS,
  MAX_TEAM_NAME_LENGTH,
} from '../../../main/core/io/limits';
import { tableOf } from './table-helper';

function teamsPlan(rows: string[][]) {
  const table = tableOf(rows);
  return buildImportPlan(table, suggestMapping(table.headers, 'teams'), 'teams');
}

function jurorsPlan(rows: string[][]) {
  const table = tableOf(rows);
  return buildImportPlan(table, suggestMapping(table.headers, 'jurors'), 'jurors');
}

function errorsOf(result: ReturnType<typeof teamsPlan>): ImportIssue[] {
  if (result.ok) throw new Error('expected errors, got a plan');
  return result.errors;
}

describe('teams, one row per member', () => {
  it('groups rows by team name (trim, case, spacing, NFC), wherever they are', () => {
    const result = teamsPlan([
      ['Équipe', 'Projet', 'Membre', 'Courriel'],
      ['Vaʻa Tech', 'Pirogue solaire', 'Tāmaʻa Teriʻi', 'tamaa@example.pf'],
      ['Moana Lab', 'Récifs', 'Teiki Ōpūnui', ''],
      ['  vaʻa  TECH ', '', 'Hinano O\u0304tare', ''],
      ['Moana Lab', '', '', ''],
    ]);
    expect(result).toEqual({
      ok: true,
      value: {
        kind: 'teams',
        jurors: [],
        teams: [
          {
            name: 'Vaʻa Tech',
            projectTitle: 'Pirogue solaire',
            row: 2,
            members: [
              { name: 'Tāmaʻa Teriʻi', email: 'tamaa@example.pf' },
              { name: 'Hinano Ōtare', email: null },
            ],
          },
          {
            name: 'Moana Lab',
            projectTitle: 'Récifs',
            row: 3,
            members: [{ name: 'Teiki Ōpūnui', email: null }],
          },
        ],
      },
    });
  });

  it('takes the project title from a later row when the first one has none', () => {
    const result = teamsPlan([
      ['Team', 'Project', 'Member'],
      ['A', '', 'Ana'],
      ['A', 'Solar', 'Bo'],
    ]);
    expect(result.ok && result.value.teams[0]?.projectTitle).toBe('Solar');
  });

  it('reports conflicting project titles for the same team', () => {
    expect(
      errorsOf(
        teamsPlan([
          ['Équipe', 'Projet', 'Membre'],
          ['A', 'Solaire', 'Ana'],
          ['A', 'solaire', 'Bo'],
          ['A', 'Éolien', 'Cy'],
        ]),
      ),
    ).toEqual([
      {
        code: 'import.conflictingProjectTitle',
        row: 4,
        line: 4,
        column: 'Projet',
        value: 'Éolien',
        otherRow: 2,
        otherValue: 'Solaire',
      },
    ]);
  });

  it('joins split first and last names as "Prénom Nom"', () => {
    const result = teamsPlan([
      ['Équipe', 'Prénom', 'Nom'],
      ['A', 'Tāmaʻa', 'Teriʻi'],
      ['A', '', 'Ōtare'],
    ]);
    expect(result.ok && result.value.teams[0]?.members.map((m) => m.name)).toEqual([
      'Tāmaʻa Teriʻi',
      'Ōtare',
    ]);
  });

  it('reports a member with an email but no name, a duplicate member and a bad email', () => {
    expect(
      errorsOf(
        teamsPlan([
          ['Équipe', 'Membre', 'Email'],
          ['A', '', 'ana@example.fr'],
          ['A', 'Bo', 'bo@example'],
          ['A', 'Cy', ''],
          ['A', ' cy ', ''],
        ]),
      ),
    ).toEqual([
      { code: 'import.emptyMemberName', row: 2, line: 2, column: 'Membre' },
      { code: 'import.badEmail', row: 3, line: 3, column: 'Email', value: 'bo@example' },
      { code: 'import.duplicateMember', row: 5, line: 5, column: 'Membre', value: 'cy', otherRow: 4 },
    ]);
  });
});

describe('teams, members in one cell', () => {
  it('splits on line breaks, else semicolons, else commas, and reads "Name <email>"', () => {
    const result = teamsPlan([
      ['Team', 'Members'],
      ['A', 'Martin, Jean\nDurand, Paul <paul@example.fr>'],
      ['B', 'Martin, Jean; Teriʻi (teri@example.pf);;'],
      ['C', 'Ana, Bo ,Cy'],
      ['D', ''],
    ]);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.value.teams.map((t) => [t.name, t.members])).toEqual([
      [
        'A',
        [
          { name: 'Martin, Jean', email: null },
          { name: 'Durand, Paul', email: 'paul@example.fr' },
        ],
      ],
      [
        'B',
        [
          { name: 'Martin, Jean', email: null },
          { name: 'Teriʻi', email: 'teri@example.pf' },
        ],
      ],
      [
        'C',
        [
          { name: 'Ana', email: null },
          { name: 'Bo', email: null },
          { name: 'Cy', email: null },
        ],
      ],
      ['D', []],
    ]);
  });

  it('treats a repeated team name as a duplicate, after trim, case and NFC normalisation', () => {
    expect(
      errorsOf(
        teamsPlan([
          ['Équipe', 'Membres'],
          ['Rāhiti', 'Ana'],
          [' ra\u0304hiti ', 'Bo'],
        ]),
      ),
    ).toEqual([
      {
        code: 'import.duplicateTeam',
        row: 3,
        line: 3,
        column: 'Équipe',
        value: 'ra\u0304hiti'.normalize('NFC'),
        otherRow: 2,
      },
    ]);
  });

  it('reports an entry that is only an email, and a duplicate within the cell', () => {
    expect(
      errorsOf(
        teamsPlan([
          ['Team', 'Members'],
          ['A', '<ana@example.fr>; Bo; bo'],
        ]),
      ),
    ).toEqual([
      { code: 'import.emptyMemberName', row: 2, line: 2, column: 'Members', value: '<ana@example.fr>' },
      { code: 'import.duplicateMember', row: 2, line: 2, column: 'Members', value: 'bo', otherRow: 2 },
    ]);
  });
});

describe('row validation', () => {
  it('reports a missing team name with the row as a spreadsheet shows it and the header text', () => {
    expect(
      errorsOf(
        teamsPlan([
          ['Nom de l’équipe', 'Projet'],
          ['A', 'x'],
          ['', 'orphan project'],
        ]),
      ),
    ).toEqual([{ code: 'import.missingTeamName', row: 3, line: 3, column: 'Nom de l’équipe' }]);
  });

  it('skips rows whose mapped cells are all empty (notes in other columns)', () => {
    const result = teamsPlan([
      ['Équipe', 'Remarques'],
      ['A', ''],
      ['', 'à rappeler'],
    ]);
    expect(result.ok && result.value.teams.map((t) => t.name)).toEqual(['A']);
  });

  it('counts lengths in code points and reports fields too long', () => {
    const okName = 'ā'.repeat(MAX_TEAM_NAME_LENGTH);
    const longName = `${okName}ā`;
    expect(teamsPlan([['Équipe'], [okName]]).ok).toBe(true);
    expect(errorsOf(teamsPlan([['Équipe'], [longName]]))).toEqual([
      expect.objectContaining({
        code: 'import.fieldTooLong',
        row: 2,
        column: 'Équipe',
        limit: MAX_TEAM_NAME_LENGTH,
        actual: MAX_TEAM_NAME_LENGTH + 1,
      }),
    ]);
    const longEmail = `${'a'.repeat(MAX_EMAIL_LENGTH)}@example.fr`;
    expect(
      errorsOf(
        teamsPlan([
          ['Équipe', 'Membre', 'Email'],
          ['A', 'Ana', longEmail],
        ]),
      )[0],
    ).toMatchObject({
      code: 'import.fieldTooLong',
      column: 'Email',
      limit: MAX_EMAIL_LENGTH,
    });
  });

  it('refuses line breaks and control characters in names', () => {
    expect(
      errorsOf(
        teamsPlan([
          ['Équipe', 'Membre'],
          ['A', 'Ana\nBo'],
        ]),
      ),
    ).toEqual([{ code: 'import.invalidCharacter', row: 2, line: 2, column: 'Membre', value: 'Ana\nBo' }]);
  });

  it('returns ragged-row issues found while reading as plan errors', () => {
    expect(
      errorsOf(
        teamsPlan([
          ['Team', 'Project'],
          ['A', 'Solar', ' wind'],
        ]),
      ),
    ).toEqual([{ code: 'import.raggedRow', row: 2, line: 2, limit: 2, actual: 3 }]);
    // Trailing empty cells (";;" at the end of Excel rows) are not ragged.
    expect(
      teamsPlan([
        ['Team', 'Project'],
        ['A', 'Solar', '', ' '],
      ]).ok,
    ).toBe(true);
  });

  it('sorts errors by row and caps the list, keeping the total', () => {
    const rows = [['Équipe', 'Projet'], ...Array.from({ length: MAX_REPORTED_ERRORS + 50 }, () => ['', 'x'])];
    const result = teamsPlan(rows);
    if (result.ok) throw new Error('expected errors');
    expect(result.errors).toHaveLength(MAX_REPORTED_ERRORS);
    expect(result.errorCount).toBe(MAX_REPORTED_ERRORS + 50);
    expect(result.errors.map((e) => e.row)).toEqual(
      [...result.errors.map((e) => e.row)].sort((a, b) => (a ?? 0) - (b ?? 0)),
    );
  });
});

describe('jurors', () => {
  it('joins title and organisation, and keeps names byte for byte', () => {
    expect(
      jurorsPlan([
        ['Juré', 'Titre', 'Organisation'],
        ['Tāmaʻa Teriʻi', 'Directrice', 'Digital Tahiti'],
        ['Jean Dupont', '', 'ACME'],
        ['Ana', '', ''],
      ]),
    ).toEqual({
      ok: true,
      value: {
        kind: 'jurors',
        teams: [],
        jurors: [
          { name: 'Tāmaʻa Teriʻi', title: 'Directrice, Digital Tahiti', row: 2 },
          { name: 'Jean Dupont', title: 'ACME', row: 3 },
          { name: 'Ana', title: '', row: 4 },
        ],
      },
    });
  });

  it('reports a missing name, a duplicate juror and a title too long', () => {
    const half = 'x'.repeat(MAX_JUROR_TITLE_LENGTH / 2 + 1);
    expect(
      errorsOf(
        jurorsPlan([
          ['Nom', 'Titre', 'Organisation'],
          ['', 'Présidente', ''],
          ['Ana', '', ''],
          ['ANA', '', ''],
          ['Bo', half, half],
          ['n'.repeat(MAX_PERSON_NAME_LENGTH + 1), '', ''],
        ]),
      ),
    ).toEqual([
      { code: 'import.missingJurorName', row: 2, line: 2, column: 'Nom' },
      { code: 'import.duplicateJuror', row: 4, line: 4, column: 'Nom', value: 'ANA', otherRow: 3 },
      expect.objectContaining({
        code: 'import.fieldTooLong',
        row: 5,
        column: 'Organisation',
        limit: MAX_JUROR_TITLE_LENGTH,
      }),
      expect.objectContaining({
        code: 'import.fieldTooLong',
        row: 6,
        column: 'Nom',
        limit: MAX_PERSON_NAME_LENGTH,
      }),
    ]);
  });
});

describe('previewImport', () => {
  it('shows the first records and every error before anything is written', () => {
    const table = tableOf([
      ['Équipe', 'Membres', 'Notes'],
      ['A', 'Ana; Bo'],
      ['B', 'Cy'],
      ['', 'Dee'],
      ['C', 'Eve'],
    ]);
    const mapping = suggestMapping(table.headers, 'teams');
    const preview = previewImport(table, mapping, 'teams', { limit: 2 });
    expect(preview).toEqual({
      kind: 'teams',
      layout: 'membersInOneCell',
      teams: [
        {
          name: 'A',
          projectTitle: '',
          row: 2,
          members: [
            { name: 'Ana', email: null },
            { name: 'Bo', email: null },
          ],
        },
        { name: 'B', projectTitle: '', row: 3, members: [{ name: 'Cy', email: null }] },
      ],
      jurors: [],
      teamCount: 3,
      memberCount: 4,
      jurorCount: 0,
      ignoredColumns: ['Notes'],
      errors: [{ code: 'import.missingTeamName', row: 4, line: 4, column: 'Équipe' }],
      errorCount: 1,
    });
    expect(buildImportPlan(table, mapping, 'teams').ok).toBe(false);
  });

  it('reports mapping problems instead of row problems', () => {
    const table = tableOf([['Projet'], ['x']]);
    const preview = previewImport(table, suggestMapping(table.headers, 'teams'), 'teams');
    expect(preview.errors).toEqual([{ code: 'import.missingColumn', field: 'teamName' }]);
    expect(preview.teams).toEqual([]);
  });
});
