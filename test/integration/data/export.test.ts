import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { exportDateTime, exportTables } from '../../../main/core/data/export-tables';
import { commitImport, openImportBytes } from '../../../main/core/data/import-session';
import { readResultsForExport } from '../../../main/core/data/results-source';
import { readSetup } from '../../../main/core/event/setup';
import { type DataApp, dataApp, ok } from './data-app';
import { scoredEvent } from './scored-event';

async function exportTo(app: DataApp, name: string, input: { format: 'csv' | 'xlsx'; table?: string }) {
  app.dialogs.exportPath = join(app.dir, name);
  const saved = await ok(app, 'export.results', input);
  expect(saved).toEqual({ path: app.dialogs.exportPath });
  return new Uint8Array(readFileSync(app.dialogs.exportPath));
}

// exceljs's declared parameter type predates Uint8Array-backed Buffers (see main/core/io/xlsx-read.ts).
const asArrayBuffer = (bytes: Uint8Array) =>
  Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer;

/** CSV bytes → rows, for files this app writes (BOM, CRLF, no quoted line breaks in these tests). */
function csvRows(bytes: Uint8Array, separator: string): string[][] {
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = Buffer.from(bytes.subarray(3)).toString('utf8');
  expect(text.endsWith('\r\n')).toBe(true);
  return text
    .slice(0, -2)
    .split('\r\n')
    .map((line) =>
      line.split(separator).map((cell) => cell.replace(/^"(.*)"$/s, '$1').replaceAll('""', '"')),
    );
}

