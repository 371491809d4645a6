import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportEventJson, importEventJson } from '../../../main/core/data/event-json';
import { DomainError } from '../../../main/core/errors';
import { readScoreLog } from '../../../main/core/scoring/score-store';
import { tempDir } from '../../support/temp';
import { ok, refused, scoringEvent } from '../scoring/fixture';

/**
 * Issue 13 item 7: a 9e-10 nudge must not be stored, or it turns a shared first
 * place into 1st/2nd "decided by first places" while every export shows equal totals.
 */
describe('scores lie exactly on the grid on every path', () => {
  it('a nudged score is stored as the grid point, so an equal tie stays a tie', async () => {
    const { app, db, teamIds, jurorIds, impact, pitch } = await scoringEvent();
    const [a, b] = teamIds as [number, number];
    await ok(app, 'results.updateSettings', { tieBreaks: [{ kind: 'first_places' }] });
    // Chair's paper grid: the same marks for two teams, one of them nudged by 9e-10.
    for (const jurorId of jurorIds) {
      for (const [teamId, nudge] of [
        [a, 9e-10],
        [b, 0],
      ] as const) {
        await ok(app, 'scores.enter', { jurorId, teamId, criterionId: impact, value: 7 + nudge });
        await ok(app, 'scores.enter', { jurorId, teamId, criterionId: pitch, value: 3.5 - nudge });
        await ok(app, 'scores.submitSheet', { jurorId, teamId });
      }
    }
    const values = readScoreLog(db)
      .filter((e) => e.kind === 'score')
      .map((e) => e.value);
    expect(new Set(values)).toEqual(new Set([7, 3.5]));
    const view = await ok(app, 'results.get', {});
    const rows = view.ranking.rows.filter((r) => r.teamId === a || r.teamId === b);
    expect(rows.map((r) => r.rank)).toEqual([1, 1]);
  });

  it('the juror form (and the phone, same operation) snaps too; a real off-step value is refused', async () => {
    const { app, db, teamIds, jurorIds, impact, pitch } = await scoringEvent();
    const token = (await ok(app, 'scoring.identify', { jurorId: jurorIds[0], pin: null })).token;
    await ok(app, 'scoring.submit', {
      token,
      teamId: teamIds[0],
      scores: [
        { criterionId: impact, value: 0.1 + 0.2 + 5.7 - 9e-10 },
        { criterionId: pitch, value: 2.5 + 4e-10 },
      ],
      comment: null,
    });
    const stored = readScoreLog(db).filter((e) => e.kind === 'score');
    expect(stored.map((e) => e.value)).toEqual([6, 2.5]);
    const error = await refused(app, 'scores.enter', {
      jurorId: jurorIds[1],
      teamId: teamIds[0],
      criterionId: pitch,
      value: 2.3,
    });
    expect(error.code).toBe('scoring.offStep');
  });
});

describe('a file from elsewhere holding a hidden fraction', () => {
  it('is refused when opened from an event JSON export, naming the entry', async () => {
    const { app, db, teamIds, jurorIds, impact } = await scoringEvent();
    await ok(app, 'scores.enter', {
      jurorId: jurorIds[0],
      teamId: teamIds[0],
      criterionId: impact,
      value: 7,
    });
    const doc = exportEventJson(db, { now: new Date('2026-09-30T19:00:00.000Z'), appVersion: 'test' });
    const row = doc.tables.score_event?.find((r) => r.kind === 'score');
    if (!row) throw new Error('no score row');
    row.value = 7 + 9e-10;
    const path = join(tempDir('test'), 'copie.sqlite');
    let caught: unknown = null;
    try {
      importEventJson(doc, path);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(DomainError);
    expect((caught as DomainError).code).toBe('eventJson.offGridScore');
    expect((caught as DomainError).params).toMatchObject({ seq: row.seq, step: 1 });
    expect(existsSync(path)).toBe(false);
  });
});
