import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportTables } from '../../../main/core/data/export-tables';
import { buildCertificatesInput } from '../../../main/core/documents-app/certificate-input';
import { buildResultsSheetInput } from '../../../main/core/documents-app/results-input';
import { buildScoringFormsInput } from '../../../main/core/documents-app/session-inputs';
import { verifyEvent } from '../../../main/core/verify';
import { ok, refused } from '../data/data-app';
import { scoredEvent } from '../data/scored-event';

const fixture = (name: string) => join(import.meta.dirname, '../../fixtures/io', name);

/** Issue 13 item 13: while results are locked, nothing that changes them is accepted. */
describe('a locked event', () => {
  it('refuses every setup change that alters the locked results, with a clear message, and keeps the file unchanged', async () => {
    const { app, db } = await scoredEvent();
    const setup = await ok(app, 'setup.get', {});
    const [winner, other] = setup.teams as [(typeof setup.teams)[0], (typeof setup.teams)[0]];
    const juror = setup.jurors[0] as (typeof setup.jurors)[0];
    const criterion = setup.criteria[0] as (typeof setup.criteria)[0];
    const { id: _id, position: _p, ...criterionDraft } = criterion;
    const before = JSON.stringify(await ok(app, 'setup.get', {}));
    const attempts: [string, unknown][] = [
      [
        'teams.update',
        { id: winner.id, name: 'Nouveau nom', projectTitle: winner.projectTitle, members: [] },
      ],
      ['teams.create', { name: 'Équipe tardive', projectTitle: '', members: [] }],
      ['teams.delete', { id: other.id }],
      ['teams.reorder', { ids: setup.teams.map((t) => t.id).reverse() }],
      ['jurors.update', { id: juror.id, name: 'Autre juré', title: juror.title }],
      ['jurors.create', { name: 'Juré tardif', title: '' }],
      ['jurors.delete', { id: juror.id }],
      ['criteria.update', { id: criterion.id, ...criterionDraft, weight: criterion.weight + 1 }],
      ['criteria.create', { ...criterionDraft, name: 'Nouveau critère' }],
      ['criteria.delete', { id: criterion.id }],
      ['event.update', { ...setup.event, name: 'Autre nom' }],
    ];
    for (const [name, input] of attempts) {
      const error = await refused(app, name as 'teams.update', input);
      expect(error.code, name).toBe('results.lockedSetup');
      expect(error.message, name).toMatch(/déverrouillez-les/);
    }
    expect(JSON.stringify(await ok(app, 'setup.get', {}))).toBe(before);

    // A juror import is refused too.
    app.dialogs.importPath = fixture('jurors-utf8-semicolon.csv');
    const opened = await ok(app, 'import.open', {});
    if (opened?.status !== 'preview') throw new Error('no preview');
    const { view } = opened;
    const importError = await refused(app, 'import.commit', {
      token: view.token,
      kind: 'jurors',
      mapping: view.mapping,
      sheetName: view.sheetName,
    });
    expect(importError.code).toBe('results.lockedSetup');

    // Members are not in the results: fixing one on a certificate is still possible.
    await ok(app, 'teams.update', {
      id: winner.id,
      name: winner.name,
      projectTitle: winner.projectTitle,
      members: [{ name: 'Tāmaʻa Teriʻi', email: null }],
    });
    expect(verifyEvent(db)).toMatchObject({ ok: true, locked: true });
  });

  it('prints every document with the names as locked, and verify-event reports a rename behind the app', async () => {
    const { db } = await scoredEvent();
    const team = db.prepare('SELECT id, name FROM team ORDER BY position LIMIT 1').get() as {
      id: number;
      name: string;
    };
    const juror = db.prepare('SELECT id, name FROM juror ORDER BY position LIMIT 1').get() as {
      id: number;
      name: string;
    };
    // As an earlier version allowed, or an edit with a database tool.
    db.prepare("UPDATE team SET name = 'Renommée après coup' WHERE id = ?").run(team.id);
    db.prepare("UPDATE juror SET name = 'Juré renommé' WHERE id = ?").run(juror.id);

    const names = (rows: { id: number; name: string }[]) => rows.map((r) => r.name);
    expect(names(buildResultsSheetInput(db, { draft: false, now: new Date() }).teams)).toContain(team.name);
    expect(names(buildCertificatesInput(db, 'participation').teams)).toContain(team.name);
    const forms = buildScoringFormsInput(db);
    expect(names(forms.teams)).toContain(team.name);
    expect(names(forms.jurors)).toContain(juror.name);
    const tables = exportTables(db, 'fr');
    const text = JSON.stringify(tables);
    expect(text).toContain(team.name);
    expect(text).not.toContain('Renommée après coup');
    expect(text).not.toContain('Juré renommé');

    expect(verifyEvent(db)).toMatchObject({
      ok: false,
      problem: {
        code: 'verify.namesChangedSinceLock',
        params: { kind: 'team', id: team.id, locked: team.name, live: 'Renommée après coup' },
      },
    });
  });
});
