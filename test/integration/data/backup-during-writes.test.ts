/**
 * A backup taken while scores keep being written (the real scoring calls, on
 * the same connection, interleaved with the backup's steps as they are in the
 * app) restores to a database that passes integrity_check and holds every
 * score acknowledged before the backup started, each exactly as written.
 */
import { setImmediate as nextTick } from 'node:timers/promises';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { BackupService } from '../../../main/core/data/backup-service';
import { readScoreLog, verifyScoreLog } from '../../../main/core/scoring/score-store';
import { CHAIR_ACTOR, saveSheetDraft } from '../../../main/core/scoring/sheet-ops';
import { dataApp, ok } from './data-app';

describe('a backup during score writes', () => {
  it('restores every score acknowledged before it started, with an intact file and score chain', async () => {
    const app = await dataApp({ demo: true });
    const db = app.ctx.requireEventFile().db;
    const jurors = (db.prepare('SELECT id FROM juror ORDER BY id').all() as { id: number }[]).map(
      (r) => r.id,
    );
    const teams = (db.prepare('SELECT id FROM team ORDER BY id').all() as { id: number }[]).map((r) => r.id);
    const criteria = (db.prepare('SELECT id FROM criterion ORDER BY id').all() as { id: number }[]).map(
      (r) => r.id,
    );

    let acknowledged = 0;
    let i = 0;
    /** One chair entry; the value changes every 40 calls (one round of every juror × criterion × team cell), so each call appends one event. */
    const writeOne = () => {
      const jurorId = jurors[i % jurors.length] as number;
      const teamId = teams[Math.floor(i / jurors.length) % teams.length] as number;
      const criterionId = criteria[i % criteria.length] as number;
      saveSheetDraft(
        db,
        { jurorId, teamId, actor: CHAIR_ACTOR },
        { scores: [{ criterionId, value: (Math.floor(i / 40) % 20) / 2 }] },
        new Date(Date.UTC(2026, 8, 30, 9, 0, 0) + i).toISOString(),
      );
      i++;
      acknowledged = (db.prepare('SELECT count(*) AS n FROM score_event').get() as { n: number }).n;
    };

    for (let k = 0; k < 300; k++) writeOne();
    // One page per step: the backup spans many turns of the event loop, with writes in between.
    const service = new BackupService(app.ctx, { pagesPerStep: 1 });
    let done = false;
    const ackedBeforeStart = acknowledged;
    expect(ackedBeforeStart).toBe(300); // every call appended
    const backup = service.backup('manual').finally(() => {
      done = true;
    });
    let writesDuring = 0;
    while (!done) {
      writeOne();
      writesDuring++;
      await nextTick();
    }
    const written = await backup;
    expect(writesDuring).toBeGreaterThan(5); // the writes really did interleave with the backup

    const copy = new Database(written.path, { readonly: true });
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    const copied = readScoreLog(copy);
    copy.close();
    expect(copied.length).toBeGreaterThanOrEqual(ackedBeforeStart);
    const live = readScoreLog(db);
    expect(copied).toEqual(live.slice(0, copied.length));

    // Restored through the app, the event holds exactly the copy, with an unbroken chain.
    await ok(app, 'backup.restore', { name: written.name });
    const restored = app.ctx.requireEventFile().db;
    expect(restored.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(readScoreLog(restored)).toEqual(copied);
    expect(verifyScoreLog(restored)).toMatchObject({ ok: true, count: copied.length });
  });
});
