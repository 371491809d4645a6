/**
 * Migration 014 is additive: a file from before it opens with nothing
 * changed (declarations not required, the chair's recusals as they were),
 * and the pitch-day checklist shows who has not declared only while the chair
 * requires declarations.
 */
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { readChecklist } from '../../../main/core/checklist/day-checklist';
import { MIGRATIONS } from '../../../main/core/db/migrations';
import { declarations } from '../../../main/core/db/migrations/014-declarations';
import { closeDatabase, openDatabase } from '../../../main/core/db/open';
import { isDeclarationRequired, readDeclarationOverview } from '../../../main/core/scoring/declarations';
import { listRecusals } from '../../../main/core/scoring/recusals';
import { verifyEventFile } from '../../../main/core/verify';
import { PITCH_DAY_JURORS } from '../../support/pitch-day';
import { tempDir } from '../../support/temp';
import { identify, ok, scoringEvent } from '../scoring/fixture';

describe('migration 014 (declarations of interest)', () => {
  const dir = tempDir();

  it('opens a file from before it unchanged: nothing required, recusals kept, verifier still passes', () => {
    const path = join(dir, 'before-014.sqlite');
    const before = MIGRATIONS.indexOf(declarations);
    const raw = new Database(path);
    raw.pragma('journal_mode = DELETE');
    raw.transaction(() => {
      for (const migration of MIGRATIONS.slice(0, before)) migration.up(raw);
      raw.pragma(`user_version = ${before}`);
    })();
    raw.exec(`
      INSERT INTO team (id, name, project_title, position) VALUES (1, 'Vai Ora', 'Eau', 0);
      INSERT INTO juror (id, name, title, position) VALUES (1, 'Tāmaʻa Teriʻi', '', 0);
      INSERT INTO recusal (juror_id, team_id, reason, actor, at_utc)
        VALUES (1, 1, 'Cousine', 'chair', '2026-09-30T08:00:00.000Z');
    `);
    raw.close();
    // Read-only, not migrated: the verifier checks what is there.
    expect(verifyEventFile(path)).toMatchObject({ ok: true });

    const db = openDatabase(path);
    try {
      expect(isDeclarationRequired(db)).toBe(false);
      expect(listRecusals(db)).toEqual([
        { jurorId: 1, teamId: 1, reason: 'Cousine', actor: 'chair', atUtc: '2026-09-30T08:00:00.000Z' },
      ]);
      expect(db.prepare('SELECT declaration_seq FROM recusal').get()).toEqual({ declaration_seq: null });
      expect(readDeclarationOverview(db)).toEqual({
        required: false,
        jurors: [{ jurorId: 1, name: 'Tāmaʻa Teriʻi', declaration: null }],
      });
    } finally {
      closeDatabase(db);
    }
  });
});

describe('the pitch-day checklist and declarations', () => {
  it('lists the jurors still to declare while required, and ticks the step once all have', async () => {
    const { app, db, jurorIds } = await scoringEvent();
    expect(readChecklist(db).steps.map((s) => s.step)).not.toContain('declarations');
    await ok(app, 'declarations.setRequired', { required: true });
    const step = () => readChecklist(db).steps.find((s) => s.step === 'declarations');
    expect(step()).toEqual({ step: 'declarations', done: false, missing: [...PITCH_DAY_JURORS] });
    await ok(app, 'scoring.declare', { token: await identify(app, jurorIds[0] as number), links: [] });
    expect(step()?.missing).toEqual(PITCH_DAY_JURORS.slice(1));
    for (const jurorId of jurorIds.slice(1)) await ok(app, 'declarations.record', { jurorId, links: [] });
    expect(step()).toEqual({ step: 'declarations', done: true });
    const viaCall = await ok(app, 'checklist.get', {});
    expect(viaCall.steps.find((s) => s.step === 'declarations')?.done).toBe(true);
  });
});
