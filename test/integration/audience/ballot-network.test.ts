/**
 * Audience ballots over the real local server (127.0.0.1, port 0) and a real
 * SQLite file: a ballot reaches its own two calls and nothing else, votes
 * once however often it sends, is refused once voided, cannot be guessed
 * (unknown tokens get no connection, typed codes are throttled), and has a
 * write budget of its own.
 */
import { request } from 'node:http';
import { describe, expect, it } from 'vitest';
import { calls } from '../../../common/contract';
import type { BallotPage, IssuedBallotView } from '../../../common/contract/audience';
import { BALLOT_CALLS, ROLE_CALLS } from '../../../common/contract/lan';
import {
  BALLOT_CODE_ATTEMPTS_PER_ADDRESS,
  BALLOT_CODE_BITS,
} from '../../../main/core/audience/ballot-secrets';
import { readAudience, readAudienceSettings } from '../../../main/core/audience/voting';
import { DomainError } from '../../../main/core/errors';
import { networkHandlers, type ViewerReads } from '../../../main/core/lan/network-handlers';
import { ballotPrincipal } from '../../../main/core/lan/roles/ballot';
import { newToken } from '../../../main/core/lan/secrets';
import { testApp } from '../../support/temp';
import { dbSnapshot, lanApp } from '../lan/lan-app';
import { NetClient, UpgradeRefused } from '../lan/net-client';
import { ok, refused } from '../scoring/fixture';

type Lan = Awaited<ReturnType<typeof lanApp>>;

async function ballots(lan: Lan, count: number): Promise<IssuedBallotView[]> {
  return (await ok(lan.app, 'audience.createBallots', { count })).ballots;
}

function connect(lan: Lan, ballot: { token: string } | string): Promise<NetClient> {
  return NetClient.connect(lan.url, typeof ballot === 'string' ? ballot : ballot.token);
}

function postJson(url: string, path: string, body: unknown): Promise<{ status: number; body: string }> {
  const target = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: target.hostname,
        port: target.port,
        method: 'POST',
        path,
        headers: { Host: target.host, Origin: target.origin, 'Content-Type': 'application/json' },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          text += chunk;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
      },
    );
    req.on('error', reject);
    req.end(JSON.stringify(body));
  });
}

const reads: ViewerReads = {
  'timer.get': () => ({}) as never,
  'display.get': () => ({}) as never,
  'ceremony.get': () => ({}) as never,
  'audience.display': () => ({}) as never,
};

describe('a ballot’s capabilities', () => {
  it('are vote.get and vote.cast; every other call of the contract refuses in the handler map itself', () => {
    expect([...BALLOT_CALLS]).toEqual(['vote.get', 'vote.cast']);
    expect(ROLE_CALLS.ballot).toBe(BALLOT_CALLS);
    // No other role may vote: a juror's phone or a viewer screen cannot cast an audience vote.
    expect(ROLE_CALLS.juror.some((n) => n.startsWith('vote.') || n.startsWith('audience.'))).toBe(false);
    // A viewer screen reads the projector's audience screen (the QR code, the count if shown), and nothing else of the vote.
    expect(ROLE_CALLS.viewer.filter((n) => n.startsWith('vote.') || n.startsWith('audience.'))).toEqual([
      'audience.display',
    ]);
    const { ctx, services } = testApp();
    const principal = ballotPrincipal({ ballotId: 1, number: 1 });
    const handlers = networkHandlers(ctx, { reads, sheets: services.sheets }, { principal, key: null });
    expect(Object.keys(handlers).sort()).toEqual(Object.keys(calls).sort());
    for (const [name, handler] of Object.entries(handlers)) {
      if ((BALLOT_CALLS as readonly string[]).includes(name)) continue;
      let refusal: unknown = null;
      try {
        (handler as (input: unknown) => unknown)({});
      } catch (error) {
        refusal = error;
      }
      expect(refusal, `ballot → ${name}`).toBeInstanceOf(DomainError);
      expect((refusal as DomainError).code).toBe('lan.forbidden');
    }
  });

  it('over the wire: every juror and chair call is refused and changes nothing', async () => {
    // A bucket big enough for one call of each name (the per-connection rate limit is not under test here).
    const lan = await lanApp({ limits: { burst: 1000, perSecond: 1000 } });
    const [ballot] = await ballots(lan, 1);
    const phone = await connect(lan, ballot as IssuedBallotView);
    expect(phone.hello).toMatchObject({ role: 'ballot', jurorId: null, label: '#1' });
    const before = dbSnapshot(lan.db);
    for (const name of Object.keys(calls)) {
      if ((BALLOT_CALLS as readonly string[]).includes(name)) continue;
      const result = await phone.call(name, {});
      expect(result.ok, name).toBe(false);
      if (!result.ok) expect(result.error.code, name).toBe('lan.forbidden');
    }
    expect(dbSnapshot(lan.db)).toBe(before);
    // Not even the window's own vote calls reach a vote: they exist for the network only.
    expect((await refused(lan.app, 'vote.cast', { teamId: lan.teamIds[0] })).code).toBe(
      'audience.networkOnly',
    );
    await phone.close();
  });
});

