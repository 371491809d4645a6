import { describe, expect, it } from 'vitest';
import { drawOrder } from '../../../common/order';
import { closeEventFile, openEventFile } from '../../../main/core/event-file';
import { readOrderView } from '../../../main/core/pitch-day';
import { changedScopes, sessionApp, T0, useControlledClock } from './session-app';

const ids = (view: { entries: { teamId: number }[] }) => view.entries.map((e) => e.teamId);

describe('the running order', () => {
  useControlledClock();

  it('starts as the setup order, every team waiting with the event durations', async () => {
    const app = await sessionApp();
    const view = await app.ok('order.get', {});
    expect(view.entries.map((e) => e.name)).toEqual([
      'Vai Ora',
      'Taote Connect',
      'Démarches Simples',
      'Motu Énergie',
      'Ārea Data',
      'Fare Pūai',
      'Récolte Locale',
      'Reo Tahiti Plus',
    ]);
    expect(new Set(view.entries.map((e) => e.status))).toEqual(new Set(['waiting']));
    expect(view.entries[0]).toMatchObject({ pitchMs: 300_000, qaMs: 180_000, pitchOverrideMs: null });
    expect(view.draw).toBeNull();
  });

  it('is reordered as a whole and refuses a list that is not every team once', async () => {
    const app = await sessionApp();
    const before = ids(await app.ok('order.get', {}));
    const reversed = [...before].reverse();
    expect(ids(await app.ok('order.reorder', { teamIds: reversed }))).toEqual(reversed);
    const error = await app.refused('order.reorder', { teamIds: reversed.slice(1) });
    expect(error.code).toBe('order.notAPermutation');
    expect(error.message).toContain('Rien n’a été modifié');
    expect(ids(await app.ok('order.get', {}))).toEqual(reversed);
    expect(changedScopes(app.emitted)).toContain('order');
  });

  it('draws a transparent order anyone can re-run from the seed and the team numbers', async () => {
    const app = await sessionApp();
    const view = await app.ok('order.draw', { seed: 'Tahiti 2025' });
    expect(view.draw).toMatchObject({
      seed: 'Tahiti 2025',
      algorithmVersion: 1,
      teamIds: [1, 2, 3, 4, 5, 6, 7, 8],
      drawnAt: T0,
    });
    expect(ids(view)).toEqual(drawOrder([1, 2, 3, 4, 5, 6, 7, 8], 'TAHITI-2025'));
    expect(view.draw?.resultIds).toEqual(ids(view));
    // Scramble by hand, draw again with the same seed: the same order comes back.
    await app.ok('order.reorder', { teamIds: [8, 7, 6, 5, 4, 3, 2, 1] });
    expect(ids(await app.ok('order.draw', { seed: 'tahiti2025' }))).toEqual(ids(view));
  });

  it('generates a seed of eight digits when none is given', async () => {
    const app = await sessionApp();
    const view = await app.ok('order.draw', { seed: null });
    expect(view.draw?.seed).toMatch(/^\d{4}-\d{4}$/);
    expect(ids(view)).toEqual(drawOrder(view.draw?.teamIds ?? [], view.draw?.seed ?? ''));
    expect((await app.refused('order.draw', { seed: ' -- ' })).code).toBe('order.emptySeed');
  });

  it('refuses a draw once a team has been on stage', async () => {
    const app = await sessionApp();
    await app.chair({ type: 'nextTeam' });
    const error = await app.refused('order.draw', { seed: '1234-5678' });
    expect(error.code).toBe('order.drawAfterStart');
    expect(readOrderView(app.db()).draw).toBeNull();
  });

  it('moves a late team to the end in one action, keeping everyone else in place', async () => {
    const app = await sessionApp();
    const before = ids(await app.ok('order.get', {}));
    const late = before[1] as number;
    const view = await app.ok('order.moveToEnd', { teamId: late });
    expect(ids(view)).toEqual([...before.filter((id) => id !== late), late]);
    expect(view.entries.at(-1)?.status).toBe('waiting');
  });

  it('sends a called team that is not there to the end and empties the stage', async () => {
    const app = await sessionApp();
    const called = await app.chair({ type: 'nextTeam' });
    const first = called.state.teamId as number;
    const view = await app.ok('order.moveToEnd', { teamId: first });
    expect(ids(view).at(-1)).toBe(first);
    expect(view.entries.every((e) => e.status === 'waiting')).toBe(true);
    expect((await app.ok('timer.get', {})).state.status).toBe('empty');
    // The next call brings the second team, not the late one again.
    const next = await app.chair({ type: 'nextTeam' });
    expect(next.state.teamId).toBe(ids(view)[0]);
  });

  it('refuses to move or mark a team whose pitch has started', async () => {
    const app = await sessionApp();
    const { state } = await app.chair({ type: 'nextTeam' });
    await app.chair({ type: 'start' });
    const teamId = state.teamId as number;
    expect((await app.refused('order.moveToEnd', { teamId })).code).toBe('order.teamOnStage');
    expect((await app.refused('order.setStatus', { teamId, status: 'absent' })).code).toBe(
      'order.teamOnStage',
    );
  });

  it('marks teams absent or withdrawn; the next team skips them', async () => {
    const app = await sessionApp();
    const order = ids(await app.ok('order.get', {}));
    await app.ok('order.setStatus', { teamId: order[0], status: 'absent' });
    await app.ok('order.setStatus', { teamId: order[1], status: 'withdrawn' });
    const called = await app.chair({ type: 'nextTeam' });
    expect(called.state.teamId).toBe(order[2]);
    const result = await app.invoke('order.setStatus', { teamId: order[0], status: 'on_stage' });
    expect(result).toMatchObject({ ok: false, error: { code: 'error.invalidInput' } });
  });

  it('gives a team its own durations, used when it is called', async () => {
    const app = await sessionApp();
    const first = ids(await app.ok('order.get', {}))[0] as number;
    const view = await app.ok('order.setOverrides', { teamId: first, pitchMs: 420_000, qaMs: null });
    expect(view.entries[0]).toMatchObject({ pitchMs: 420_000, qaMs: 180_000, pitchOverrideMs: 420_000 });
    const { state } = await app.chair({ type: 'nextTeam' });
    expect(state).toMatchObject({ durationMs: 420_000, plannedPitchMs: 420_000, plannedQaMs: 180_000 });
    const zero = await app.refused('order.setOverrides', { teamId: first, pitchMs: 0, qaMs: 0 });
    expect(zero.issues?.[0]).toMatchObject({ path: ['pitchMs'], code: 'validation.duration' });
    // Overrides survive a reorder.
    await app.ok('order.moveToEnd', { teamId: ids(view)[1] });
    expect((await app.ok('order.get', {})).entries[0]?.pitchOverrideMs).toBe(420_000);
  });

  it('follows the setup: new teams are appended, deleted teams disappear', async () => {
    const app = await sessionApp();
    const drawn = ids(await app.ok('order.draw', { seed: '0000-0001' }));
    const created = await app.ok('teams.create', { name: 'Nouvelle', projectTitle: '', members: [] });
    await app.ok('teams.delete', { id: drawn[0] });
    expect(ids(await app.ok('order.get', {}))).toEqual([...drawn.slice(1), created.id]);
  });

  it('stores the session start and survives a reopen of the file', async () => {
    const app = await sessionApp();
    const start = T0 + 3_600_000;
    await app.ok('session.setStart', { startMs: start });
    const drawn = ids(await app.ok('order.draw', { seed: 'A' }));
    const path = app.ctx.requireEventFile().path;
    closeEventFile(app.ctx.requireEventFile());
    app.ctx.eventFile = openEventFile(path);
    const view = await app.ok('order.get', {});
    expect(view.startMs).toBe(start);
    expect(ids(view)).toEqual(drawn);
    expect(view.draw?.seed).toBe('A');
  });
});
