/**
 * The observer role (an independent witness): logs in over the local network
 * with a link the chair creates, sees progress, the score log's verification
 * and the results' fingerprint, the score log only once the results are
 * locked, and can change nothing: every call of the contract is tried, the
 * ones it may not make are refused (in front and in its handler map), and the
 * one it may make leaves the event file untouched.
 */
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { LAN_ROLE_SPECS, roleMayCall } from '../../../common/contract/lan';
import { CALL_NAMES } from '../../../common/contract/names';
import type { ObserverView } from '../../../common/contract/observer';
import { DomainError } from '../../../main/core/errors';
import { networkHandlers, type ViewerReads } from '../../../main/core/lan/network-handlers';
import { testApp } from '../../support/temp';
import { ok } from '../scoring/fixture';
import { dbSnapshot, fullSheet, lanApp } from './lan-app';
import { NetClient } from './net-client';

const reads: ViewerReads = {
  'timer.get': () => ({ revision: 0, now: 0, state: {} }) as never,
  'display.get': () => ({}) as never,
  'ceremony.get': () => ({}) as never,
  'audience.display': () => ({}) as never,
};

/** Every team scored by every juror (from the chair's paper-entry grid), so the results can be locked. */
async function scoreEverything(env: Awaited<ReturnType<typeof lanApp>>) {
  for (const [j, jurorId] of env.jurorIds.entries()) {
    for (const [i, teamId] of env.teamIds.entries()) {
      await ok(env.app, 'scores.enter', {
        jurorId,
        teamId,
        criterionId: env.impact,
        value: (i * 3 + j) % 11,
      });
      await ok(env.app, 'scores.enter', {
        jurorId,
        teamId,
        criterionId: env.pitch,
        value: ((i + j) % 11) / 2,
      });
      await ok(env.app, 'scores.submitSheet', { jurorId, teamId });
    }
  }
}

const fullSheetOf = (env: { impact: number; pitch: number }, impact: number, pitch: number) =>
  fullSheet({ impact: env.impact, pitch: env.pitch }, impact, pitch);