describe('voting over the local network', () => {
  it('one vote per ballot: changed until closed, counted once when sent twice at once, voided ballots refused', async () => {
    const lan = await lanApp();
    const [t1, t2] = lan.teamIds as [number, number];
    const [a, b, c] = (await ballots(lan, 3)) as [IssuedBallotView, IssuedBallotView, IssuedBallotView];
    const phoneA = await connect(lan, a);
    const page = (await phoneA.call('vote.get', {})) as { ok: true; value: BallotPage };
    expect(page.value).toMatchObject({ number: 1, state: 'closed', voided: false, teamId: null });
    expect(page.value.teams.map((t) => t.id)).toEqual(lan.teamIds);
    const early = await phoneA.call('vote.cast', { teamId: t1 });
    expect(early.ok ? null : early.error.code).toBe('audience.votingClosed');

    await ok(lan.app, 'audience.setVoting', { state: 'open' });
    expect(await phoneA.call('vote.cast', { teamId: t1 })).toMatchObject({ ok: true, value: { teamId: t1 } });
    // The ballot changes its mind.
    expect(await phoneA.call('vote.cast', { teamId: t2 })).toMatchObject({ ok: true, value: { teamId: t2 } });

    // The same card scanned on two phones, both sending at once, twice each.
    const b1 = await connect(lan, b);
    const b2 = await connect(lan, b);
    const answers = await Promise.all([
      b1.call('vote.cast', { teamId: t1 }),
      b2.call('vote.cast', { teamId: t1 }),
      b1.call('vote.cast', { teamId: t1 }),
      b2.call('vote.cast', { teamId: t1 }),
    ]);
    expect(answers.every((r) => r.ok)).toBe(true);
    const votesOfB = lan.db
      .prepare(
        "SELECT COUNT(*) AS n FROM audience_event e JOIN audience_ballot x ON x.id = e.ballot_id WHERE x.number = 2 AND kind = 'vote'",
      )
      .get() as { n: number };
    expect(votesOfB.n).toBe(1);

    // A voided ballot: its vote no longer counts and it cannot vote again.
    const phoneC = await connect(lan, c);
    await phoneC.call('vote.cast', { teamId: t1 });
    await ok(lan.app, 'audience.voidBallot', { ballotId: c.ballotId, reason: 'Carte trouvée par terre' });
    const afterVoid = await phoneC.call('vote.cast', { teamId: t2 });
    expect(afterVoid.ok ? null : afterVoid.error.code).toBe('audience.ballotVoided');
    expect(await phoneC.call('vote.get', {})).toMatchObject({ ok: true, value: { voided: true } });

    // While voting is open, the chair sees counts but no standings.
    const open = await ok(lan.app, 'audience.status', {});
    expect(open.counts).toEqual({ printed: 3, used: 2, voided: 1 });
    expect(open.tally).toBeNull();
    await ok(lan.app, 'audience.setVoting', { state: 'final' });
    const late = await phoneA.call('vote.cast', { teamId: t1 });
    expect(late.ok ? null : late.error.code).toBe('audience.votingFinal');
    const final = await ok(lan.app, 'audience.status', {});
    expect(Object.fromEntries((final.tally ?? []).map((t) => [t.teamId, t.votes]))).toMatchObject({
      [t1]: 1,
      [t2]: 1,
    });
    for (const phone of [phoneA, b1, b2, phoneC]) await phone.close();
  });

  it('has a write budget per ballot: a burst, then a few votes a minute', async () => {
    let now = 1_000_000;
    const lan = await lanApp({ clock: () => now, limits: { ballotWriteBurst: 3, ballotWritesPerMinute: 6 } });
    const [t1, t2] = lan.teamIds as [number, number];
    const [a] = (await ballots(lan, 1)) as [IssuedBallotView];
    await ok(lan.app, 'audience.setVoting', { state: 'open' });
    const phone = await connect(lan, a);
    const sent = [];
    for (let i = 0; i < 8; i++)
      sent.push(phone.call('vote.cast', { teamId: i % 2 ? t2 : t1 }).then((r) => r.ok));
    // Refused calls get a 'refused' frame, not a result: wait for the three accepted ones only.
    const accepted = await Promise.all(sent.slice(0, 3));
    expect(accepted).toEqual([true, true, true]);
    await expect.poll(() => phone.refused.length).toBe(5);
    expect(phone.refused.every((r) => r.code === 'lan.rateLimited')).toBe(true);
    // Reads are not writes: the page can still show its state.
    expect((await phone.call('vote.get', {})).ok).toBe(true);
    // Ten seconds later, one more vote is allowed (6 a minute).
    now += 10_000;
    expect((await phone.call('vote.cast', { teamId: t1 })).ok).toBe(true);
    expect(readAudience(lan.db).counts.used).toBe(1);
    await phone.close();
  });
});

