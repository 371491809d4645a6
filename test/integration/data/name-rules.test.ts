/**
 * One name rule on every path (common/name-rules.ts): forms through the
 * contract (teams with members, jurors, criteria, signatories) and imports
 * (CSV, team and member and juror names). Invisible-only names and format
 * characters (zero-width, joiners, bidi controls) are refused with a message
 * that names the character; real names keep every letter and mark.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nameProblem, normaliseName } from '../../../common/name-rules';
import { readSetup } from '../../../main/core/event/setup';
import { dataApp, ok, refused } from './data-app';

const HOSTILE: Record<string, string> = {
  'zero-width joiner inside': 'Delta\u200d Plus',
  'zero-width non-joiner': 'Del\u200cta',
  'only a zero-width space': '\u200b',
  'only zero-width and fillers': '\u200b\u3164\u2060',
  'right-to-left override': 'Alpha \u202eahplA',
  'first-strong isolate': '\u2068Alpha\u2069',
  'left-to-right mark': 'Alpha\u200e',
  'soft hyphen': 'Al\u00adpha',
  'BOM (zero-width no-break space) inside': 'Al\ufeffpha',
  'only combining marks': '\u0301\u0304',
};

const LEGITIMATE = [
  'Tāmaʻa Teriʻi',
  'Ta\u0304maʻa',
  'Ōtautahi Ūa Īa Ēa',
  'Zoë O’Brien',
  'José-María Núñez',
  '李小龍',
];

describe('the name rule', () => {
  it.each(Object.entries(HOSTILE))('refuses %s', (_, name) => {
    expect(nameProblem(name)).not.toBeNull();
  });

  it.each(LEGITIMATE)('keeps %s', (name) => {
    expect(nameProblem(name)).toBeNull();
  });

  it('normalises only what is unambiguous: NFC, and leading or trailing spaces and BOMs trimmed', () => {
    expect(normaliseName(' \ufeffTa\u0304maʻa\u00a0')).toBe('Tāmaʻa');
    expect(nameProblem('\ufeffAlpha')).toBeNull();
  });

  it('names the offending character and where it is', () => {
    expect(nameProblem('Delta\u200d Plus')).toEqual({
      code: 'nameFormatCharacter',
      codePoint: 'U+200D',
      position: 6,
    });
    expect(nameProblem('\u200b')).toEqual({ code: 'nameFormatCharacter', codePoint: 'U+200B', position: 1 });
    expect(nameProblem('\u3164')).toEqual({ code: 'nameInvisible' });
  });
});

describe('every form that takes a name', () => {
  it('refuses "Delta\\u200d Plus" beside "Delta Plus", and a team named U+200B, with a clear fr/en message', async () => {
    const app = await dataApp();
    await ok(app, 'teams.create', { name: 'Delta Plus', projectTitle: '', members: [] });
    const joiner = await refused(app, 'teams.create', {
      name: 'Delta\u200d Plus',
      projectTitle: '',
      members: [],
    });
    expect(joiner.code).toBe('validation.nameFormatCharacter');
    expect(joiner.message).toContain('U+200D');
    const invisible = await refused(app, 'teams.create', { name: '\u200b', projectTitle: '', members: [] });
    expect(invisible.code).toBe('validation.nameFormatCharacter');
    const filler = await refused(app, 'teams.create', { name: '\u3164', projectTitle: '', members: [] });
    expect(filler.code).toBe('validation.nameInvisible');
    expect(readSetup(app.ctx.requireEventFile().db).teams.map((t) => t.name)).toEqual(['Delta Plus']);
  });

  it('refuses them in member, juror, criterion and signatory names, and in a renamed team', async () => {
    const app = await dataApp();
    const team = await ok(app, 'teams.create', { name: 'Alpha', projectTitle: '', members: [] });
    const member = await refused(app, 'teams.update', {
      id: team.id,
      name: 'Alpha',
      projectTitle: '',
      members: [{ name: 'Ana\u202e', email: null }],
    });
    expect(member.code).toBe('validation.nameFormatCharacter');
    const renamed = await refused(app, 'teams.update', {
      id: team.id,
      name: '\u2068Alpha\u2069',
      projectTitle: '',
      members: [],
    });
    expect(renamed.code).toBe('validation.nameFormatCharacter');
    expect((await refused(app, 'jurors.create', { name: 'Hina\u200c', title: '' })).code).toBe(
      'validation.nameFormatCharacter',
    );
    const criterion = await refused(app, 'criteria.create', {
      name: '\u200b',
      description: '',
      weight: 50,
      min: 0,
      max: 10,
      step: 1,
      levels: [],
    });
    expect(criterion.code).toBe('validation.nameFormatCharacter');
    expect(
      (await refused(app, 'signatories.create', { name: '\u3164', title: '', signature: null })).code,
    ).toBe('validation.nameInvisible');
    expect(
      (
        await refused(app, 'awards.create', {
          kind: 'special',
          name: 'Prix\u200b',
          podiumRank: null,
          teamId: null,
        })
      ).code,
    ).toBe('validation.nameFormatCharacter');
    expect((await refused(app, 'file.new', { name: '\u202eevE' })).code).toBe(
      'validation.nameFormatCharacter',
    );
    // Real names go through untouched (stored NFC).
    await ok(app, 'jurors.create', { name: 'Ta\u0304maʻa Teriʻi', title: 'Présidente' });
    expect(readSetup(app.ctx.requireEventFile().db).jurors.map((j) => j.name)).toEqual(['Tāmaʻa Teriʻi']);
  });

  it('says it in French and English', async () => {
    const app = await dataApp();
    await ok(app, 'app.setUiLocale', { locale: 'fr' });
    const fr = await refused(app, 'teams.create', {
      name: 'Delta\u200d Plus',
      projectTitle: '',
      members: [],
    });
    expect(fr.message).toContain('caractère de mise en forme invisible (U+200D, caractère 6)');
    await ok(app, 'app.setUiLocale', { locale: 'en' });
    const en = await refused(app, 'teams.create', {
      name: 'Delta\u200d Plus',
      projectTitle: '',
      members: [],
    });
    expect(en.message).toContain('invisible formatting character (U+200D, character 6)');
  });
});

describe('imports', () => {
  it('refuse the same names, row by row, and write nothing', async () => {
    const app = await dataApp();
    const path = join(app.dir, 'teams.csv');
    writeFileSync(
      path,
      'Équipe;Projet;Membres\nDelta Plus;x;Ana\nDelta\u200d Plus;y;Bo\n\u200b;z;Cy\nGamma;w;Hina\u202e\n',
    );
    app.dialogs.importPath = path;
    const opened = await ok(app, 'import.open', {});
    if (opened?.status !== 'preview') throw new Error('expected a preview');
    const codes = opened.view.errors.map((e) => [e.row, e.code]);
    expect(codes).toEqual([
      [3, 'import.nameFormatCharacter'],
      [4, 'import.nameFormatCharacter'],
      [5, 'import.nameFormatCharacter'],
    ]);
    expect(opened.view.errors[0]?.message).toMatch(/U\+200D/);
    const result = await ok(app, 'import.commit', {
      token: opened.view.token,
      kind: opened.view.kind,
      mapping: opened.view.mapping,
      sheetName: null,
    });
    expect(result.status).toBe('refused');
    expect(readSetup(app.ctx.requireEventFile().db).teams).toEqual([]);
  });
});
