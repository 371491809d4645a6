import { describe, expect, it } from 'vitest';
import {
  guessKind,
  normaliseHeader,
  suggestMapping,
  teamLayout,
  validateMapping,
} from '../../../main/core/io/header-mapping';

describe('normaliseHeader', () => {
  it('ignores case, accents, spaces, punctuation and parenthesised notes', () => {
    expect(normaliseHeader("  Nom de l'équipe (obligatoire) * ")).toBe('nomdelequipe');
    expect(normaliseHeader('Nom de l’Équipe')).toBe('nomdelequipe');
    expect(normaliseHeader('E-MAIL')).toBe('email');
    expect(normaliseHeader('Prénom')).toBe(normaliseHeader('PRENOM'));
  });
});

describe('suggestMapping', () => {
  it('maps French team headers', () => {
    expect(suggestMapping(['Équipe', 'Projet', 'Membre', 'Courriel', 'Remarques'], 'teams')).toEqual({
      teamName: 0,
      projectTitle: 1,
      memberName: 2,
      memberEmail: 3,
    });
  });

  it('maps English team headers, members in one cell', () => {
    expect(suggestMapping(['Team', 'Project title', 'Members'], 'teams')).toEqual({
      teamName: 0,
      projectTitle: 1,
      members: 2,
    });
  });

  it('maps split first and last names, "Nom" becoming the last name', () => {
    expect(suggestMapping(['Nom de l’équipe', 'Prénom', 'Nom', 'E-mail'], 'teams')).toEqual({
      teamName: 0,
      memberFirstName: 1,
      memberLastName: 2,
      memberEmail: 3,
    });
  });

  it('reads a lone "Nom" as the team when no team column exists, as the member otherwise', () => {
    expect(suggestMapping(['Nom', 'Projet', 'Participants'], 'teams')).toEqual({
      teamName: 0,
      projectTitle: 1,
      members: 2,
    });
    expect(suggestMapping(['Team', 'Name'], 'teams')).toEqual({ teamName: 0, memberName: 1 });
  });

  it('maps juror headers, "Nom" alone being the full name', () => {
    expect(suggestMapping(['Nom', 'Titre', 'Organisation'], 'jurors')).toEqual({
      jurorName: 0,
      jurorTitle: 1,
      jurorOrganisation: 2,
    });
    expect(suggestMapping(['JURÉ', 'Fonction'], 'jurors')).toEqual({ jurorName: 0, jurorTitle: 1 });
    expect(suggestMapping(['First name', 'Last name', 'Company'], 'jurors')).toEqual({
      jurorFirstName: 0,
      jurorLastName: 1,
      jurorOrganisation: 2,
    });
  });

  it('gives each field its first matching column only', () => {
    expect(suggestMapping(['Équipe', 'Team'], 'teams')).toEqual({ teamName: 0 });
  });
});

describe('guessKind', () => {
  it('tells a jury list from a team list', () => {
    expect(guessKind(['Juré', 'Titre', 'Organisation'])).toBe('jurors');
    expect(guessKind(['Équipe', 'Projet', 'Membres'])).toBe('teams');
    expect(guessKind(['Nom', 'Titre'])).toBe('teams');
  });
});

describe('validateMapping and teamLayout', () => {
  const headers = ['Équipe', 'Membre', 'Membres', 'Email'];

  it('requires a team name column, or a juror name', () => {
    expect(validateMapping({ memberName: 1 }, headers, 'teams')).toEqual([
      { code: 'import.missingColumn', field: 'teamName' },
    ]);
    expect(validateMapping({ jurorTitle: 1 }, headers, 'jurors')).toEqual([
      { code: 'import.missingColumn', field: 'jurorName' },
    ]);
    expect(validateMapping({ teamName: 0, memberEmail: 3 }, headers, 'teams')).toEqual([
      { code: 'import.missingColumn', field: 'memberName' },
    ]);
  });

  it('refuses mixing the two member layouts, one column for two fields, and out-of-range or foreign fields', () => {
    expect(validateMapping({ teamName: 0, memberName: 1, members: 2 }, headers, 'teams')).toEqual([
      { code: 'import.mappingConflict', field: 'memberName' },
    ]);
    expect(validateMapping({ teamName: 0, projectTitle: 0 }, headers, 'teams')).toEqual([
      { code: 'import.mappingConflict', field: 'projectTitle', column: 'Équipe' },
    ]);
    expect(validateMapping({ teamName: 9 }, headers, 'teams')).toContainEqual({
      code: 'import.mappingInvalid',
      field: 'teamName',
    });
    expect(validateMapping({ teamName: 0, jurorTitle: 1 }, headers, 'teams')).toEqual([
      { code: 'import.mappingInvalid', field: 'jurorTitle' },
    ]);
    expect(validateMapping({ jurorName: 0, jurorLastName: 1 }, headers, 'jurors')).toEqual([
      { code: 'import.mappingConflict', field: 'jurorName' },
    ]);
  });

  it('accepts a valid mapping and names its layout', () => {
    expect(validateMapping({ teamName: 0, memberName: 1, memberEmail: 3 }, headers, 'teams')).toEqual([]);
    expect(teamLayout({ teamName: 0, memberName: 1 })).toBe('onePerRow');
    expect(teamLayout({ teamName: 0, members: 2 })).toBe('membersInOneCell');
    expect(teamLayout({ teamName: 0 })).toBe('noMembers');
  });
});
