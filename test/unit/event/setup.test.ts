import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { translate } from '../../../common/i18n';
import { effectiveWeights, setupWarnings } from '../../../common/setup-checks';
import { closeDatabase, openDatabase } from '../../../main/core/db/open';
import { createCriterion, updateCriterion } from '../../../main/core/event/criteria';
import { loadDemoEvent } from '../../../main/core/event/demo';
import {
  initEvent,
  readEventInfo,
  updateEventInfo,
  updateTimerDefaults,
} from '../../../main/core/event/event-info';
import { createJuror, reorderJurors } from '../../../main/core/event/jurors';
import { readSetup } from '../../../main/core/event/setup';
import { createTeam, deleteTeam, reorderTeams, updateTeam } from '../../../main/core/event/teams';
import { tempDir } from '../../support/temp';

function freshDb(dir: string) {
  const db = openDatabase(join(dir, `e-${Math.random().toString(36).slice(2)}.sqlite`));
  initEvent(db, 'Test', 'fr');
  return db;
}

describe('event setup', () => {
  const dir = tempDir();

  it('stores Tahitian names byte for byte and normalises decomposed input to NFC', () => {
    const db = freshDb(dir);
    const decomposed = 'Ta\u0304maʻa Teriʻi'; // "a" + combining macron
    const team = createTeam(db, {
      name: 'Vai Ora',
      projectTitle: 'Eau',
      members: [{ name: decomposed, email: null }],
    });
    expect(team.members[0]?.name).toBe('Tāmaʻa Teriʻi');
    expect(Buffer.from(team.members[0]?.name ?? '').toString('hex')).toBe(
      Buffer.from('Tāmaʻa Teriʻi').toString('hex'),
    );
    closeDatabase(db);
  });

  it('refuses duplicate team names regardless of case, spacing and Unicode form, and keeps the first', () => {
    const db = freshDb(dir);
    createTeam(db, { name: 'Fare Pūai', projectTitle: '', members: [] });
    expect(() => createTeam(db, { name: '  fare pu\u0304ai ', projectTitle: '', members: [] })).toThrow(
      expect.objectContaining({ code: 'validation.duplicateTeam' }),
    );
    expect(readSetup(db).teams.map((t) => t.name)).toEqual(['Fare Pūai']);
    closeDatabase(db);
  });

  it('reports every problem of a team at once, each on its field', () => {
    const db = freshDb(dir);
    try {
      createTeam(db, {
        name: '',
        projectTitle: '',
        members: [
          { name: 'Ana', email: 'ana@' },
          { name: 'ana', email: null },
          { name: ' ', email: null },
        ],
      });
      expect.unreachable();
    } catch (error) {
      expect((error as { issues: unknown }).issues).toEqual([
        { path: ['name'], code: 'validation.nameRequired' },
        { path: ['members', 0, 'email'], code: 'validation.email', params: { value: 'ana@' } },
        { path: ['members', 1, 'name'], code: 'validation.duplicateMember', params: { name: 'ana' } },
        { path: ['members', 2, 'name'], code: 'validation.nameRequired' },
      ]);
    }
    expect(readSetup(db).teams).toEqual([]);
    closeDatabase(db);
  });

  it('edits, reorders and deletes teams; a stale reorder is refused without losing anyone', () => {
    const db = freshDb(dir);
    const a = createTeam(db, { name: 'A', projectTitle: '', members: [{ name: 'x', email: null }] });
    const b = createTeam(db, { name: 'B', projectTitle: '', members: [] });
    const c = createTeam(db, { name: 'C', projectTitle: '', members: [] });
    updateTeam(db, a.id, { name: 'A2', projectTitle: 'P', members: [{ name: 'y', email: 'y@example.org' }] });
    expect(reorderTeams(db, [c.id, a.id, b.id]).map((t) => t.name)).toEqual(['C', 'A2', 'B']);
    expect(() => reorderTeams(db, [c.id, a.id])).toThrow();
    deleteTeam(db, b.id);
    const teams = readSetup(db).teams;
    expect(teams.map((t) => t.name)).toEqual(['C', 'A2']);
    expect(teams[1]?.members).toEqual([{ id: expect.any(Number), name: 'y', email: 'y@example.org' }]);
    // Members are removed with their team (foreign key cascade).
    expect(db.prepare('SELECT count(*) AS n FROM member').get()).toEqual({ n: 1 });
    closeDatabase(db);
  });

  it('validates criteria scales and level descriptions', () => {
    const db = freshDb(dir);
    const ok = createCriterion(db, {
      name: 'Impact',
      description: '',
      weight: 50,
      min: 0,
      max: 5,
      step: 0.5,
      levels: [{ value: 5, label: 'Remarquable' }],
    });
    expect(ok.levels).toEqual([{ value: 5, label: 'Remarquable' }]);
    expect(() => updateCriterion(db, ok.id, { ...ok, min: 5, max: 5 })).toThrow(
      expect.objectContaining({ code: 'validation.scaleOrder' }),
    );
    expect(() => updateCriterion(db, ok.id, { ...ok, step: 0.3 })).toThrow(
      expect.objectContaining({ code: 'validation.step' }),
    );
    expect(() => updateCriterion(db, ok.id, { ...ok, levels: [{ value: 9, label: 'Trop' }] })).toThrow(
      expect.objectContaining({ code: 'validation.levelFormat' }),
    );
    closeDatabase(db);
  });

  it('shows (not fixes) weights that do not add up to 100', () => {
    expect(setupWarnings({ criteria: [{ weight: 60 }, { weight: 30 }] as never })).toEqual([
      { code: 'validation.weightsTotal', params: { total: 90, weight: 60, effective: 66.7 } },
    ]);
    expect(
      setupWarnings({ criteria: [{ weight: 33.3 }, { weight: 33.3 }, { weight: 33.4 }] as never }),
    ).toEqual([]);
  });

  it('says exactly how weights that do not add up to 100 are used (in proportion), and warns of a 0 % criterion', () => {
    const criteria = [
      { name: 'Impact', weight: 33.33 },
      { name: 'Pitch', weight: 33.33 },
      { name: 'Équipe', weight: 12.5 },
      { name: 'Bonus', weight: 0 },
    ];
    const warnings = setupWarnings({ criteria } as never);
    expect(warnings.map((w) => translate('en', w.code, w.params))).toEqual([
      'The weights add up to 79.16, not 100: they are used in proportion, so 33.33 counts as 42.1%. Results stay on the scale; adjust the weights if that is not what you want.',
      'The criterion “Bonus” weighs 0%: its scores will not count at all.',
    ]);
    expect(translate('fr', warnings[0]?.code ?? '', warnings[0]?.params)).toContain(
      '33,33 compte pour 42,1\u00a0%',
    );
    expect(effectiveWeights(criteria).map((c) => Math.round(c.effective * 100) / 100)).toEqual([
      42.1, 42.1, 15.79, 0,
    ]);
  });

  it('validates event dates and timer thresholds', () => {
    const db = freshDb(dir);
    const info = readEventInfo(db);
    expect(() => updateEventInfo(db, { ...info, startDate: '2026-02-30' })).toThrow(
      expect.objectContaining({ code: 'validation.date' }),
    );
    expect(() => updateEventInfo(db, { ...info, startDate: '2026-11-28', endDate: '2026-11-27' })).toThrow(
      expect.objectContaining({ code: 'validation.dateOrder' }),
    );
    expect(() =>
      updateEventInfo(db, {
        ...info,
        logo: { mime: 'image/png', dataBase64: Buffer.from('hello').toString('base64') },
      }),
    ).toThrow(expect.objectContaining({ code: 'validation.image' }));
    expect(() =>
      updateTimerDefaults(db, {
        pitchMs: 300_000,
        qaMs: 0,
        changeoverMs: 0,
        amberAtMs: 30_000,
        redAtMs: 60_000,
      }),
    ).toThrow(expect.objectContaining({ code: 'validation.thresholds' }));
    closeDatabase(db);
  });

  it('keeps juror order', () => {
    const db = freshDb(dir);
    const a = createJuror(db, { name: 'Ana', title: '' });
    const b = createJuror(db, { name: 'Bruno', title: 'Président' });
    expect(reorderJurors(db, [b.id, a.id]).map((j) => j.name)).toEqual(['Bruno', 'Ana']);
    expect(() => createJuror(db, { name: 'ANA', title: '' })).toThrow(
      expect.objectContaining({ code: 'validation.duplicateJuror' }),
    );
    closeDatabase(db);
  });

  it('loads the demo: 8 teams with several members and Tahitian names, 5 jurors, 4 criteria weighing 100', () => {
    const db = freshDb(dir);
    loadDemoEvent(db);
    const setup = readSetup(db);
    expect(setup.event.name).toBe('Hackathon Fenua Numérique 2026');
    expect(setup.teams).toHaveLength(8);
    for (const team of setup.teams) expect(team.members.length).toBeGreaterThanOrEqual(2);
    expect(setup.teams.flatMap((t) => t.members.map((m) => m.name))).toContain('Tāmaʻa Teriʻi');
    expect(setup.jurors).toHaveLength(5);
    expect(setup.criteria).toHaveLength(4);
    expect(setupWarnings(setup)).toEqual([]);
    closeDatabase(db);
  });
});

describe('deleting what the jury already scored', () => {
  it('is refused with the translated reason, and nothing is deleted', async () => {
    const { testApp } = await import('../../support/temp');
    const app = testApp();
    await app.invoke('file.loadDemo', {});
    const setup = readSetup(app.ctx.requireEventFile().db);
    const [team] = setup.teams;
    const [juror] = setup.jurors;
    const [criterion] = setup.criteria;
    if (!team || !juror || !criterion) throw new Error('demo event is empty');
    const grid = await app.invoke('scores.enter', {
      jurorId: juror.id,
      teamId: team.id,
      criterionId: criterion.id,
      value: 5,
    });
    expect(grid.ok, JSON.stringify(grid)).toBe(true);
    const refused = await app.invoke('teams.delete', { id: team.id });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'scoring.teamHasScores', message: expect.stringContaining('équipe') },
    });
    expect(readSetup(app.ctx.requireEventFile().db).teams).toHaveLength(8);
  });
});
