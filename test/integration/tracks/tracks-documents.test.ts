import { describe, expect, it } from 'vitest';
import { defaultFontDir } from '../../../main/core/documents/fonts';
import { renderDocument } from '../../../main/core/documents/render';
import {
  buildCertificatesInput,
  lockedAwardGrants,
} from '../../../main/core/documents-app/certificate-input';
import { buildResultsSheetInput } from '../../../main/core/documents-app/results-input';
import { scoredEvent } from '../data/scored-event';
import { pdfPages } from '../documents/pdf-tools';
import { ok } from '../scoring/fixture';

const now = new Date('2026-09-30T19:00:00.000Z');

/** The demo event, a theme track over four teams, podiums in both, both tracks locked. */
async function lockedTracks() {
  const { app, db } = await scoredEvent({ lock: false });
  const ids = (table: string) =>
    (db.prepare(`SELECT id FROM ${table} ORDER BY position, id`).all() as { id: number }[]).map((r) => r.id);
  const [teams, jurors, criteria] = [ids('team'), ids('juror'), ids('criterion')];
  const track = await ok(app, 'tracks.create', { name: 'Thème santé' });
  await ok(app, 'tracks.setTeams', { trackId: track.id, teamIds: teams.slice(0, 4) });
  await ok(app, 'tracks.setJurors', { trackId: track.id, jurorIds: jurors.slice(1, 4) });
  await ok(app, 'tracks.setCriteria', {
    trackId: track.id,
    criteria: criteria.slice(0, 2).map((criterionId) => ({ criterionId, weight: 1 })),
  });
  await ok(app, 'awards.create', {
    trackId: track.id,
    kind: 'podium',
    name: 'Prix santé',
    podiumRank: 1,
    teamId: null,
  });
  await ok(app, 'awards.addPodium', {});
  return { app, db, trackId: track.id };
}

describe('documents with prize tracks', () => {
  it('the results sheet has one section per track, each with its own fingerprint', async () => {
    const { app, db, trackId } = await lockedTracks();
    // Only the main track locked: a final sheet holds it alone; the draft holds both.
    const main = await ok(app, 'results.lock', {
      lockedBy: 'Présidente du jury',
      confirmedMissing: (await ok(app, 'results.lockCheck', {})).missing,
    });
    expect(buildResultsSheetInput(db, { draft: false, now }).tracks).toBeUndefined();
    expect(buildResultsSheetInput(db, { draft: true, now }).tracks?.map((t) => t.section)).toEqual([
      'Prix\u00a0: Thème santé',
    ]);
    const theme = await ok(app, 'results.lock', { trackId, lockedBy: 'Présidente du jury' });
    const input = buildResultsSheetInput(db, { draft: false, now });
    expect(input).toMatchObject({ section: 'Prix\u00a0: Grand prix', resultsHash: main.current?.hash });
    expect(input.tracks).toHaveLength(1);
    const section = input.tracks?.[0];
    expect(section).toMatchObject({
      section: 'Prix\u00a0: Thème santé',
      draft: false,
      resultsHash: theme.current?.hash,
    });
    expect(section?.teams).toHaveLength(4);
    expect(section?.jurors).toHaveLength(3);
    expect(section?.criteria).toHaveLength(2);

    const pages = pdfPages(
      await renderDocument(input, { fontDir: defaultFontDir(), createdAt: now.toISOString() }),
    );
    const themeStart = pages.findIndex(
      (p) => p.includes('Prix : Thème santé') || p.includes('Prix\u00a0: Thème santé'),
    );
    expect(themeStart).toBeGreaterThan(0);
    expect(pages[0]).toContain(main.current?.hash.slice(0, 16));
    expect(pages[themeStart]).toContain(theme.current?.hash.slice(0, 16));
    expect(pages.at(-1)).toContain(theme.current?.hash.slice(0, 16));
  });

  it('certificates name the prize and its track', async () => {
    const { app, db, trackId } = await lockedTracks();
    await ok(app, 'results.lock', { trackId, lockedBy: 'Présidente du jury' });
    // Only the theme track locked: its prizes are printable already.
    expect(lockedAwardGrants(db)?.map((g) => g.name)).toEqual(['Prix santé — Thème santé']);
    await ok(app, 'results.lock', {
      lockedBy: 'Présidente du jury',
      confirmedMissing: (await ok(app, 'results.lockCheck', {})).missing,
    });
    const names = buildCertificatesInput(db, 'awards').awards.map((a) => a.name);
    expect(names).toContain('Premier prix — Grand prix');
    expect(names).toContain('Prix santé — Thème santé');
  });
});
