/**
 * The local server under attack, for real: a server bound to 127.0.0.1, real
 * HTTP requests and real WebSocket clients, the real dispatcher and SQLite.
 */
import { request } from 'node:http';
import { describe, expect, it } from 'vitest';
import { LAN_CLOSE } from '../../../common/contract/lan';
import { readAllSheets } from '../../../main/core/scoring/score-store';
import { ok } from '../scoring/fixture';
import { dbSnapshot, fullSheet, lanApp } from './lan-app';
import { NetClient, upgradeStatus } from './net-client';

interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A raw HTTP request: fetch would fix up Host and Origin, which is exactly what is under test. */
function raw(
  url: string,
  options: { method?: string; path?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<RawResponse> {
  const target = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: target.hostname,
        port: target.port,
        method: options.method ?? 'GET',
        path: options.path ?? '/',
        headers: { Host: target.host, ...options.headers },
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          body += chunk;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

const pinLogin = (lan: Awaited<ReturnType<typeof lanApp>>, code: string, pin: string) =>
  raw(lan.url, {
    method: 'POST',
    path: '/api/pin-login',
    headers: { Origin: lan.origin, 'Content-Type': 'application/json' },
    body: JSON.stringify({ code, pin }),
  });

describe('the local server over HTTP', () => {
  it('serves the built renderer with CSP, nosniff and no-store, and nothing outside it', async () => {
    const lan = await lanApp();
    const page = await raw(lan.url);
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect(page.headers['cache-control']).toBe('no-store');
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.headers['content-security-policy']).toContain(`connect-src 'self' ws://${lan.host}`);
    // The page's own CSP meta tag is widened to the WebSocket origin too.
    expect(page.body).toContain(`connect-src 'self' ws://${lan.host}`);
    expect((await raw(lan.url, { path: '/assets/app.js' })).headers['content-type']).toBe(
      'text/javascript; charset=utf-8',
    );
    for (const path of [
      '/.secret',
      '/..%2f..%2fetc%2fpasswd',
      '/assets/../../renderer/.secret',
      '/nope.js',
    ]) {
      expect((await raw(lan.url, { path })).status, path).toBe(404);
    }
  });

  it('refuses another Host or another Origin with 403, on requests and on the WebSocket upgrade', async () => {
    const lan = await lanApp();
    const { token } = await lan.issue(lan.jurorIds[0] as number);
    const port = new URL(lan.url).port;
    expect((await raw(lan.url, { headers: { Host: `pitch.example.org:${port}` } })).status).toBe(403);
    expect((await raw(lan.url, { headers: { Host: `localhost:${port}` } })).status).toBe(403);
    expect((await raw(lan.url, { headers: { Origin: 'http://evil.example' } })).status).toBe(403);
    expect((await raw(lan.url, { headers: { Origin: lan.origin } })).status).toBe(200);

    expect(await upgradeStatus(lan.url, token)).toBe(101);
    expect(await upgradeStatus(lan.url, token, { origin: 'http://evil.example' })).toBe(403);
    expect(await upgradeStatus(lan.url, token, { origin: null })).toBe(403);
    expect(await upgradeStatus(lan.url, token, { host: `pitch.example.org:${port}` })).toBe(403);
  });

  it('answers 401 without a valid token, on the upgrade and on the session check', async () => {
    const lan = await lanApp();
    const { token } = await lan.issue(lan.jurorIds[0] as number);
    expect(await upgradeStatus(lan.url, null)).toBe(401);
    expect(await upgradeStatus(lan.url, 'AAAAAAAAAAAAAAAAAAAAAA')).toBe(401);
    expect(await upgradeStatus(lan.url, `${token}x`)).toBe(401);
    expect((await raw(lan.url, { path: '/api/session' })).status).toBe(401);
    expect((await raw(lan.url, { path: '/api/ws' })).status).toBe(401);
    const session = await raw(lan.url, {
      path: '/api/session',
      headers: { Authorization: `Bearer ${token}` },
    });
    expect(session.status).toBe(200);
    expect(JSON.parse(session.body)).toEqual({
      role: 'juror',
      jurorId: lan.jurorIds[0],
      label: 'Hinatea Raʻiātea',
    });
  });

  it('never changes anything on GET (nor on any refused request)', async () => {
    const lan = await lanApp();
    const issued = await lan.issue(lan.jurorIds[0] as number);
    const db = lan.app.ctx.requireEventFile().db;
    const before = dbSnapshot(db);
    const paths = [
      '/',
      '/index.html',
      '/api/session',
      '/api/ws',
      '/api/pin-login',
      '/api/nope',
      '/assets/app.js',
    ];
    for (const path of paths) {
      await raw(lan.url, { path, headers: { Authorization: `Bearer ${issued.token}` } });
      await raw(lan.url, { path: `${path}?code=${issued.code}&pin=${issued.pin}` });
    }
    expect((await raw(lan.url, { path: '/api/pin-login' })).status).toBe(405);
    expect((await raw(lan.url, { method: 'POST', path: '/', headers: { Origin: lan.origin } })).status).toBe(
      405,
    );
    // A form post from another site: no Origin match, no JSON; refused before anything is read.
    const forged = await raw(lan.url, {
      method: 'POST',
      path: '/api/pin-login',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: `code=${issued.code}&pin=000000`,
    });
    expect(forged.status).toBe(403);
    expect(dbSnapshot(db)).toBe(before);
  });
});

describe('capabilities over the network', () => {
  it('keeps juror A away from juror B’s sheet, whatever A sends', async () => {
    const lan = await lanApp();
    const [a, b] = lan.jurorIds as [number, number];
    const team = lan.teamIds[0] as number;
    const phoneB = await NetClient.connect(lan.url, (await lan.issue(b)).token);
    const saved = await phoneB.call('scoring.saveDraft', {
      token: 'network.00000000',
      teamId: team,
      scores: fullSheet(lan, 7, 3),
      comment: 'Très clair',
    });
    expect(saved.ok).toBe(true);
    const laptopTokenOfB = (await ok(lan.app, 'scoring.identify', { jurorId: b, pin: null })).token;

    const phoneA = await NetClient.connect(lan.url, (await lan.issue(a)).token);
    expect(phoneA.hello).toMatchObject({ role: 'juror', jurorId: a });
    const form = await phoneA.call('scoring.form', { token: laptopTokenOfB });
    expect(form.ok).toBe(true);
    if (form.ok) {
      const value = form.value as { juror: { id: number }; teams: { sheet: unknown }[] };
      expect(value.juror.id).toBe(a);
      expect(value.teams.every((t) => t.sheet === null)).toBe(true);
    }
    expect(await phoneA.call('scoring.jurors', {})).toMatchObject({ ok: true, value: [{ id: a }] });
    expect(await phoneA.call('scoring.identify', { jurorId: b, pin: null })).toMatchObject({
      ok: false,
      error: { code: 'lan.forbidden' },
    });
    for (const [name, input] of [
      ['scores.grid', {}],
      ['scores.enter', { jurorId: b, teamId: team, criterionId: lan.impact, value: 0 }],
      ['scores.reopen', { jurorId: b, teamId: team, reason: 'x' }],
      ['recusals.set', { jurorId: b, teamId: team, reason: 'x' }],
      ['timer.command', { type: 'start' }],
      ['lan.revoke', { credentialId: 1 }],
      ['file.loadDemo', {}],
    ] as const) {
      expect(await phoneA.call(name, input), name).toMatchObject({
        ok: false,
        error: { code: 'lan.forbidden' },
      });
    }
    // Writing with B's laptop token writes A's own sheet: the juror comes from the login, never the input.
    const written = await phoneA.call('scoring.saveDraft', {
      token: laptopTokenOfB,
      teamId: team,
      scores: fullSheet(lan, 1, 1),
    });
    expect(written).toMatchObject({ ok: true, value: { jurorId: a, teamId: team } });
    const sheets = readAllSheets(lan.app.ctx.requireEventFile().db);
    const ofB = sheets.find((s) => s.jurorId === b && s.teamId === team);
    expect(ofB?.scores).toEqual({ [lan.impact]: 7, [lan.pitch]: 3 });
    expect(ofB?.comment).toBe('Très clair');
  });

  it('refuses a recused juror’s score for that team, and changes nothing', async () => {
    const lan = await lanApp();
    const [a] = lan.jurorIds as [number];
    const [recusedTeam, otherTeam] = lan.teamIds as [number, number];
    await ok(lan.app, 'recusals.set', { jurorId: a, teamId: recusedTeam, reason: 'Associée du fondateur' });
    const phone = await NetClient.connect(lan.url, (await lan.issue(a)).token);
    const db = lan.app.ctx.requireEventFile().db;
    const before = dbSnapshot(db);
    for (const name of ['scoring.saveDraft', 'scoring.submit']) {
      const result = await phone.call(
        name,
        { token: 'network.00000000', teamId: recusedTeam, scores: fullSheet(lan, 5, 2) },
        `recused-${name.replace('.', '-')}-key`,
      );
      expect(result, name).toMatchObject({ ok: false, error: { code: 'scoring.recused' } });
    }
    expect(dbSnapshot(db)).toBe(before);
    const allowed = await phone.call('scoring.submit', {
      token: 'network.00000000',
      teamId: otherTeam,
      scores: fullSheet(lan, 5, 2),
    });
    expect(allowed).toMatchObject({ ok: true, value: { status: 'submitted' } });
  });

  it('lets a viewer watch the display and the clock, and nothing else', async () => {
    const lan = await lanApp();
    const viewer = await NetClient.connect(lan.url, (await lan.viewer()).token);
    const juror = await NetClient.connect(lan.url, (await lan.issue(lan.jurorIds[0] as number)).token);
    expect(viewer.hello).toMatchObject({ role: 'viewer', jurorId: null, label: 'Salle d’attente' });
    expect(await viewer.call('display.get', {})).toMatchObject({ ok: true });
    expect(await viewer.call('ceremony.get', {})).toMatchObject({ ok: true, value: { revealed: [] } });
    for (const [name, input] of [
      ['scoring.saveDraft', { token: 'network.00000000', teamId: lan.teamIds[0], scores: [] }],
      ['scoring.form', { token: 'network.00000000' }],
      ['scoring.identify', { jurorId: lan.jurorIds[0], pin: null }],
      ['timer.command', { type: 'nextTeam' }],
      ['display.set', { mode: 'message', message: 'Hacked' }],
      ['results.get', {}],
      ['scores.progress', {}],
    ] as const) {
      expect(await viewer.call(name, input), name).toMatchObject({
        ok: false,
        error: { code: 'lan.forbidden' },
      });
    }
    // The chair's commands reach the viewer as pushes; the juror's phone does not need the clock.
    await ok(lan.app, 'timer.command', { type: 'nextTeam' });
    const pushed = await viewer.call('timer.get', {});
    expect(pushed).toMatchObject({ ok: true });
    expect(viewer.events.some((e) => e.name === 'timer.changed')).toBe(true);
    expect(juror.events.some((e) => e.name === 'timer.changed')).toBe(false);
  });
});

describe('logins', () => {
  it('stop working at once when revoked or replaced: open sockets close, new ones get 401', async () => {
    const lan = await lanApp();
    const [a, b] = lan.jurorIds as [number, number];
    const first = await lan.issue(a);
    const phone = await NetClient.connect(lan.url, first.token);
    await ok(lan.app, 'lan.revoke', { credentialId: first.credentialId });
    expect((await phone.closed).code).toBe(LAN_CLOSE.revoked);
    expect(await upgradeStatus(lan.url, first.token)).toBe(401);

    const old = await lan.issue(b);
    const oldPhone = await NetClient.connect(lan.url, old.token);
    const replacement = await lan.issue(b);
    expect((await oldPhone.closed).code).toBe(LAN_CLOSE.revoked);
    expect(await upgradeStatus(lan.url, old.token)).toBe(401);
    expect(await upgradeStatus(lan.url, replacement.token)).toBe(101);
    expect((await lan.lanStatus()).jurors.find((j) => j.jurorId === b)?.credentialId).toBe(
      replacement.credentialId,
    );
  });

  it('throttle PIN guessing: the 6th attempt within a minute is refused, even with the right PIN', async () => {
    const lan = await lanApp();
    const [a, b] = lan.jurorIds as [number, number];
    const card = await lan.issue(a);
    const other = await lan.issue(b);
    const wrong = card.pin === '000000' ? '111111' : '000000';
    for (let attempt = 1; attempt <= 5; attempt++) {
      expect((await pinLogin(lan, card.code, wrong)).status, `attempt ${attempt}`).toBe(401);
    }
    const sixth = await pinLogin(lan, card.code, card.pin as string);
    expect(sixth.status).toBe(429);
    // The chair's Network page is told of the attempts on A's login.
    expect((await lan.lanStatus()).jurors.find((j) => j.jurorId === a)).toMatchObject({
      failedPins: 5,
      legacyCode: false,
    });
    expect(card.code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(Number(sixth.headers['retry-after'])).toBeGreaterThan(0);
    // Another juror is not locked out by someone guessing A's PIN.
    const granted = await pinLogin(lan, other.code, `${other.pin?.slice(0, 3)} ${other.pin?.slice(3)}`);
    expect(granted.status).toBe(200);
    const { token } = JSON.parse(granted.body) as { token: string };
    const phone = await NetClient.connect(lan.url, token);
    expect(phone.hello).toMatchObject({ role: 'juror', jurorId: b });
    // Revoking the card revokes the tokens obtained with its PIN.
    await ok(lan.app, 'lan.revoke', { credentialId: other.credentialId });
    expect((await phone.closed).code).toBe(LAN_CLOSE.revoked);
    expect(await upgradeStatus(lan.url, token)).toBe(401);
  });
});

describe('the WebSocket', () => {
  it('closes on an oversized, binary or malformed frame', async () => {
    const lan = await lanApp();
    const { token } = await lan.issue(lan.jurorIds[0] as number);
    const big = await NetClient.connect(lan.url, token);
    big.sendRaw(
      JSON.stringify({ t: 'call', id: 1, name: 'scoring.form', input: { token: 'x'.repeat(70_000) } }),
    );
    expect((await big.closed).code).toBe(1009);
    const binary = await NetClient.connect(lan.url, token);
    binary.sendRaw(Buffer.from([1, 2, 3]));
    expect((await binary.closed).code).toBe(LAN_CLOSE.protocol);
    const malformed = await NetClient.connect(lan.url, token);
    malformed.sendRaw('{"t":"call","id":1,"name":"scoring.form"');
    expect((await malformed.closed).code).toBe(LAN_CLOSE.protocol);
  });

  it('refuses messages beyond the connection’s rate, then closes a connection that keeps flooding', async () => {
    const lan = await lanApp({ limits: { burst: 5, perSecond: 0, maxStrikes: 20 } });
    const client = await NetClient.connect(lan.url, (await lan.issue(lan.jurorIds[0] as number)).token);
    const answered = await Promise.all([1, 2, 3, 4, 5].map(() => client.ping()));
    expect(answered).toHaveLength(5);
    for (let i = 0; i < 10; i++) client.sendRaw(JSON.stringify({ t: 'ping', id: 100 + i, c: 0 }));
    for (let i = 0; i < 20; i++) client.sendRaw(JSON.stringify({ t: 'ping', id: 200 + i, c: 0 }));
    expect((await client.closed).code).toBe(LAN_CLOSE.rateLimited);
    expect(client.refused.length).toBe(20);
    expect(client.refused[0]).toEqual({ id: 100, code: 'lan.rateLimited' });
  });
});

describe('the server’s life', () => {
  it('is off by default and listens on one chosen interface, never on all of them', async () => {
    const lan = await lanApp();
    await ok(lan.app, 'lan.stop', {});
    expect((await lan.lanStatus()).running).toBe(false);
    for (const address of ['0.0.0.0', '::', '10.254.254.254', 'localhost']) {
      const result = await lan.app.invoke('lan.start', { address, port: 0 });
      expect(result, address).toMatchObject({ ok: false, error: { code: 'lan.badAddress' } });
    }
    expect((await lan.lanStatus()).running).toBe(false);
  });

  it('stops when the event it serves is closed, closing every connection', async () => {
    const lan = await lanApp();
    const phone = await NetClient.connect(lan.url, (await lan.issue(lan.jurorIds[0] as number)).token);
    await ok(lan.app, 'file.new', { name: 'Autre événement' });
    expect((await phone.closed).code).toBe(LAN_CLOSE.stopped);
    expect((await lan.lanStatus()).running).toBe(false);
    await expect(raw(lan.url)).rejects.toThrow();
  });
});
