/**
 * The ballot cards PDF: twelve cards per A4 page, each with its number, the
 * voting page's address and its short code (the QR code holds the token);
 * only ballots of this event with their own token and code print.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lanApp } from '../lan/lan-app';
import { ok, refused } from '../scoring/fixture';

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
