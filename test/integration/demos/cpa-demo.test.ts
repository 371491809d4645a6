/**
 * The second demo event, "Hackathon CPA", loaded through the dispatcher into
 * a real SQLite file: the counts it states, the rooms (rooms model) and the
 * prize tracks, names kept exactly, and every track's results computing once
 * each room's jury has scored its own teams. The first demo is still the default.
 */
import { describe, expect, it } from 'vitest';
import { CHAIR_ACTOR, submitSheet } from '../../../main/core/scoring/sheet-ops';
import { ok } from '../../support/calls';
import { testApp } from '../../support/temp';

describe('demo "Hackathon CPA"', () => {
  it('has 18 teams on 3 themes, 3 rooms × 4 jurors, a grand prize, 3 theme prizes and a favourite', async () => {
    const app = testApp();
    const opened = await ok(app, 'file.loadDemo', { demo: 'cpa' });
    expect(opened.path).toMatch(/demo-hackathon-cpa/);
    const db = app.ctx.requireEventFile().db;
    const event = db.prepare('SELECT name, scale_max AS s FROM event').get() as { name: string; s: number };
    expect(event).toEqual({ name: 'Hackathon CPA', s: 20 });
    const count = (table: string) =>
      (db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
    expect([count('team'), count('juror'), count('criterion')]).toEqual([18, 12, 4]);
    // Names come through exactly (ʻokina, macrons, diacritics).
    const names = (db.prepare('SELECT name FROM member').all() as { name: string }[]).map((r) => r.name);
    expect(names).toContain('Tāmaʻa Teriʻi');
    expect(names).toContain('Léa Nguyễn');

    const { rooms } = await ok(app, 'rooms.get', {});
    expect(rooms.map((r) => [r.name, r.teamIds.length, r.jurorIds.length])).toEqual([
      ['Salle Tupaia', 6, 4],
      ['Salle Marie-Curie', 6, 4],
      ['Salle Aimé-Césaire', 6, 4],
    ]);
    expect(new Set(rooms.flatMap((r) => r.teamIds)).size).toBe(18);
    expect(new Set(rooms.flatMap((r) => r.jurorIds)).size).toBe(12);

    const tracks = await ok(app, 'tracks.list', {});
    expect(tracks.map((t) => t.name)).toEqual([
      'Grand prix du Hackathon CPA',
      'Prix Santé et solidarités',
      'Prix Transition écologique',
      'Prix Services publics numériques',
      'Coup de cœur du jury',
    ]);
    // Each theme prize holds its room: its teams, its jury.
    rooms.forEach((room, i) => {
      const theme = tracks[i + 1];
      expect(theme?.teamIds.slice().sort()).toEqual(room.teamIds.slice().sort());
      expect(theme?.jurorIds.slice().sort()).toEqual(room.jurorIds.slice().sort());
      expect(theme?.criteria).toHaveLength(4);
    });
    expect(tracks[4]?.teamIds).toHaveLength(18);
    expect(tracks[4]?.criteria).toHaveLength(2);

    // Each room's jury scores its own teams (preliminaries only: no final round is scored).
    const criteria = (
      db.prepare('SELECT id FROM criterion ORDER BY position, id').all() as { id: number }[]
    ).map((c) => c.id);
    let minute = 0;
    rooms.forEach((room, r) => {
      room.teamIds.forEach((teamId, t) => {
        room.jurorIds.forEach((jurorId, j) => {
          minute += 1;
          submitSheet(
            db,
            { jurorId, teamId, actor: CHAIR_ACTOR },
            {
              scores: criteria.map((criterionId, c) => ({
                criterionId,
                value: ((r * 5 + t * 7 + j * 3 + c * 2) % 21) / 2,
              })),
              comment: null,
            },
            new Date(Date.UTC(2026, 11, 11, 9, minute)).toISOString(),
          );
        });
      });
    });

    const views: Awaited<ReturnType<typeof ok<'results.get'>>>[] = [];
    for (const track of tracks) views.push(await ok(app, 'results.get', { trackId: track.id }));
    const rows = views.map((v) => v.ranking.rows.length);
    expect(rows).toEqual([18, 6, 6, 6, 18]);
    // A theme prize is complete (its room's 6 × 4 sheets); every ranked team has a total.
    for (const view of views.slice(1, 4))
      for (const row of view.ranking.rows) {
        expect(row.sheetsExpected).toBe(4);
        expect(row.sheetsCounted).toBe(4);
        expect(typeof row.total).toBe('number');
      }
    // Each theme prize's winner is the best-ranked team of that room in the grand prize too.
    views.slice(1, 4).forEach((view, i) => {
      const winner = view.ranking.rows[0]?.teamId;
      const inRoom = new Set(rooms[i]?.teamIds);
      const bestInGrand = views[0]?.ranking.rows.find((row) => inRoom.has(row.teamId))?.teamId;
      expect(winner).toBe(bestInGrand);
    });
  });

  it('keeps the first demo as the default', async () => {
    const app = testApp();
    await ok(app, 'file.loadDemo', {});
    const db = app.ctx.requireEventFile().db;
    expect((db.prepare('SELECT name FROM event').get() as { name: string }).name).toBe(
      'Hackathon Fenua Numérique 2026',
    );
    expect((db.prepare('SELECT COUNT(*) AS n FROM team').get() as { n: number }).n).toBe(8);
    expect((await ok(app, 'tracks.list', {})).map((t) => t.name)).toEqual(['Grand prix']);
    expect((await ok(app, 'rooms.get', {})).rooms).toEqual([]);
  });
});