describe('guessing a ballot', () => {
  it('an unknown or malformed token gets no connection at all', async () => {
    const lan = await lanApp();
    await ballots(lan, 5);
    for (const token of [newToken(), newToken(), 'not-a-token']) {
      await expect(connect(lan, token)).rejects.toBeInstanceOf(UpgradeRefused);
    }
    expect(BALLOT_CODE_BITS).toBe(50);
  });

  it('a typed code gives a token of its ballot; wrong codes are throttled per address, even a right code past the budget', async () => {
    let now = 5_000_000;
    const lan = await lanApp({ clock: () => now });
    const [a, b] = (await ballots(lan, 2)) as [IssuedBallotView, IssuedBallotView];
    const right = await postJson(lan.url, '/api/ballot-login', { code: a.code.toLowerCase() });
    expect(right.status).toBe(200);
    const { token } = JSON.parse(right.body) as { token: string };
    expect(token).not.toBe(a.token);
    const phone = await connect(lan, token);
    expect(phone.hello).toMatchObject({ role: 'ballot', label: '#1' });
    await phone.close();

    for (let i = 0; i < BALLOT_CODE_ATTEMPTS_PER_ADDRESS; i++) {
      const wrong = await postJson(lan.url, '/api/ballot-login', { code: `ZZZZZ-ZZZZ${i}` });
      expect(wrong.status).toBe(401);
    }
    const blocked = await postJson(lan.url, '/api/ballot-login', { code: b.code });
    expect(blocked.status).toBe(429);
    expect(readAudienceSettings(lan.db).wrongCodes).toBe(BALLOT_CODE_ATTEMPTS_PER_ADDRESS);
    // A minute later the window has moved on.
    now += 60_001;
    expect((await postJson(lan.url, '/api/ballot-login', { code: b.code })).status).toBe(200);
    expect((await postJson(lan.url, '/api/ballot-login', { nope: 1 })).status).toBe(400);
  });
});
