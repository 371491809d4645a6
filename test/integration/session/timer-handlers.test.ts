import { describe, expect, it } from 'vitest';
import { remainingMs } from '../../../common/timer';
import { closeEventFile, openEventFile } from '../../../main/core/event-file';
import { readTimeUsed } from '../../../main/core/pitch-day';
import { sessionApp, T0, useControlledClock } from './session-app';

describe('the pitch timer through the contract', () => {
  const clock = useControlledClock();

  it('calls the first team from the empty stage, then runs, pauses and resumes on one key', async () => {
    const app = await sessionApp();
    const called = await app.chair({ type: 'nextTeam' });
    expect(called.state).toMatchObject({ status: 'idle', phase: 'pitch', durationMs: 300_000 });
    const order = await app.ok('order.get', {});
    expect(order.entries[0]).toMatchObject({ teamId: called.state.teamId, status: 'on_stage' });

    expect((await app.chair({ type: 'toggle' })).state).toMatchObject({ status: 'running', startedAt: T0 });
    clock.advance(65_000);
    const paused = await app.chair({ type: 'toggle' });
    expect(paused.state).toMatchObject({ status: 'paused', accumulatedMs: 65_000 });
    clock.advance(30_000);
    const resumed = await app.chair({ type: 'toggle' });
    clock.advance(5_000);
    expect(remainingMs(resumed.state, Date.now())).toBe(300_000 - 70_000);
  });

  it('pushes the anchors on every transition and never otherwise', async () => {
    const app = await sessionApp();
    app.emitted.length = 0;
    await app.chair({ type: 'nextTeam' });
    await app.chair({ type: 'start' });
    await app.ok('timer.get', {});
    await app.refused('timer.command', { type: 'start' });
    await app.chair({ type: 'adjust', deltaMs: 10_000 });
    const pushes = app.timerPushes();
    expect(pushes).toHaveLength(3);
    const revisions = pushes.map((p) => (p.payload as { revision: number }).revision);
    expect(revisions).toEqual([...revisions].sort((a, b) => a - b));
    expect(new Set(revisions).size).toBe(3);
    expect(pushes.at(-1)?.payload).toMatchObject({
      now: T0,
      state: { status: 'running', durationMs: 310_000 },
    });
  });

  it('refuses what does not apply, in the chair’s language', async () => {
    const app = await sessionApp();
    const empty = await app.refused('timer.command', { type: 'toggle' });
    expect(empty.code).toBe('timer.noTeam');
    expect(empty.message).toBe(
      'Aucune équipe sur scène\u00a0: appuyez sur T (équipe suivante) pour appeler la première.',
    );
    const { state } = await app.chair({ type: 'nextTeam' });
    const notStarted = await app.refused('timer.command', { type: 'nextTeam' });
    expect(notStarted.code).toBe('session.teamNotStarted');
    expect(notStarted.message).toContain('« Vai Ora » n’a pas encore commencé');
    expect((await app.ok('timer.get', {})).state.teamId).toBe(state.teamId);
    const malformed = await app.invoke('timer.command', { type: 'endTeam', next: null });
    expect(malformed).toMatchObject({ ok: false, error: { code: 'error.invalidInput' } });
  });

  it('records pitch and Q&A time used, with overtime, for the results', async () => {
    const app = await sessionApp();
    const { state } = await app.chair({ type: 'nextTeam' });
    const first = state.teamId as number;
    await app.chair({ type: 'start' });
    clock.advance(200_000);
    await app.chair({ type: 'pause' });
    clock.advance(60_000); // paused: not counted
    await app.chair({ type: 'resume' });
    await app.chair({ type: 'adjust', deltaMs: -60_000 }); // allowed 4:00
    clock.advance(52_000); // used 4:12 → 12 s over
    const qa = await app.chair({ type: 'nextPhase' });
    expect(qa.state).toMatchObject({ phase: 'qa', status: 'running', durationMs: 180_000 });
    clock.advance(95_000);
    const second = await app.chair({ type: 'nextTeam' });
    expect(second.state).toMatchObject({ status: 'idle', phase: 'pitch' });
    expect(second.state.teamId).not.toBe(first);

    expect(readTimeUsed(app.db())).toEqual([
      { teamId: first, pitchUsedMs: 252_000, pitchOvertimeMs: 12_000, qaUsedMs: 95_000 },
    ]);
    const order = await app.ok('order.get', {});
    expect(order.entries.find((e) => e.teamId === first)?.status).toBe('done');
    expect(order.actuals).toEqual([{ teamId: first, startedAt: T0, endedAt: T0 + 407_000 }]);
  });

  it('calls a team out of order; an unstarted team on stage goes back to waiting', async () => {
    const app = await sessionApp();
    const order = (await app.ok('order.get', {})).entries.map((e) => e.teamId);
    await app.chair({ type: 'nextTeam' });
    const late = order[5] as number;
    const called = await app.chair({ type: 'callTeam', teamId: late });
    expect(called.state).toMatchObject({ teamId: late, status: 'idle' });
    const view = await app.ok('order.get', {});
    expect(view.entries.find((e) => e.teamId === order[0])?.status).toBe('waiting');
    expect(view.entries.find((e) => e.teamId === late)?.status).toBe('on_stage');
    expect((await app.refused('timer.command', { type: 'callTeam', teamId: late })).code).toBe(
      'session.alreadyOnStage',
    );
  });

  it('empties the stage after the last team', async () => {
    const app = await sessionApp();
    const order = (await app.ok('order.get', {})).entries.map((e) => e.teamId);
    for (const teamId of order.slice(1)) await app.ok('order.setStatus', { teamId, status: 'absent' });
    await app.chair({ type: 'nextTeam' });
    await app.chair({ type: 'start' });
    clock.advance(1000);
    const end = await app.chair({ type: 'nextTeam' });
    expect(end.state.status).toBe('empty');
    expect((await app.refused('timer.command', { type: 'nextTeam' })).code).toBe('session.noTeamWaiting');
    expect(readTimeUsed(app.db())).toEqual([
      { teamId: order[0], pitchUsedMs: 1000, pitchOvertimeMs: 0, qaUsedMs: 0 },
    ]);
  });

  it('reopens a running timer still running, from the file alone', async () => {
    const app = await sessionApp();
    await app.chair({ type: 'nextTeam' });
    await app.chair({ type: 'start' });
    clock.advance(42_000);
    const path = app.ctx.requireEventFile().path;
    closeEventFile(app.ctx.requireEventFile());
    clock.advance(3_000);
    app.ctx.eventFile = openEventFile(path);
    const snapshot = await app.ok('timer.get', {});
    expect(snapshot.state.status).toBe('running');
    expect(remainingMs(snapshot.state, snapshot.now)).toBe(300_000 - 45_000);
    expect(snapshot.thresholds).toEqual({ amberAtMs: 60_000, redAtMs: 30_000 });
  });
});
