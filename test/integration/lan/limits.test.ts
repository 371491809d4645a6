/**
 * Resource limits of the local server, with small configured limits and
 * counts (never the machine's speed): a write budget per juror login, a
 * bounded request log, slots reserved for jurors, a 413 that closes the
 * connection, error replies of bounded size, and sockets that cannot be held
 * open by sending nothing.
 */
import { connect } from 'node:net';
import { describe, expect, it } from 'vitest';
import type { CallResult } from '../../../common/contract';
import { MAX_KEYS_PER_LOGIN, runOnce } from '../../../main/core/lan/idempotency';
import { capErrorReply } from '../../../main/core/lan/server';
import { readScoreLog } from '../../../main/core/scoring/score-store';
import { fullSheet, lanApp } from './lan-app';
import { NetClient, UpgradeRefused } from './net-client';

const HANDLE = 'network.00000000';

/** What the server sends back on a raw TCP connection, and whether it closed it. */
function rawExchange(port: number, send: string[]): Promise<{ reply: string; closed: boolean }> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    let reply = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => {
      reply += chunk;
    });
    socket.on('error', () => undefined);
    socket.on('close', () => resolve({ reply, closed: true }));
    socket.on('connect', () => {
      for (const part of send) socket.write(part);
    });
  });
}

