/**
 * Milestone backups, through the real scoring and results handlers: one when
 * a team receives its last expected sheet, one when the results are locked.
 */
import { describe, expect, it } from 'vitest';
import { dataApp, ok } from './data-app';

describe('milestone backups', () => {
  it('back up when a team is fully scored and when the results are locked', async () => {
    const app = await dataApp({ demo: true });
    const db = app.ctx.requireEventFile().db;
    const ids = (table: string) =>
      (db.prepare(`SELECT id FROM ${table} ORDER BY id`).all() as { id: number }[]).map((r) => r.id);
    const [jurors, criteria] = [ids('juror'), ids('criterion')];
    const [teamId] = ids('team');
    const service = app.services.backups;
    const reasons = async () => {
      await service.whenIdle();
      return (await ok(app, 'backup.status', {})).backups.map((b) => b.reason);
    };

    for (const [index, jurorId] of jurors.entries()) {
      for (const criterionId of criteria)
        await ok(app, 'scores.enter', { jurorId, teamId, criterionId, value: 7 });
      await ok(app, 'scores.submitSheet', { jurorId, teamId });
      // Nothing until the last expected sheet of the team is in.
      expect(await reasons()).toEqual(index < jurors.length - 1 ? [] : ['team-scored']);
    }
    await ok(app, 'scores.submitComplete', {}); // nothing new completed: no new backup
    expect(await reasons()).toEqual(['team-scored']);

    await ok(app, 'results.lock', {
      lockedBy: 'Présidente du jury',
      confirmedMissing: (await ok(app, 'results.lockCheck', {})).missing,
    });
    expect((await reasons()).sort()).toEqual(['results-locked', 'team-scored']);
  });
});
