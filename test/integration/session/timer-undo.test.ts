import { describe, expect, it } from 'vitest';
import { elapsedMs, timeDiscardedBy } from '../../../common/timer';
import { closeEventFile, createDemoEventFile, openEventFile } from '../../../main/core/event-file';
import { readTimer, runChairCommand, undoChairCommand } from '../../../main/core/pitch-day';
import { tempDir } from '../../support/temp';
import { sessionApp, T0, useControlledClock } from './session-app';

describe('undo of the chair’s last timer action', () => {
  const clock = useControlledClock();

  it('T pressed 2.5 s into a pitch: undo brings the team back with its 2.5 s, paused, and its Q&A still to come', async () => {
    const app = await sessionApp();
    const first = await app.chair({ type: 'nextTeam' });
    const teamId = first.state.teamId;
    await app.chair({ type: 'start' });
    clock.advance(2_500);
    const mistake = await app.chair({ type: 'nextTeam' });
    expect(mistake.state.teamId).not.toBe(teamId);
    expect(mistake.undo).toMatchObject({ action: 'nextTeam', at: T0 + 2_500 });
    const records = () => app.db().prepare('SELECT COUNT(*) AS n FROM phase_record').get() as { n: number };
    expect(records().n).toBe(1);

    clock.advance(4_000); // the chair notices a few seconds later
    const undone = await app.ok('timer.undo', {});
    expect(undone.state).toMatchObject({ teamId, phase: 'pitch', status: 'paused', accumulatedMs: 2_500 });
    expect(elapsedMs(undone.state, Date.now())).toBe(2_500);
    expect(undone.undo).toBeNull();
    expect(records().n).toBe(0);
    const order = await app.ok('order.get', {});
    expect(order.entries.find((e) => e.teamId === teamId)?.status).toBe('on_stage');
    expect(order.entries.find((e) => e.teamId === mistake.state.teamId)?.status).toBe('waiting');
    expect(order.actuals.find((a) => a.teamId === teamId)).toMatchObject({ startedAt: T0, endedAt: null });
    expect(order.actuals.find((a) => a.teamId === mistake.state.teamId)).toBeUndefined();

    // Only once, and never after another action moved the timer.
    expect((await app.refused('timer.undo', {})).code).toBe('timer.nothingToUndo');
    await app.chair({ type: 'toggle' });
    await app.chair({ type: 'adjust', deltaMs: 10_000 });
    await app.ok('timer.undo', {});
    expect((await app.ok('timer.get', {})).state.durationMs).toBe(300_000);
  });

  it('is stored with the action: the undo still works after the file is closed and reopened', () => {
    const first = createDemoEventFile(tempDir());
    const path = first.path;
    runChairCommand(first.db, { type: 'nextTeam' }, T0);
    runChairCommand(first.db, { type: 'start' }, T0);
    runChairCommand(first.db, { type: 'resetPhase' }, T0 + 61_000);
    expect(readTimer(first.db).state.accumulatedMs).toBe(0);
    closeEventFile(first);
    const reopened = openEventFile(path);
    try {
      const { snapshot } = undoChairCommand(reopened.db, T0 + 90_000);
      expect(snapshot.state).toMatchObject({ status: 'paused', accumulatedMs: 61_000 });
    } finally {
      closeEventFile(reopened);
    }
  });
});

describe('actions that discard time are the ones the chair is asked about', () => {
  const running = {
    status: 'running' as const,
    teamId: 1,
    phase: 'pitch' as const,
    durationMs: 300_000,
    startedAt: 1_000,
    accumulatedMs: 0,
    plannedPitchMs: 300_000,
    plannedQaMs: 120_000,
    teamStartedAt: 1_000,
  };
  it('asks for a next team during the pitch, a reset with time used; not for the normal end of a team', () => {
    expect(timeDiscardedBy(running, { type: 'nextTeam' }, 3_500)).toMatchObject({ usedMs: 2_500 });
    expect(timeDiscardedBy(running, { type: 'callTeam' }, 3_500)).not.toBeNull();
    expect(timeDiscardedBy(running, { type: 'resetPhase' }, 3_500)).not.toBeNull();
    expect(timeDiscardedBy({ ...running, phase: 'qa' }, { type: 'nextTeam' }, 3_500)).toBeNull();
    expect(timeDiscardedBy({ ...running, phase: 'qa' }, { type: 'resetPhase' }, 3_500)).not.toBeNull();
    expect(
      timeDiscardedBy(
        { ...running, status: 'idle', startedAt: null, teamStartedAt: null },
        { type: 'nextTeam' },
        3_500,
      ),
    ).toBeNull();
    expect(timeDiscardedBy(running, { type: 'toggle' }, 3_500)).toBeNull();
    const noQa = { ...running, plannedQaMs: 0 };
    expect(timeDiscardedBy(noQa, { type: 'nextTeam' }, 1_000 + 300_000)).toBeNull();
    expect(timeDiscardedBy(noQa, { type: 'nextTeam' }, 1_000 + 200_000)).not.toBeNull();
  });
});