describe('resource limits of the local server', () => {
  it('gives each juror login a write budget: a page looping on writes gets refusals, not the event file', async () => {
    const lan = await lanApp({ limits: { writeBurst: 3, writesPerMinute: 0 } });
    const [a, b] = lan.jurorIds as [number, number];
    const [team] = lan.teamIds as [number];
    const phone = await NetClient.connect(lan.url, (await lan.issue(a)).token);
    const answers: Promise<CallResult<unknown>>[] = [];
    for (let i = 0; i < 10; i++) {
      answers.push(
        phone.call('scoring.saveDraft', { token: HANDLE, teamId: team, scores: fullSheet(lan, i, 3) }),
      );
    }
    await phone.ping(); // every refusal is sent before this pong
    expect(phone.refused).toHaveLength(7);
    expect(phone.refused.every((r) => r.code === 'lan.rateLimited')).toBe(true);
    expect(await Promise.all(answers.slice(0, 3))).toEqual(
      Array.from({ length: 3 }, () => expect.objectContaining({ ok: true })),
    );
    const scores = readScoreLog(lan.app.ctx.requireEventFile().db).filter(
      (e) => e.jurorId === a && e.kind === 'score',
    );
    // 3 writes: impact 0 and pitch 3, then impact 1, then impact 2.
    expect(scores.map((e) => e.value)).toEqual([0, 3, 1, 2]);
    // Reads are not writes, and another juror has a budget of their own.
    expect(await phone.call('scoring.form', { token: HANDLE })).toMatchObject({ ok: true });
    const other = await NetClient.connect(lan.url, (await lan.issue(b)).token);
    expect(
      await other.call('scoring.saveDraft', { token: HANDLE, teamId: team, scores: fullSheet(lan, 7, 3) }),
    ).toMatchObject({ ok: true });
  });

  it('merges comment-only edits over the budget into one write of the latest text', async () => {
    let now = 1_000_000;
    const lan = await lanApp({ limits: { writeBurst: 1, writesPerMinute: 60 }, clock: () => now });
    const [a] = lan.jurorIds as [number];
    const [team, other] = lan.teamIds as [number, number];
    const phone = await NetClient.connect(lan.url, (await lan.issue(a)).token);
    const draft = (comment: string) =>
      phone.call('scoring.saveDraft', { token: HANDLE, teamId: team, scores: [], comment });
    const first = await draft('Très');
    expect(first).toMatchObject({ ok: true, value: { comment: 'Très' } });
    // Typed on while the budget is spent: nothing refused, nothing written yet.
    const merged = [draft('Très clair'), draft('Très clair, bon'), draft('Très clair, bonne démo')];
    // A draft with scores over the budget is refused, not merged.
    const scored = phone.send('scoring.saveDraft', {
      token: HANDLE,
      teamId: other,
      scores: fullSheet(lan, 7, 3),
    });
    await phone.ping();
    expect(phone.refused).toEqual([{ id: scored, code: 'lan.rateLimited' }]);
    const comments = () =>
      readScoreLog(lan.app.ctx.requireEventFile().db)
        .filter((e) => e.jurorId === a && e.kind === 'comment')
        .map((e) => e.comment);
    expect(comments()).toEqual(['Très']);
    // One second later the budget has a token: the latest text is written once, and every merged call gets it.
    now += 1000;
    await phone.ping();
    const answers = await Promise.all(merged);
    for (const answer of answers)
      expect(answer).toMatchObject({ ok: true, value: { comment: 'Très clair, bonne démo' } });
    expect(comments()).toEqual(['Très', 'Très clair, bonne démo']);
  });

  it('keeps a bounded request log per login', async () => {
    const lan = await lanApp();
    const { db } = lan.app.ctx.requireEventFile();
    const { credentialId } = await lan.issue(lan.jurorIds[0] as number);
    for (let i = 0; i < MAX_KEYS_PER_LOGIN + 50; i++) {
      const atUtc = new Date(Date.UTC(2026, 8, 30, 8, 0, i)).toISOString();
      runOnce(
        db,
        { credentialId, key: `key-${String(i).padStart(12, '0')}`, name: 'x', input: i, atUtc },
        () => i,
      );
    }
    const rows = db.prepare('SELECT key FROM lan_request WHERE credential_id = ?').all(credentialId) as {
      key: string;
    }[];
    expect(rows).toHaveLength(MAX_KEYS_PER_LOGIN);
    // The newest keys are the ones kept: a phone resending its last write still gets its answer.
    expect(rows.map((r) => r.key)).toContain(`key-${String(MAX_KEYS_PER_LOGIN + 49).padStart(12, '0')}`);
    expect(rows.map((r) => r.key)).not.toContain(`key-${'0'.repeat(12)}`);
  });

  it('reserves connection slots for jurors: viewer screens cannot take them all', async () => {
    const lan = await lanApp({ limits: { maxConnections: 4, jurorReservedConnections: 2 } });
    const screens = await lan.viewer('Salle');
    const first = await NetClient.connect(lan.url, screens.token);
    const second = await NetClient.connect(lan.url, screens.token);
    await expect(NetClient.connect(lan.url, screens.token)).rejects.toEqual(new UpgradeRefused(503));
    const phone = await NetClient.connect(lan.url, (await lan.issue(lan.jurorIds[0] as number)).token);
    expect(phone.hello.role).toBe('juror');
    expect([first.hello.role, second.hello.role]).toEqual(['viewer', 'viewer']);
  });

  it('cuts a refused request short: a body over the limit gets 413 and the connection is closed', async () => {
    const lan = await lanApp({ limits: { maxBodyBytes: 1024 } });
    const port = Number(new URL(lan.url).port);
    const head = (extra: string) =>
      `POST /api/pin-login HTTP/1.1\r\nHost: ${lan.host}\r\nOrigin: ${lan.origin}\r\nContent-Type: application/json\r\n${extra}\r\n`;
    // Announced as 200 MB: refused from its headers, before any of it is read.
    const announced = await rawExchange(port, [head('Content-Length: 209715200\r\n'), 'x'.repeat(4096)]);
    expect(announced.reply).toMatch(/^HTTP\/1\.1 413/);
    expect(announced.reply).toMatch(/connection: close/i);
    expect(announced.closed).toBe(true);
    // Streamed without a length: the server stops at the limit and closes, though the client has not finished.
    const chunk = (text: string) => `${text.length.toString(16)}\r\n${text}\r\n`;
    const streamed = await rawExchange(port, [
      head('Transfer-Encoding: chunked\r\n'),
      chunk('x'.repeat(2048)),
    ]);
    expect(streamed.reply).toMatch(/^HTTP\/1\.1 413/);
    expect(streamed.closed).toBe(true);
  });

  it('caps the size of an error reply: a 50 KB bad input does not get a bigger answer', async () => {
    const lan = await lanApp({ limits: { maxErrorReplyBytes: 2048 } });
    const phone = await NetClient.connect(lan.url, (await lan.issue(lan.jurorIds[0] as number)).token);
    // An unknown key is echoed in the validation message (and its details): 50 KB in, 100 KB+ out before.
    const input = { token: HANDLE, teamId: lan.teamIds[0], scores: [], ['k'.repeat(50_000)]: 1 };
    expect(JSON.stringify(input).length).toBeGreaterThan(50_000);
    const result = await phone.call('scoring.saveDraft', input);
    expect(result).toMatchObject({ ok: false, error: { code: 'error.invalidInput' } });
    expect(JSON.stringify(result).length).toBeLessThanOrEqual(2048);
    // Small refusals pass unchanged.
    const small: CallResult<unknown> = { ok: false, error: { code: 'a', message: 'b', params: { n: 1 } } };
    expect(capErrorReply(small, 2048)).toBe(small);
  });

  it('closes sockets that send nothing, or only half a request', async () => {
    const lan = await lanApp({ limits: { idleSocketMs: 100, headersTimeoutMs: 100, requestTimeoutMs: 200 } });
    const port = Number(new URL(lan.url).port);
    // Connected, silent: closed by the server (the test would hang, then fail, if it were held).
    expect((await rawExchange(port, [])).closed).toBe(true);
    // Half the headers, then nothing.
    const half = await rawExchange(port, [`GET / HTTP/1.1\r\nHost: ${lan.host}\r\n`]);
    expect(half.closed).toBe(true);
  });
});