describe('the observer role', () => {
  it('declares one read and nothing else', () => {
    expect([...LAN_ROLE_SPECS.observer.calls]).toEqual(['observer.view']);
    expect(LAN_ROLE_SPECS.observer.idempotentCalls ?? []).toEqual([]);
    expect(LAN_ROLE_SPECS.observer.credential).toBe('link');
  });

  it('refuses every other call of the contract in its handler map', () => {
    const { ctx, services } = testApp();
    const principal = { credentialId: 1, role: 'observer' as const, jurorId: null, label: 'Maître Dupont' };
    const handlers = networkHandlers(ctx, { reads, sheets: services.sheets }, { principal, key: null });
    expect(Object.keys(handlers).sort()).toEqual([...CALL_NAMES].sort());
    for (const name of CALL_NAMES) {
      if (name === 'observer.view') continue;
      let refusal: unknown = null;
      try {
        (handlers[name] as (input: unknown) => unknown)({});
      } catch (error) {
        refusal = error;
      }
      expect(refusal, name).toBeInstanceOf(DomainError);
      expect((refusal as DomainError).code, name).toBe('lan.forbidden');
    }
  });

  it('over loopback: every call is refused but its read, which changes nothing in the event file', async () => {
    const env = await lanApp({ limits: { burst: 1000, perSecond: 1000 } });
    await scoreEverything(env);
    await ok(env.app, 'results.lock', { lockedBy: 'Présidente du jury' });
    const link = await ok(env.app, 'lan.createLink', { role: 'observer', label: 'Maître Dupont' });
    expect(link.url).toBe(`${env.url}#/observer/${link.token}`);
    const client = await NetClient.connect(env.url, link.token);
    expect(client.hello).toMatchObject({ role: 'observer', jurorId: null, label: 'Maître Dupont' });

    const { db, path } = env.app.ctx.requireEventFile();
    const witness = new Database(path, { readonly: true, fileMustExist: true });
    const dataVersion = () => witness.pragma('data_version', { simple: true });
    const totalChanges = () => (db.prepare('SELECT total_changes() AS n').get() as { n: number }).n;
    try {
      for (const name of CALL_NAMES) {
        const snapshot = dbSnapshot(db);
        const version = dataVersion();
        const changes = totalChanges();
        const result = await client.call(name, {});
        if (roleMayCall('observer', name)) {
          expect(result.ok, name).toBe(true);
        } else {
          expect(result, name).toMatchObject({ ok: false, error: { code: 'lan.forbidden' } });
        }
        expect(dataVersion(), name).toBe(version);
        expect(totalChanges(), name).toBe(changes);
        expect(dbSnapshot(db), name).toBe(snapshot);
      }
    } finally {
      witness.close();
      client.ws.close();
    }
    // The chair's own calls never moved either: the network is still on.
    expect((await env.lanStatus()).running).toBe(true);
  });

  it('sees progress, verification and the fingerprint, and the score log only once the results are locked', async () => {
    const env = await lanApp();
    const link = await ok(env.app, 'lan.createLink', { role: 'observer', label: '' });
    expect(link.name).toBe('Observateur 1');
    const status = await env.lanStatus();
    expect(status.links).toMatchObject([{ credentialId: link.credentialId, role: 'observer' }]);
    expect(status.viewers).toEqual([]);
    const client = await NetClient.connect(env.url, link.token);
    const view = async () => {
      const result = await client.call('observer.view', {});
      if (!result.ok) throw new Error(result.error.message);
      return result.value as ObserverView;
    };

    const before = await view();
    expect(before.progress.submittedTotal).toBe(0);
    expect(before.progress.expectedTotal).toBe(env.teamIds.length * env.jurorIds.length);
    expect(before.progress.jurors.map((j) => j.name)).toContain('Hinatea Raʻiātea');
    expect(before.lock).toEqual({ locked: false, atUtc: null, by: null, fingerprint: null });
    expect(before.log).toBeNull();

    await scoreEverything(env);
    const scored = await view();
    expect(scored.progress.submittedTotal).toBe(scored.progress.expectedTotal);
    expect(scored.progress.jurors.every((j) => j.submitted === env.teamIds.length)).toBe(true);
    expect(scored.verification).toMatchObject({ ok: true });
    // Scored but not locked: still no mark.
    expect(scored.log).toBeNull();

    await ok(env.app, 'results.lock', { lockedBy: 'Présidente du jury' });
    const locked = await view();
    const lockRow = env.db.prepare("SELECT hash FROM results_lock WHERE action = 'lock'").get() as {
      hash: string;
    };
    expect(locked.lock).toMatchObject({ locked: true, by: 'Présidente du jury', fingerprint: lockRow.hash });
    expect(locked.log).not.toBeNull();
    const log = locked.log ?? [];
    expect(locked.verification).toEqual({ ok: true, count: log.length, lastHash: log.at(-1)?.hash });
    expect(log.filter((e) => e.kind === 'submit')).toHaveLength(env.teamIds.length * env.jurorIds.length);
    expect(log.some((e) => e.jurorName === 'Hinatea Raʻiātea')).toBe(true);
    client.ws.close();

    // The chair revokes it: the page is shut at once.
    await ok(env.app, 'lan.revoke', { credentialId: link.credentialId });
    expect((await env.lanStatus()).links).toEqual([]);
  });

  it('is told of a juror’s own score change from a phone, which other jurors’ phones are not', async () => {
    const env = await lanApp();
    const [a, b] = env.jurorIds as [number, number];
    const phoneA = await NetClient.connect(env.url, (await env.issue(a)).token);
    const phoneB = await NetClient.connect(env.url, (await env.issue(b)).token);
    const link = await ok(env.app, 'lan.createLink', { role: 'observer', label: 'Maître Dupont' });
    const witness = await NetClient.connect(env.url, link.token);
    const scoreChanges = (client: NetClient) =>
      client.events.filter(
        (e) => e.name === 'event.changed' && (e.payload as { scopes: string[] }).scopes.includes('scores'),
      ).length;
    const submitted = await phoneA.call('scoring.submit', {
      token: 'network.00000000',
      teamId: env.teamIds[0],
      scores: fullSheetOf(env, 7, 3),
    });
    expect(submitted.ok).toBe(true);
    // Bounded by count, not time: the coalesced push arrives within a few turns of the event loop.
    for (let i = 0; i < 200 && scoreChanges(witness) === 0; i++) await new Promise((r) => setTimeout(r, 10));
    expect(scoreChanges(witness)).toBe(1);
    expect(scoreChanges(phoneA)).toBe(1);
    expect(scoreChanges(phoneB)).toBe(0);
    const view = await witness.call('observer.view', {});
    expect(view).toMatchObject({ ok: true, value: { progress: { submittedTotal: 1 } } });
    for (const c of [phoneA, phoneB, witness]) c.ws.close();
  });

  it('a juror or a link of another kind cannot be issued as a link', async () => {
    const env = await lanApp();
    const refusal = await env.app.invoke('lan.createLink', { role: 'juror', label: 'x' });
    expect(refusal).toMatchObject({ ok: false, error: { code: 'lan.notALink' } });
  });
});
