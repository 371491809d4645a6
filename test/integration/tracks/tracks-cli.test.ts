import { describe, expect, it } from 'vitest';
import { resultsCommand, resultsReport } from '../../../main/core/results/cli-command';
import { scoredEvent } from '../data/scored-event';
import { ok } from '../scoring/fixture';

const capture = (args: string[]) => {
  const lines: string[] = [];
  resultsCommand(args, { out: (l) => lines.push(l), err: (l) => lines.push(l) });
  return lines;
};

describe('npm run cli -- results with prize tracks', () => {
  it('prints one section per track, each ranking as the app shows it', async () => {
    const { app, db } = await scoredEvent({ lock: false });
    const path = app.ctx.requireEventFile().path;
    const single = capture([path, '--lang', 'fr']);
    expect(single.some((l) => l.startsWith('=='))).toBe(false);

    const ids = (table: string) =>
      (db.prepare(`SELECT id FROM ${table} ORDER BY position, id`).all() as { id: number }[]).map(
        (r) => r.id,
      );
    const track = await ok(app, 'tracks.create', { name: 'Coup de cœur de Tāmaʻa Teriʻi' });
    await ok(app, 'tracks.setTeams', { trackId: track.id, teamIds: ids('team').slice(2, 5) });
    await ok(app, 'tracks.setJurors', { trackId: track.id, jurorIds: ids('juror') });
    await ok(app, 'tracks.setCriteria', {
      trackId: track.id,
      criteria: [{ criterionId: ids('criterion')[3], weight: 1 }],
    });
    await ok(app, 'results.lock', { trackId: track.id, lockedBy: 'Présidente du jury' });
    await ok(app, 'tracks.create', { name: 'Pas encore prêt' }); // no criteria: left out

    const report = resultsReport(path, { locale: 'fr' });
    const view = await ok(app, 'results.get', { trackId: track.id });
    expect(report.track).toBe('Grand prix');
    expect(report.tracks?.map((t) => t.track)).toEqual(['Coup de cœur de Tāmaʻa Teriʻi']);
    const theme = report.tracks?.[0];
    expect(theme?.locked).toBe(true);
    expect(theme?.fingerprint).toBe(view.lock.current?.hash);
    expect(theme?.rows.map((r) => [r.teamId, r.rank, r.total])).toEqual(
      view.ranking.rows.map((r) => [r.teamId, r.rank, r.total]),
    );

    const lines = capture([path, '--lang', 'fr']);
    expect(lines[0]).toBe('== Grand prix ==');
    const at = lines.indexOf('== Coup de cœur de Tāmaʻa Teriʻi ==');
    expect(at).toBeGreaterThan(0);
    expect(lines.slice(at).join('\n')).toContain(view.lock.current?.hash as string);
    expect(lines.slice(0, at)).toEqual(['== Grand prix ==', ...single, '']);
  });
});
