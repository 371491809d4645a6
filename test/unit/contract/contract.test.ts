import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { calls, events } from '../../../common/contract';
import { CALL_NAMES, EVENT_NAMES } from '../../../common/contract/names';
import { createHandlers } from '../../../main/core/api/handlers';
import { readSetup } from '../../../main/core/event/setup';
import { testApp } from '../../support/temp';

describe('the contract', () => {
  it('lists in the preload allowlist exactly the declared calls and events', () => {
    expect([...CALL_NAMES].sort()).toEqual(Object.keys(calls).sort());
    expect([...EVENT_NAMES].sort()).toEqual(Object.keys(events).sort());
  });

  it('has exactly one handler per call', () => {
    const { ctx, services } = testApp();
    expect(Object.keys(createHandlers(ctx, services)).sort()).toEqual(Object.keys(calls).sort());
  });

  it('names every call area.verb', () => {
    for (const name of CALL_NAMES) expect(name).toMatch(/^[a-z][a-zA-Z]*\.[a-z][a-zA-Z]*$/);
  });
});

describe('the dispatcher', () => {
  it('refuses malformed input with a clear error and changes nothing', async () => {
    const { ctx, invoke } = testApp();
    await invoke('file.loadDemo', {});
    const path = ctx.eventFile?.path ?? '';
    const before = readSetup(ctx.requireEventFile().db);
    const bytesBefore = readFileSync(path);

    const malformed: [string, unknown][] = [
      ['teams.create', { name: 42, projectTitle: 'x', members: [] }],
      ['teams.create', { name: 'X', projectTitle: 'x', members: [], isAdmin: true }],
      ['teams.update', { id: -1, name: 'X', projectTitle: '', members: [] }],
      [
        'criteria.create',
        { name: 'C', description: '', weight: 'lots', min: 0, max: 10, step: 1, levels: [] },
      ],
      ['event.update', { ...before.event, startDate: '27/11/2026' }],
      ['teams.reorder', { ids: 'all' }],
      ['jurors.delete', null],
    ];
    for (const [name, input] of malformed) {
      const result = await invoke(name, input);
      expect(result.ok, name).toBe(false);
      if (result.ok) continue;
      expect(result.error.code).toBe('error.invalidInput');
      expect(result.error.message).toMatch(/^Requête mal formée \(.+\)\. Rien n’a été modifié\.$/);
    }
    expect(readSetup(ctx.requireEventFile().db)).toEqual(before);
    expect(readFileSync(path).equals(bytesBefore)).toBe(true);
  });

  it('says which field is wrong', async () => {
    const { invoke } = testApp();
    await invoke('file.loadDemo', {});
    const result = await invoke('teams.create', { name: 42, projectTitle: 'x', members: [] });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toContain('name:');
  });

  it('refuses unknown calls and calls from a foreign page', async () => {
    const { dispatch, ctx } = testApp();
    const unknown = await dispatch(
      'shell.openExternal',
      { url: 'https://example.org' },
      { trustedSender: true },
    );
    expect(unknown).toMatchObject({ ok: false, error: { code: 'error.unknownCall' } });
    const foreign = await dispatch('file.loadDemo', {}, { trustedSender: false });
    expect(foreign).toMatchObject({ ok: false, error: { code: 'error.forbiddenSender' } });
    expect(ctx.eventFile).toBeNull();
  });

  it('turns business rule failures into translated field issues', async () => {
    const { invoke, ctx } = testApp();
    await invoke('file.loadDemo', {});
    const result = await invoke('teams.create', {
      name: 'VAI ORA',
      projectTitle: '',
      members: [{ name: 'Ana', email: 'not-an-email' }],
    });
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'validation.duplicateTeam',
        issues: [
          {
            path: ['name'],
            code: 'validation.duplicateTeam',
            message: 'Une autre équipe s’appelle déjà « VAI ORA ». Les noms d’équipe doivent être uniques.',
          },
          { path: ['members', 0, 'email'], code: 'validation.email' },
        ],
      },
    });
    ctx.settings.setUiLocale('en');
    const english = await invoke('teams.create', { name: '', projectTitle: '', members: [] });
    expect(english).toMatchObject({ ok: false, error: { message: 'Enter a name.' } });
  });

  it('announces every write to all windows', async () => {
    const { invoke, emitted } = testApp();
    await invoke('file.loadDemo', {});
    emitted.length = 0;
    await invoke('jurors.create', { name: 'Nouveau juré', title: '' });
    expect(emitted).toEqual([
      { name: 'event.changed', payload: { revision: expect.any(Number), scopes: ['setup'] } },
    ]);
  });

  it('answers a call made before any event is open with a clear error', async () => {
    const { invoke } = testApp();
    expect(await invoke('setup.get', {})).toMatchObject({
      ok: false,
      error: { code: 'error.noEvent', message: 'Aucun fichier d’événement n’est ouvert.' },
    });
  });
});
