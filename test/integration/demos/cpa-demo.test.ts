/**
 * The second demo event, "Hackathon CPA", loaded through the dispatcher into
 * a real SQLite file: the counts it states, the rooms (rooms model), each
 * room run on its laptop and merged, the final (rule, drawn order, jury of
 * five) scored and merged, and the prize tracks (the grand prize on the
 * final's track), names kept exactly. The first demo is still the default.
 */
import { describe, expect, it } from 'vitest';
import { buildResultsSheetInput } from '../../../main/core/documents-app/results-input';
import { verifyEvent } from '../../../main/core/verify/verify-event';
import { ok } from '../../support/calls';
import { testApp } from '../../support/temp';

describe('demo "Hackathon CPA"', () => {
  it('has 18 teams on 3 themes, 3 rooms × 4 jurors, a final with 5 jurors, a grand prize, 3 theme prizes and a favourite', async () => {
    const app = testApp();
    const opened = await ok(app, 'file.loadDemo', { demo: 'cpa' });
    expect(opened.path).toMatch(/demo-hackathon-cpa/);
    const db = app.ctx.requireEventFile().db;
    const event = db.prepare('SELECT name, scale_max AS s FROM event').get() as { name: string; s: number };
    expect(event).toEqual({ name: 'Hackathon CPA', s: 20 });
    const count = (table: string) =>
      (db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
    // 12 preliminary jurors and 3 who sit in the final only.
    expect([count('team'), count('juror'), count('criterion')]).toEqual([18, 15, 4]);
    // Names come through exactly (ʻokina, macrons, diacritics).
    const names = (db.prepare('SELECT name FROM member').all() as { name: string }[]).map((r) => r.name);
    expect(names).toContain('Tāmaʻa Teriʻi');
    expect(names).toContain('Léa Nguyễn');
    const teamName = (id: number) =>
      (db.prepare('SELECT name FROM team WHERE id = ?').get(id) as { name: string }).name;
    const jurorName = (id: number) =>
      (db.prepare('SELECT name FROM juror WHERE id = ?').get(id) as { name: string }).name;

    // The preliminaries: three rooms, each run on its laptop, complete and merged.
    const { rooms } = await ok(app, 'rooms.get', {});
    expect(rooms.map((r) => [r.name, r.teamIds.length, r.jurorIds.length, r.issued])).toEqual([
      ['Salle Tupaia', 6, 4, true],
      ['Salle Marie-Curie', 6, 4, true],
      ['Salle Aimé-Césaire', 6, 4, true],
    ]);
    expect(new Set(rooms.flatMap((r) => r.teamIds)).size).toBe(18);
    expect(new Set(rooms.flatMap((r) => r.jurorIds)).size).toBe(12);
    const progress = await ok(app, 'rooms.progress', {});
    for (const room of rooms)
      expect(progress.find((p) => p.id === room.id)).toMatchObject({
        submitted: 24,
        expected: 24,
        laptop: `Portable ${room.name}`,
        roomLockHash: expect.stringMatching(/^[0-9a-f]{64}$/),
      });

    // The final: the top 2 of each room, drawn order, a jury of 5 (two of them preliminary jurors), scored and merged.
    const final = await ok(app, 'rooms.final', {});
    if (!final?.room || final.trackId === null) throw new Error('the demo has no final');
    expect(final.rule).toEqual({ kind: 'topPerPool', n: 2 });
    expect(final.drawSeed).toBe('Hackathon CPA 2026 — finale');
    expect(final.finalists.map(teamName).sort()).toEqual(
      ['Accès Pour Tous', 'Motu Énergie', 'Mā Ora', 'Taote Fenua', 'Vai Ora', 'Ārea Data'].sort(),
    );
    expect(final.room.name).toBe('Grand amphithéâtre');
    expect(final.room.teamIds).toEqual(final.order);
    expect(final.room.jurorIds.map(jurorName)).toEqual([
      'Maïté Rozière',
      'Tehani Maʻiʻi',
      'Joël Kerbrat',
      'Dr Hélène Castaño',
      'Teva Rōpiti',
    ]);
    expect(final.room.issued).toBe(true);
    expect(final.room).toMatchObject({ submitted: 30, expected: 30, laptop: 'Portable Grand amphithéâtre' });
    // Every sheet is in the head's one chain, the final's events in the final round.
    const rounds = db.prepare('SELECT round_id AS r, COUNT(*) AS n FROM score_event GROUP BY round_id').all();
    expect(rounds).toEqual([
      { r: 1, n: 18 * 4 * 5 },
      { r: final.roundId, n: 6 * 5 * 5 },
    ]);
    expect(verifyEvent(db)).toMatchObject({ ok: true });

    const tracks = await ok(app, 'tracks.list', {});
    expect(tracks.map((t) => t.name)).toEqual([
      'Classement des préliminaires',
      'Prix Santé et solidarités',
      'Prix Transition écologique',
      'Prix Services publics numériques',
      'Coup de cœur du jury',
      'Grand prix du Hackathon CPA',
    ]);
    // Each theme prize holds its room: its teams, its jury.
    rooms.forEach((room, i) => {
      const theme = tracks[i + 1];
      expect(theme?.teamIds.slice().sort()).toEqual(room.teamIds.slice().sort());
      expect(theme?.jurorIds.slice().sort()).toEqual(room.jurorIds.slice().sort());
      expect(theme?.criteria).toHaveLength(4);
    });
    expect(tracks[4]?.teamIds).toHaveLength(18);
    expect(tracks[4]?.jurorIds).toHaveLength(12);
    expect(tracks[4]?.criteria).toHaveLength(2);
    // The grand prize is the final's track: the finalists, the final's jury, the final round.
    const grand = tracks[5];
    expect(grand?.id).toBe(final.trackId);
    expect(grand?.teamIds.slice().sort()).toEqual(final.order.slice().sort());
    expect(grand?.jurorIds.slice().sort()).toEqual(final.room.jurorIds.slice().sort());
    expect(grand?.roundId).toBe(final.roundId);
    const awards = await ok(app, 'awards.list', { trackId: final.trackId });
    expect(awards[0]).toMatchObject({ name: 'Grand prix du Hackathon CPA', podiumRank: 1 });
    expect((await ok(app, 'awards.list', {})).length).toBe(0);

    const views: Awaited<ReturnType<typeof ok<'results.get'>>>[] = [];
    for (const track of tracks) views.push(await ok(app, 'results.get', { trackId: track.id }));
    expect(views.map((v) => v.ranking.rows.length)).toEqual([18, 6, 6, 6, 18, 6]);
    // A theme prize is complete (its room's 6 × 4 sheets); every ranked team has a total.
    for (const view of views.slice(1, 4))
      for (const row of view.ranking.rows) {
        expect(row.sheetsExpected).toBe(4);
        expect(row.sheetsCounted).toBe(4);
        expect(typeof row.total).toBe('number');
      }
    // Each theme prize's winner is the best-ranked team of that room in the preliminaries too.
    views.slice(1, 4).forEach((view, i) => {
      const winner = view.ranking.rows[0]?.teamId;
      const inRoom = new Set(rooms[i]?.teamIds);
      const bestInPreliminaries = views[0]?.ranking.rows.find((row) => inRoom.has(row.teamId))?.teamId;
      expect(winner).toBe(bestInPreliminaries);
    });
    expect(views.slice(1, 4).map((v) => teamName(v.ranking.rows[0]?.teamId as number))).toEqual([
      'Taote Fenua',
      'Vai Ora',
      'Accès Pour Tous',
    ]);
    // The grand prize ranks the final's sheets only (5 each), not the preliminaries': the final has its own winner.
    const finalRows = views[5]?.ranking.rows ?? [];
    for (const row of finalRows) expect([row.sheetsExpected, row.sheetsCounted]).toEqual([5, 5]);
    expect(finalRows.map((r) => teamName(r.teamId))).toEqual([
      'Mā Ora',
      'Accès Pour Tous',
      'Vai Ora',
      'Taote Fenua',
      'Ārea Data',
      'Motu Énergie',
    ]);

    // The results sheet prints the final's room with its own jury, and the grand prize as the final round's ranking.
    const sheet = buildResultsSheetInput(db, { draft: true, now: new Date('2026-12-12T12:00:00Z') });
    expect(sheet.rooms?.final).toMatchObject({
      name: 'Grand amphithéâtre',
      jurors: ['Maïté Rozière', 'Tehani Maʻiʻi', 'Joël Kerbrat', 'Dr Hélène Castaño', 'Teva Rōpiti'],
      merged: { laptop: 'Portable Grand amphithéâtre' },
    });
    expect(sheet.section).toBe('Prix\u00a0: Classement des préliminaires');
    expect(sheet.tracks?.at(-1)?.section).toBe(
      'Prix\u00a0: Grand prix du Hackathon CPA — classement du tour final',
    );
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
