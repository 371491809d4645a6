/**
 * Resending after a Wi-Fi drop: the same idempotency key gives the first
 * answer back and changes nothing; the score log has each fact once.
 */
import { describe, expect, it } from 'vitest';
import { readScoreLog } from '../../../main/core/scoring/score-store';
import { dbSnapshot, fullSheet, lanApp } from './lan-app';
import { NetClient } from './net-client';

const HANDLE = 'network.00000000';

function kinds(lan: Awaited<ReturnType<typeof lanApp>>, jurorId: number, teamId: number): string[] {
  return readScoreLog(lan.app.ctx.requireEventFile().db)
    .filter((e) => e.jurorId === jurorId && e.teamId === teamId)
    .map((e) => e.kind);
}

describe('idempotent network writes', () => {
  it('answer a resent submit with the first answer, recording it once', async () => {
    const lan = await lanApp();
    const [juror] = lan.jurorIds as [number];
    const [team] = lan.teamIds as [number];
    const { token } = await lan.issue(juror);
    const input = { token: HANDLE, teamId: team, scores: fullSheet(lan, 8, 4.5), comment: 'Impressionnant' };

    const phone = await NetClient.connect(lan.url, token);
    const first = await phone.call('scoring.submit', input, 'submit-key-0000001');
    expect(first).toMatchObject({ ok: true, value: { status: 'submitted' } });
    // The answer got lost with the Wi-Fi: the phone reconnects and sends the same request again.
    phone.drop();
    const again = await NetClient.connect(lan.url, token);
    const resent = await again.call('scoring.submit', input, 'submit-key-0000001');
    expect(resent).toEqual(first);
    expect(kinds(lan, juror, team)).toEqual(['score', 'score', 'comment', 'submit']);

    // Without a key, the same resend is a second submit, which the core refuses: the phone would show an error.
    const unkeyed = await again.call('scoring.submit', input);
    expect(unkeyed).toMatchObject({ ok: false, error: { code: 'scoring.alreadySubmitted' } });
  });

  it('record a write cut off before its answer exactly once, whether or not it arrived', async () => {
    const lan = await lanApp();
    const [juror] = lan.jurorIds as [number];
    const teams = lan.teamIds.slice(0, 3);
    const { token } = await lan.issue(juror);
    for (const [index, team] of teams.entries()) {
      const input = { token: HANDLE, teamId: team, scores: fullSheet(lan, index + 2, 1.5) };
      const key = `cut-off-key-${String(index).padStart(6, '0')}`;
      const phone = await NetClient.connect(lan.url, token);
      phone.send('scoring.submit', input, key);
      phone.drop();
      const back = await NetClient.connect(lan.url, token);
      expect(await back.call('scoring.submit', input, key)).toMatchObject({
        ok: true,
        value: { status: 'submitted' },
      });
      expect(await back.call('scoring.submit', input, key)).toMatchObject({ ok: true });
      expect(kinds(lan, juror, team)).toEqual(['score', 'score', 'submit']);
      await back.close();
    }
  });

  it('refuse a key reused for a different request, and keep keys apart between logins', async () => {
    const lan = await lanApp();
    const [a, b] = lan.jurorIds as [number, number];
    const [team] = lan.teamIds as [number];
    const phoneA = await NetClient.connect(lan.url, (await lan.issue(a)).token);
    const phoneB = await NetClient.connect(lan.url, (await lan.issue(b)).token);
    const draft = { token: HANDLE, teamId: team, scores: fullSheet(lan, 3, 2) };
    expect(await phoneA.call('scoring.saveDraft', draft, 'shared-key-000001')).toMatchObject({ ok: true });

    const db = lan.app.ctx.requireEventFile().db;
    const before = dbSnapshot(db);
    const changed = { ...draft, scores: fullSheet(lan, 9, 5) };
    expect(await phoneA.call('scoring.saveDraft', changed, 'shared-key-000001')).toMatchObject({
      ok: false,
      error: { code: 'lan.keyReused' },
    });
    expect(dbSnapshot(db)).toBe(before);

    // B's request with the same key is B's own: it runs, on B's sheet, and does not get A's answer.
    const ofB = await phoneB.call('scoring.saveDraft', changed, 'shared-key-000001');
    expect(ofB).toMatchObject({ ok: true, value: { jurorId: b, scores: fullSheet(lan, 9, 5) } });
  });

  it('reopen once per key', async () => {
    const lan = await lanApp();
    const [juror] = lan.jurorIds as [number];
    const [team] = lan.teamIds as [number];
    const phone = await NetClient.connect(lan.url, (await lan.issue(juror)).token);
    await phone.call(
      'scoring.submit',
      { token: HANDLE, teamId: team, scores: fullSheet(lan, 4, 2) },
      'submit-0000000001',
    );
    const reopen = { token: HANDLE, teamId: team, reason: 'Erreur de saisie' };
    expect(await phone.call('scoring.reopen', reopen, 'reopen-0000000001')).toMatchObject({
      ok: true,
      value: { status: 'draft', reopenCount: 1 },
    });
    expect(await phone.call('scoring.reopen', reopen, 'reopen-0000000001')).toMatchObject({
      ok: true,
      value: { reopenCount: 1 },
    });
    expect(kinds(lan, juror, team).filter((k) => k === 'reopen')).toHaveLength(1);
  });
});
