import { closeSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ImportView } from '../../../common/contract/data';
import { readSetup } from '../../../main/core/event/setup';
import { MAX_IMPORT_BYTES } from '../../../main/core/io/limits';
import { buildTeamsXlsx } from '../../fixtures/io/make-fixtures';
import { type DataApp, dataApp, hex, ok, refused, settledBytes } from './data-app';

const fixture = (name: string) => join(import.meta.dirname, '../../fixtures/io', name);

async function open(app: DataApp, path: string): Promise<ImportView> {
  app.dialogs.importPath = path;
  const opened = await ok(app, 'import.open', {});
  if (opened?.status !== 'preview') throw new Error(`not a preview: ${JSON.stringify(opened)}`);
  return opened.view;
}

async function commit(
  app: DataApp,
  view: ImportView,
  change: Partial<Pick<ImportView, 'kind' | 'mapping'>> = {},
) {
  return ok(app, 'import.commit', {
    token: view.token,
    kind: change.kind ?? view.kind,
    mapping: change.mapping ?? view.mapping,
    sheetName: view.sheetName,
  });
}

function writeTemp(app: DataApp, name: string, content: string | Uint8Array): string {
  const path = join(app.dir, name);
  writeFileSync(path, content);
  return path;
}

describe('importing the fixtures through the app', () => {
  it('Windows-1252 with semicolons: accents stored byte for byte', async () => {
    const app = await dataApp();
    const view = await open(app, fixture('teams-cp1252-semicolon.csv'));
    expect([view.format, view.encoding, view.separator, view.kind]).toEqual([
      'csv',
      'windows-1252',
      ';',
      'teams',
    ]);
    expect(view.errors).toEqual([]);
    expect(await commit(app, view)).toEqual({
      status: 'imported',
      kind: 'teams',
      teams: 2,
      members: 4,
      jurors: 0,
    });
    const { teams } = readSetup(app.ctx.requireEventFile().db);
    expect(teams.map((t) => hex(t.name))).toEqual([hex('Les Écureuils'), hex('Bœuf & Cie')]);
    expect(hex(teams[0]?.projectTitle ?? '')).toBe(hex('« Cœur de forêt » : reboiser à Faa’a'));
    expect(teams.flatMap((t) => t.members.map((m) => hex(m.name)))).toEqual(
      ['Hélène Brûlé', 'François Çelik', 'Anaïs Lefèvre', 'Noël Fàbregas'].map(hex),
    );
    expect(teams[1]?.members.map((m) => m.email)).toEqual([null, 'noel@example.fr']);
    expect(app.emitted.some((e) => JSON.stringify(e.payload).includes('"setup"'))).toBe(true);
  });

  it('UTF-8 with BOM and members in one cell: Tāmaʻa Teriʻi byte for byte, combining macron composed', async () => {
    const app = await dataApp();
    await commit(app, await open(app, fixture('teams-utf8-bom-comma.csv')));
    const members = readSetup(app.ctx.requireEventFile().db).teams.flatMap((t) => t.members);
    expect(hex(members[0]?.name ?? '')).toBe('54c4816d61cabb612054657269cabb69');
    expect(members.map((m) => m.name)).toEqual([
      'Tāmaʻa Teriʻi',
      'Hinano Ōtare',
      'Teiki Ōpūnui',
      'Rāhiti Maeva',
    ]);
    expect(members[3]?.name.length).toBe('Rāhiti Maeva'.length);
  });

  it('jurors with first and last names, title and organisation', async () => {
    const app = await dataApp();
    const view = await open(app, fixture('jurors-utf8-semicolon.csv'));
    expect(view.kind).toBe('jurors');
    expect(await commit(app, view)).toMatchObject({ status: 'imported', jurors: 3 });
    const { jurors } = readSetup(app.ctx.requireEventFile().db);
    expect(jurors.map((j) => [hex(j.name), j.title])).toEqual([
      [hex('Tiare Teriʻi'), 'Directrice, Digital Tahiti'],
      [hex('Jean-Noël Dupont'), ''],
      [hex("Marie-Ève L'Hôte"), 'Présidente du jury, « French Tech » Polynésie'],
    ]);
  });

  it('.xlsx: teams from the first sheet, then the jury from the sheet the chair picks', async () => {
    const app = await dataApp();
    const path = writeTemp(app, 'inscriptions.xlsx', await buildTeamsXlsx());
    const view = await open(app, path);
    expect([view.format, view.sheetNames, view.sheetName]).toEqual(['xlsx', ['Équipes', 'Jury'], 'Équipes']);
    expect(view.ignoredColumns).toEqual(['Promo']);
    await commit(app, view);
    const again = await open(app, path);
    const jury = await ok(app, 'import.preview', {
      token: again.token,
      kind: 'jurors',
      mapping: null,
      sheetName: 'Jury',
    });
    expect(jury.jurors).toEqual([{ name: 'Tiare Teriʻi', title: 'Directrice, Digital Tahiti', row: 2 }]);
    expect(await commit(app, jury)).toMatchObject({ status: 'imported', jurors: 1 });
    const setup = readSetup(app.ctx.requireEventFile().db);
    expect(setup.teams.map((t) => [t.name, t.members.map((m) => m.name)])).toEqual([
      ['Vaʻa Tech', ['Tāmaʻa Teriʻi', 'Hinano Ōtare']],
      ['Moana Lab', ['Teiki Ōpūnui']],
    ]);
    expect(setup.jurors.map((j) => hex(j.name))).toEqual([hex('Tiare Teriʻi')]);
  });

  it.each([
    [
      'malformed-unterminated-quote.csv',
      'import.unterminatedQuote',
      'Ligne 2\u00a0: un guillemet ouvert à la ligne 2',
    ],
    ['malformed-binary.png', 'import.binaryFile', 'Ce fichier n’est pas un tableau lisible'],
    ['malformed-empty.csv', 'import.emptyFile', 'Le fichier est vide'],
    [
      'malformed-header-only.csv',
      'import.noDataRows',
      'Le fichier ne contient qu’une ligne d’en-tête (ligne 1)',
    ],
    ['malformed-utf16.csv', 'import.encodingUtf16', 'Ce fichier est encodé en UTF-16'],
  ])('%s is refused with a translated message and the event file untouched', async (name, code, message) => {
    const app = await dataApp();
    const before = settledBytes(app);
    app.dialogs.importPath = fixture(name);
    const opened = await ok(app, 'import.open', {});
    expect(opened?.status).toBe('unreadable');
    if (opened?.status !== 'unreadable') return;
    expect(opened.errors.map((e) => e.code)).toEqual([code]);
    expect(opened.errors[0]?.message).toContain(message);
    expect(settledBytes(app).equals(before)).toBe(true);
  });

  it('a ragged row is shown with its row and what to fix, and blocks the import', async () => {
    const app = await dataApp();
    const view = await open(app, fixture('malformed-ragged.csv'));
    expect(view.errors).toEqual([
      {
        code: 'import.raggedRow',
        row: 2,
        column: null,
        message: expect.stringMatching(/^Ligne 2\u00a0: cette ligne a 3 cellules remplies/),
      },
    ]);
    const before = settledBytes(app);
    expect((await commit(app, view)).status).toBe('refused');
    expect(settledBytes(app).equals(before)).toBe(true);
  });
});

