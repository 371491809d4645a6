/**
 * The ballot cards PDF: twelve cards per A4 page, each with its number, the
 * voting page's address and its short code (the QR code holds the token);
 * only ballots of this event with their own token and code print.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { castVote } from '../../../main/core/audience/voting';
import { renderResultsSheet } from '../../../main/core/documents/results-sheet';
import { buildResultsSheetInput } from '../../../main/core/documents-app/results-input';
import { repositoryFontDir } from '../../../main/core/documents-app/runtime';
import { lanApp } from '../lan/lan-app';
import { ok, refused } from '../scoring/fixture';

const AT = '2026-12-07T19:00:00.000Z';

describe('audience ballot cards', () => {
  it('print every ballot just created, 12 per page, in French and English; refuse a forged card', async () => {
    const lan = await lanApp();
    const pdfPath = join(lan.app.dir, 'bulletins.pdf');
    lan.app.ctx.options.platform.pickPdfDestination = async () => pdfPath;
    const { ballots } = await ok(lan.app, 'audience.createBallots', { count: 13 });
    const cards = ballots.map(({ ballotId, token, code }) => ({ ballotId, token, code }));
    expect(await ok(lan.app, 'audience.saveBallotCards', { ballots: cards, locale: 'fr' })).toEqual({
      path: pdfPath,
    });
    expect(readFileSync(pdfPath).subarray(0, 5).toString()).toBe('%PDF-');
    const info = execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' });
    expect(info).toMatch(/Pages:\s+2/);
    const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
    expect(text).toContain('Prix du public');
    expect(text).toContain('Pitch Day Papeete');
    for (const b of ballots) expect(text).toContain(b.code);
    expect(text).toContain(lan.url);

    await ok(lan.app, 'audience.saveBallotCards', { ballots: cards.slice(0, 1), locale: 'en' });
    const en = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
    expect(en).toContain('Audience prize');

    // A token that is not this ballot's card token (another ballot's) does not print.
    const [first, second] = cards as [(typeof cards)[number], (typeof cards)[number]];
    const forged = [{ ...first, token: second.token }];
    expect((await refused(lan.app, 'audience.saveBallotCards', { ballots: forged, locale: 'fr' })).code).toBe(
      'audience.cardsStale',
    );
  });

  it('need the local network on (the QR code holds its address)', async () => {
    const lan = await lanApp();
    await ok(lan.app, 'lan.stop', {});
    expect((await refused(lan.app, 'audience.createBallots', { count: 3 })).code).toBe('lan.notRunning');
  });
});

describe('the results sheet', () => {
  it('records ballots printed, used and voided, the weight, and the tally once voting closed for good', async () => {
    const lan = await lanApp();
    const [t1, t2] = lan.teamIds as [number, number];
    await ok(lan.app, 'audience.setWeight', { weight: 0.2 });
    const { ballots } = await ok(lan.app, 'audience.createBallots', { count: 4 });
    await ok(lan.app, 'audience.setVoting', { state: 'open' });
    const ids = ballots.map((b) => b.ballotId);
    castVote(lan.db, ids[0] as number, t1, AT);
    castVote(lan.db, ids[1] as number, t1, AT);
    castVote(lan.db, ids[2] as number, t2, AT);
    await ok(lan.app, 'audience.voidBallot', { ballotId: ids[2] as number, reason: '' });
    const sheet = async () => {
      const input = buildResultsSheetInput(lan.db, { draft: true, now: new Date(AT) });
      const path = join(lan.app.dir, 'pv.pdf');
      writeFileSync(path, await renderResultsSheet(input, { fontDir: repositoryFontDir() }));
      return { input, text: execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' }) };
    };
    const open = await sheet();
    expect(open.input.audience).toMatchObject({ printed: 4, used: 2, voided: 1, weight: 0.2, tally: null });
    expect(open.text).toContain('Prix du public');
    expect(open.text).toContain('Bulletins imprimés : 4 · utilisés : 2 · annulés : 1');
    expect(open.text).toContain('aucun décompte');
    await ok(lan.app, 'audience.setVoting', { state: 'final' });
    const final = await sheet();
    expect(final.input.audience?.tally?.[0]).toEqual({ teamId: t1, votes: 2 });
    expect(final.text).toContain('Poids du public déclaré avant l’ouverture du vote : 20 %');
    expect(final.text).toMatch(/Vai Ora\s+2/);
    expect(final.text).toContain(final.input.audience?.logHead as string);
  });

  it('is unchanged for an event without ballots', async () => {
    const lan = await lanApp();
    expect(buildResultsSheetInput(lan.db, { draft: true, now: new Date(AT) }).audience).toBeUndefined();
  });
});
