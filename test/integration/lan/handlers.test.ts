/**
 * The chair's calls (`lan.*`) through the real dispatcher: status, logins,
 * devices, the login cards PDF, and what network pages hear of app events.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { testApp } from '../../support/temp';
import { ok, refused, scoringEvent } from '../scoring/fixture';
import { dbSnapshot, lanApp } from './lan-app';
import { NetClient } from './net-client';

const until = async (check: () => boolean | Promise<boolean>) => {
  while (!(await check())) await new Promise((resolve) => setTimeout(resolve, 10));
};

describe('the chair’s network calls', () => {
  it('show the network off, the interfaces and the jurors before anything is turned on', async () => {
    const app = testApp();
    await scoringEvent(app);
    const status = await ok(app, 'lan.status', {});
    expect(status).toMatchObject({ running: false, url: null, urlQrSvg: null, saved: null, devices: [] });
    expect(status.interfaces).toContainEqual({
      name: 'lo',
      address: '127.0.0.1',
      family: 'IPv4',
      internal: true,
    });
    expect(status.interfaces.some((i) => i.address === '0.0.0.0' || i.address === '::')).toBe(false);
    expect(status.jurors.map((j) => [j.name, j.credentialId])).toEqual([
      ['Hinatea Raʻiātea', null],
      ['Marc Delorme', null],
      ['Sophie Tetuanui', null],
    ]);
    expect((await refused(app, 'lan.issueJurorLogins', { jurorIds: [1] })).code).toBe('lan.notRunning');
    expect((await refused(app, 'lan.createViewerLink', { label: '' })).code).toBe('lan.notRunning');
  });

  it('issue logins shown once: tokens and PINs never stored, only their digests', async () => {
    const lan = await lanApp();
    const status = await lan.lanStatus();
    expect(status.url).toBe(`http://${lan.host}/`);
    expect(status.urlQrSvg).toMatch(/^<svg/);
    expect(status.saved).toEqual({ address: '127.0.0.1', port: Number(new URL(lan.url).port) });

    const { logins } = await ok(lan.app, 'lan.issueJurorLogins', { jurorIds: lan.jurorIds });
    expect(logins).toHaveLength(3);
    for (const login of logins) {
      expect(login.token).toMatch(/^[A-Za-z0-9_-]{22}$/);
      expect(login.pin).toMatch(/^\d{6}$/);
      expect(login.url).toBe(`${lan.url}#/juror/${login.token}`);
      expect(login.code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
      expect(login.qrSvg).toMatch(/^<svg/);
    }
    expect(new Set(logins.map((l) => l.token)).size).toBe(3);
    const stored = dbSnapshot(lan.app.ctx.requireEventFile().db);
    for (const login of logins) {
      expect(stored).not.toContain(login.token);
      expect(stored).not.toContain(`"${login.pin}"`);
    }
    expect((await refused(lan.app, 'lan.issueJurorLogins', { jurorIds: [999] })).code).toBe('error.notFound');

    const viewer = await ok(lan.app, 'lan.createViewerLink', { label: '  ' });
    expect(viewer).toMatchObject({ role: 'viewer', name: 'Écran 1', pin: null });
    expect(viewer.url).toBe(`${lan.url}#/viewer/${viewer.token}`);
  });

  it('list connected devices against their logins', async () => {
    const lan = await lanApp();
    const [a] = lan.jurorIds as [number];
    const card = await lan.issue(a);
    const phone = await NetClient.connect(lan.url, card.token);
    const status = await lan.lanStatus();
    expect(status.devices).toEqual([
      expect.objectContaining({
        role: 'juror',
        jurorId: a,
        credentialId: card.credentialId,
        label: 'Hinatea Raʻiātea',
      }),
    ]);
    expect(status.devices[0]?.remoteAddress).toMatch(/127\.0\.0\.1/);
    expect(status.jurors.find((j) => j.jurorId === a)).toMatchObject({
      credentialId: card.credentialId,
      devices: 1,
    });
    await phone.close();
    await until(async () => (await lan.lanStatus()).devices.length === 0);
  });

  it('write the login cards PDF of logins just issued, and refuse replaced ones', async () => {
    const lan = await lanApp();
    const pdfPath = join(lan.app.dir, 'cartes.pdf');
    const { logins } = await ok(lan.app, 'lan.issueJurorLogins', { jurorIds: lan.jurorIds });
    const cards = logins.map(({ credentialId, token, pin }) => ({ credentialId, token, pin }));

    expect(await ok(lan.app, 'lan.saveLoginCards', { logins: cards, locale: 'fr' })).toBeNull();
    lan.app.ctx.options.platform.pickPdfDestination = async () => pdfPath;
    expect(await ok(lan.app, 'lan.saveLoginCards', { logins: cards, locale: 'fr' })).toEqual({
      path: pdfPath,
    });
    expect(lan.app.pdfCalls.opened).toEqual([pdfPath]);
    expect(readFileSync(pdfPath).subarray(0, 5).toString()).toBe('%PDF-');
    // pdftotext writes no-break spaces as plain ones.
    const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
    expect(text).toContain('Hinatea Raʻiātea');
    expect(text).toContain('Carte de connexion du jury');
    for (const login of logins) {
      expect(text).toContain(`Code : ${login.code}`);
      expect(text).toContain(`PIN : ${login.pin?.slice(0, 3)} ${login.pin?.slice(3)}`);
    }
    expect(text).toContain(`Ouvrez ${lan.url}`);

    await ok(lan.app, 'lan.issueJurorLogins', { jurorIds: [lan.jurorIds[0] as number] });
    expect((await refused(lan.app, 'lan.saveLoginCards', { logins: cards, locale: 'en' })).code).toBe(
      'lan.cardsStale',
    );
  });

  it('forward app events to the pages whose role may see them, coalesced, without the chair’s own', async () => {
    const lan = await lanApp();
    const phone = await NetClient.connect(lan.url, (await lan.issue(lan.jurorIds[0] as number)).token);
    const screen = await NetClient.connect(lan.url, (await lan.viewer()).token);
    await ok(lan.app, 'scores.enter', {
      jurorId: lan.jurorIds[1],
      teamId: lan.teamIds[0],
      criterionId: lan.impact,
      value: 5,
    });
    await ok(lan.app, 'display.set', { message: 'Pause café' });
    await until(() => phone.events.length > 0 && screen.events.length > 0);
    const scopesOf = (client: NetClient) =>
      client.events.flatMap((e) =>
        e.name === 'event.changed' ? (e.payload as { scopes: string[] }).scopes : [],
      );
    expect(scopesOf(phone)).toEqual(expect.arrayContaining(['scores', 'display']));
    // Two changes in quick succession arrive as one push.
    expect(phone.events.filter((e) => e.name === 'event.changed')).toHaveLength(1);
    expect(scopesOf(phone)).not.toContain('lan');
  });

  it('tell only the writer’s own devices about a juror’s own score change, everyone about the chair’s', async () => {
    const lan = await lanApp();
    const [a, b] = lan.jurorIds as [number, number];
    const phoneA = await NetClient.connect(lan.url, (await lan.issue(a)).token);
    const phoneB = await NetClient.connect(lan.url, (await lan.issue(b)).token);
    const scoresEvents = (client: NetClient) =>
      client.events.filter(
        (e) => e.name === 'event.changed' && (e.payload as { scopes: string[] }).scopes.includes('scores'),
      );
    const saved = await phoneA.call('scoring.saveDraft', {
      token: 'network.00000000',
      teamId: lan.teamIds[0],
      scores: [{ criterionId: lan.impact, value: 4 }],
    });
    expect(saved.ok).toBe(true);
    await until(() => scoresEvents(phoneA).length === 1);
    // The chair's entry reaches every phone (it may concern any juror: a lock, a paper sheet).
    await ok(lan.app, 'scores.enter', {
      jurorId: b,
      teamId: lan.teamIds[1],
      criterionId: lan.impact,
      value: 5,
    });
    await until(() => scoresEvents(phoneB).length === 1 && scoresEvents(phoneA).length === 2);
    expect(scoresEvents(phoneB)).toHaveLength(1);
  });
});