describe('all or nothing', () => {
  it('refuses teams the event already has, naming the row, and leaves the file byte-identical', async () => {
    const app = await dataApp();
    await ok(app, 'teams.create', { name: 'Les écureuils ', projectTitle: '', members: [] });
    const before = settledBytes(app);
    const view = await open(app, fixture('teams-cp1252-semicolon.csv'));
    expect(view.errors).toEqual([
      {
        code: 'import.teamExists',
        row: 2,
        column: 'Équipe',
        message:
          'Ligne 2, colonne «\u00a0Équipe\u00a0»\u00a0: l’équipe «\u00a0Les Écureuils\u00a0» existe déjà dans cet événement. ' +
          'Renommez-la dans le fichier ou retirez la ligne\u00a0: un import ne fait qu’ajouter de nouvelles équipes.',
      },
    ]);
    const result = await commit(app, view);
    expect(result.status).toBe('refused');
    expect(settledBytes(app).equals(before)).toBe(true);
    expect(readSetup(app.ctx.requireEventFile().db).teams.map((t) => t.name)).toEqual(['Les écureuils']);
  });

  it('refuses jurors already on the jury, in English when the interface is in English', async () => {
    const app = await dataApp();
    await ok(app, 'app.setUiLocale', { locale: 'en' });
    await ok(app, 'jurors.create', { name: 'TIARE  TERIʻI', title: '' });
    const view = await open(app, fixture('jurors-utf8-semicolon.csv'));
    expect(view.errors.map((e) => e.message)).toEqual([
      'Row 2, column “Prénom”: “Tiare Teriʻi” is already on this event’s jury. Remove the row from the file: an import only adds new jurors.',
    ]);
  });

  it('re-checks at commit: a team created in another window after the preview refuses the whole import', async () => {
    const app = await dataApp();
    const view = await open(app, fixture('teams-cp1252-semicolon.csv'));
    expect(view.errors).toEqual([]);
    await ok(app, 'teams.create', { name: 'BŒUF & CIE', projectTitle: '', members: [] });
    const before = settledBytes(app);
    const result = await commit(app, view);
    expect(result.status === 'refused' && result.view.errors.map((e) => [e.code, e.row])).toEqual([
      ['import.teamExists', 4],
    ]);
    expect(settledBytes(app).equals(before)).toBe(true);
  });

  it('lets the chair fix the mapping in the preview, then imports', async () => {
    const app = await dataApp();
    const path = writeTemp(
      app,
      'liste.csv',
      'Nom du projet;Porteurs\r\nKai Pua;Moana Lee\r\nTeva Nui;Hina Roa\r\n',
    );
    const view = await open(app, path);
    expect(view.errors.map((e) => e.code)).toEqual(['import.missingColumn']);
    expect(view.errors[0]?.message).toContain('«\u00a0Nom de l’équipe\u00a0»');
    const fixed = await ok(app, 'import.preview', {
      token: view.token,
      kind: 'teams',
      mapping: { teamName: 0, memberName: 1 },
      sheetName: null,
    });
    expect(fixed.errors).toEqual([]);
    expect(fixed.teams.map((t) => [t.name, t.members.map((m) => m.name)])).toEqual([
      ['Kai Pua', ['Moana Lee']],
      ['Teva Nui', ['Hina Roa']],
    ]);
    const before = settledBytes(app);
    expect(await commit(app, fixed)).toMatchObject({ status: 'imported', teams: 2, members: 2 });
    // The byte comparison used above does see a real change.
    expect(settledBytes(app).equals(before)).toBe(false);
  });

  it('refuses a 50 MB file before reading it, with the limit in the message', async () => {
    const app = await dataApp();
    const path = join(app.dir, 'huge.csv');
    const fd = openSync(path, 'w');
    writeSync(fd, 'x', 50 * 1024 * 1024 - 1); // sparse: 50 MB on paper, nothing to read
    closeSync(fd);
    app.dialogs.importPath = path;
    const opened = await ok(app, 'import.open', {});
    expect(opened).toEqual({
      status: 'unreadable',
      fileName: 'huge.csv',
      errors: [
        {
          code: 'import.fileTooLarge',
          row: null,
          column: null,
          message: expect.stringContaining(
            `Le fichier pèse 50\u00a0Mo, au-delà de la limite de ${MAX_IMPORT_BYTES / 1048576}\u00a0Mo`,
          ),
        },
      ],
    });
  });

  it('a preview belongs to one event file and one file pick', async () => {
    const app = await dataApp();
    const view = await open(app, fixture('jurors-utf8-semicolon.csv'));
    await ok(app, 'file.new', { name: 'Autre événement' });
    const error = await refused(app, 'import.commit', {
      token: view.token,
      kind: 'jurors',
      mapping: null,
      sheetName: null,
    });
    expect(error.code).toBe('import.expired');
    expect(readSetup(app.ctx.requireEventFile().db).jurors).toEqual([]);
  });

  it('says nothing happened when the chair cancels the dialog', async () => {
    const app = await dataApp();
    expect(await ok(app, 'import.open', {})).toBeNull();
  });
});