describe('results exports', () => {
  it('.xlsx: about, ranking with per-criterion averages, scores by juror, teams and jury, numbers as numbers', async () => {
    const { app, db } = await scoredEvent();
    const bytes = await exportTo(app, 'resultats.xlsx', { format: 'xlsx' });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(asArrayBuffer(bytes));
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      'À propos',
      'Classement',
      'Notes par juré',
      'Équipes',
      'Jury',
    ]);

    const { ranking, locked } = readResultsForExport(db);
    const about = workbook.getWorksheet('À propos');
    expect(about?.getRow(5).values).toEqual([undefined, 'SHA-256 des résultats verrouillés', locked?.hash]);

    const sheet = workbook.getWorksheet('Classement');
    if (!sheet) throw new Error('no ranking sheet');
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header.slice(0, 4)).toEqual(['Rang', 'Équipe', 'Projet', 'Total (sur 20)']);
    const setup = readSetup(db);
    expect(header.slice(6, 6 + setup.criteria.length)).toEqual(
      setup.criteria.map((c) => `${c.name} (poids ${c.weight}\u00a0%)`),
    );
    expect(header[6]).toBe('Impact pour les usagers (poids 35\u00a0%)');
    ranking.rows.forEach((row, i) => {
      const values = (sheet.getRow(i + 2).values as unknown[]).slice(1);
      expect(values[0]).toBe(row.rank);
      expect(values[1]).toBe(setup.teams.find((t) => t.id === row.teamId)?.name);
      expect(values[3]).toBeCloseTo(row.total ?? Number.NaN, 3);
      setup.criteria.forEach((criterion, c) => {
        const average = row.criterionAverages.find((a) => a.criterionId === criterion.id)?.average ?? null;
        expect(values[6 + c]).toBeCloseTo(average ?? Number.NaN, 3);
      });
    });
    expect(sheet.rowCount).toBe(setup.teams.length + 1);
    // 8 teams × 5 jurors, minus the recusal.
    expect(workbook.getWorksheet('Notes par juré')?.rowCount).toBe(1 + 8 * 5 - 1);
  });

  it('writes dates as local 24-hour time in the laptop’s time zone, named in the header, never raw ISO UTC', async () => {
    const { db } = await scoredEvent();
    const now = new Date('2026-09-30T23:30:05.000Z');
    const { locked, sheets } = readResultsForExport(db);
    const submitted = sheets.find((s) => s.submittedAtUtc !== null)?.submittedAtUtc as string;
    const local = (iso: string, zone: string) => exportDateTime(iso, zone);
    for (const [locale, zone] of [
      ['fr', 'Pacific/Tahiti'],
      ['en', 'Europe/Paris'],
    ] as const) {
      const [about, , scores] = exportTables(db, locale, now, zone);
      const aboutText = JSON.stringify(about?.rows);
      const scoreText = JSON.stringify(scores?.rows);
      // Nothing in these sheets is an ISO UTC instant any more.
      expect(aboutText + scoreText).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/);
      expect(about?.rows[1]?.[0]).toContain(zone);
      expect(scores?.rows[0]?.at(-1)).toContain(zone);
      expect(aboutText).toContain(local(locked?.atUtc as string, zone));
      expect(scoreText).toContain(local(submitted, zone));
    }
    // Tahiti is UTC−10: 23:30 UTC on the 30th is 13:30 the same day; Paris (summer) is UTC+2: 01:30 on the 1st.
    expect(exportDateTime(now.toISOString(), 'Pacific/Tahiti')).toBe('2026-09-30 13:30:05');
    expect(exportDateTime(now.toISOString(), 'Europe/Paris')).toBe('2026-10-01 01:30:05');
    expect(exportTables(db, 'fr', now, 'Europe/Paris')[0]?.rows[1]).toEqual([
      'Exporté le (heure locale, Europe/Paris)',
      '2026-10-01 01:30:05',
    ]);
  });

  it('CSV for French Excel: BOM, semicolons, CRLF, decimal commas; for English: commas and points', async () => {
    const { app, db } = await scoredEvent({ lock: false });
    const { ranking } = readResultsForExport(db);
    const rows = csvRows(await exportTo(app, 'classement.csv', { format: 'csv', table: 'ranking' }), ';');
    expect(rows).toHaveLength(ranking.rows.length + 1);
    const first = ranking.rows[0];
    const total = String(Math.round((first?.total ?? 0) * 1000) / 1000);
    expect(rows[1]?.[3]).toBe(total.replace('.', ','));

    await ok(app, 'app.setUiLocale', { locale: 'en' });
    const english = csvRows(await exportTo(app, 'ranking.csv', { format: 'csv', table: 'ranking' }), ',');
    expect(english[0]?.slice(0, 4)).toEqual(['Rank', 'Team', 'Project', 'Total (out of 20)']);
    expect(english[1]?.[3]).toBe(total);
  });

  it('neutralises spreadsheet formulas in names, in CSV and in .xlsx', async () => {
    const app = await dataApp();
    const hostile = ['=HYPERLINK("http://evil.example","Cliquez")', '@SUM(A1)', '+cmd|calc', '-2+3'];
    for (const name of hostile) await ok(app, 'teams.create', { name, projectTitle: '=1+1', members: [] });
    const rows = csvRows(await exportTo(app, 'equipes.csv', { format: 'csv', table: 'teams' }), ';');
    expect(rows.slice(1).map((r) => [r[0], r[1]])).toEqual(hostile.map((name) => [`'${name}`, "'=1+1"]));

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(asArrayBuffer(await exportTo(app, 'tout.xlsx', { format: 'xlsx' })));
    const teams = workbook.getWorksheet('Équipes');
    expect(hostile.map((_, i) => teams?.getRow(i + 2).getCell(1).value)).toEqual(hostile.map((n) => `'${n}`));
    expect(teams?.getRow(2).getCell(1).formula).toBeUndefined();
  });

  it('the teams and jury CSVs import back into another event unchanged', async () => {
    const source = await dataApp({ demo: true });
    const teamsCsv = await exportTo(source, 'equipes.csv', { format: 'csv', table: 'teams' });
    const jurorsCsv = await exportTo(source, 'jury.csv', { format: 'csv', table: 'jurors' });
    const expected = readSetup(source.ctx.requireEventFile().db);

    const target = await dataApp();
    const { db, path } = target.ctx.requireEventFile();
    for (const bytes of [teamsCsv, jurorsCsv]) {
      const opened = await openImportBytes(new Uint8Array(bytes), 'export.csv', path);
      if (opened.status !== 'preview') throw new Error('export not readable');
      const kind = bytes === teamsCsv ? 'teams' : 'jurors';
      expect(commitImport(db, opened.pending, { kind, mapping: null }, 'fr').status).toBe('imported');
    }
    const imported = readSetup(db);
    const shape = (s: typeof expected) => ({
      teams: s.teams.map((t) => ({
        name: t.name,
        projectTitle: t.projectTitle,
        members: t.members.map(({ name, email }) => ({ name, email })),
      })),
      jurors: s.jurors.map(({ name, title }) => ({ name, title })),
    });
    expect(shape(imported)).toEqual(shape(expected));
  });

  it('before any criterion: the lists export, the ranking says why it cannot', async () => {
    const app = await dataApp();
    await ok(app, 'teams.create', { name: 'Vaʻa Tech', projectTitle: '', members: [] });
    app.dialogs.exportPath = join(app.dir, 'classement.csv');
    const result = await app.invoke('export.results', { format: 'csv', table: 'ranking' });
    expect(result.ok === false && result.error.code).toBe('ranking.noCriteria');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(asArrayBuffer(await exportTo(app, 'tout.xlsx', { format: 'xlsx' })));
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['À propos', 'Équipes', 'Jury']);
    expect(workbook.getWorksheet('À propos')?.getRow(3).getCell(2).value).toBe(
      'Non calculés\u00a0: Ajoutez au moins un critère avant de calculer les résultats.',
    );
  });

  it('says nothing was written when the chair cancels the dialog', async () => {
    const app = await dataApp();
    expect(await ok(app, 'export.results', { format: 'xlsx' })).toBeNull();
    expect(await ok(app, 'export.event', {})).toBeNull();
  });
});
