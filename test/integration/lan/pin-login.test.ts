/**
 * The PIN fallback against its clock: 5 wrong PINs per minute per (login,
 * device), then that device's attempts are refused until the oldest is a
 * minute old (another device is never locked out); concurrent guesses cannot
 * slip past the count; codes are random and unknown codes cost the same check.
 */
import { describe, expect, it } from 'vitest';
import {
  issueJurorLogin,
  listCredentials,
  principalForToken,
  revokeCredential,
} from '../../../main/core/lan/credentials';
import {
  loginWithPin,
  MAX_PIN_FAILURES,
  PIN_WINDOW_MS,
  parseLoginCode,
} from '../../../main/core/lan/pin-login';
import { hashPin, PIN_COST, type PinHash, pinMatches } from '../../../main/core/lan/secrets';
import { testApp } from '../../support/temp';
import { scoringEvent } from '../scoring/fixture';

const AT = '2026-09-30T08:00:00.000Z';

async function cardWithPin(pin: string) {
  const event = await scoringEvent(testApp());
  const jurorId = event.jurorIds[0] as number;
  const card = issueJurorLogin(event.db, jurorId, await hashPin(pin, 1024), AT);
  return { ...event, jurorId, code: card.loginCode as string, credentialId: card.credentialId };
}

describe('the PIN login', () => {
  it('gives a token of the juror’s own login for the right code and PIN', async () => {
    const { db, code, jurorId } = await cardWithPin('482193');
    const result = await loginWithPin(db, code, '482193', 0, AT);
    expect(result).toMatchObject({ ok: true, principal: { role: 'juror', jurorId } });
    if (result.ok) expect(principalForToken(db, result.token)).toMatchObject({ jurorId });
    expect(await loginWithPin(db, '999', '482193', 0, AT)).toEqual({ ok: false, reason: 'wrong' });
    expect(await loginWithPin(db, code, '482194', 0, AT)).toEqual({ ok: false, reason: 'wrong' });
  });

  it('refuses the 6th attempt within a minute, right PIN or not, until the oldest failure expires', async () => {
    const { db, code } = await cardWithPin('482193');
    const start = 1_000_000;
    for (let i = 0; i < MAX_PIN_FAILURES; i++) {
      expect(await loginWithPin(db, code, '000000', start + i * 1000, AT)).toEqual({
        ok: false,
        reason: 'wrong',
      });
    }
    expect(await loginWithPin(db, code, '482193', start + 30_000, AT)).toEqual({
      ok: false,
      reason: 'throttled',
      retryAfterMs: PIN_WINDOW_MS - 30_000,
    });
    expect((await loginWithPin(db, code, '482193', start + PIN_WINDOW_MS - 1, AT)).ok).toBe(false);
    expect((await loginWithPin(db, code, '482193', start + PIN_WINDOW_MS + 1, AT)).ok).toBe(true);
  });

  it('counts concurrent guesses before checking them', async () => {
    const { db, code } = await cardWithPin('482193');
    const guesses = await Promise.all(
      Array.from({ length: 12 }, (_, i) => loginWithPin(db, code, String(100_000 + i), 5_000, AT)),
    );
    expect(guesses.filter((g) => !g.ok && g.reason === 'wrong')).toHaveLength(MAX_PIN_FAILURES);
    expect(guesses.filter((g) => !g.ok && g.reason === 'throttled')).toHaveLength(12 - MAX_PIN_FAILURES);
  });

  it('refuses the PIN of a revoked card, and reads codes strictly', async () => {
    const { db, code, credentialId } = await cardWithPin('482193');
    revokeCredential(db, credentialId, AT);
    expect(await loginWithPin(db, code, '482193', 0, AT)).toEqual({ ok: false, reason: 'wrong' });
    expect(parseLoginCode(' 12 ')).toBe(12);
    for (const bad of ['0', '-1', '1e3', '12a', '', '1234567890'])
      expect(parseLoginCode(bad), bad).toBeNull();
  });

  it('counts failures per (login, device): 15 wrong PINs a minute from one device never lock out the juror’s phone', async () => {
    const { db, code, credentialId } = await cardWithPin('482193');
    const attacker = { device: '10.0.0.66' };
    const phone = { device: '10.0.0.12' };
    const start = 5_000_000;
    let refusedForJuror = 0;
    // 13 minutes of 15 wrong PINs a minute (one every 4 s) from one device; the juror logs in once a minute.
    for (let minute = 0; minute < 13; minute++) {
      for (let i = 0; i < 15; i++) {
        const at = start + minute * PIN_WINDOW_MS + i * 4_000;
        const guess = await loginWithPin(db, code, String(100_000 + i), at, AT, attacker);
        expect(guess.ok).toBe(false);
      }
      const at = start + minute * PIN_WINDOW_MS + 30_000;
      if (!(await loginWithPin(db, code, '482193', at, AT, phone)).ok) refusedForJuror += 1;
    }
    expect(refusedForJuror).toBe(0);
    // The guessing device itself is throttled after 5 failures.
    expect(
      await loginWithPin(db, code, '482193', start + 13 * PIN_WINDOW_MS - 1, AT, attacker),
    ).toMatchObject({
      ok: false,
      reason: 'throttled',
    });
    // The chair sees the attempts on that login.
    const listed = listCredentials(db).jurors.find((j) => j.credentialId === credentialId);
    expect(listed?.failedPins).toBe(13 * 5);
    expect(listed?.lastFailedPinUtc).toBe(AT);
  });

  it('issues random codes (8 Crockford symbols), never the login’s number, and reads them as typed', async () => {
    const { db, code, credentialId, jurorIds } = await cardWithPin('482193');
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{8}$/);
    expect(code).not.toBe(String(credentialId));
    const others = new Set<string>([code]);
    for (const jurorId of jurorIds.slice(1)) {
      others.add(
        issueJurorLogin(db, jurorId as number, await hashPin('111111', 1024), AT).loginCode as string,
      );
    }
    expect(others.size).toBe(jurorIds.length);
    // The number that used to be the code does not log in; the code typed loosely does.
    expect(await loginWithPin(db, String(credentialId), '482193', 0, AT)).toEqual({
      ok: false,
      reason: 'wrong',
    });
    const typed = `${code.slice(0, 4).toLowerCase()} - ${code.slice(4)}`.replace(/0/g, 'o');
    expect((await loginWithPin(db, typed, '482193', 0, AT)).ok).toBe(true);
  });

  it('keeps the printed number of a card issued before codes were random working', async () => {
    const { db, credentialId, jurorId } = await cardWithPin('482193');
    // A login as version 005 wrote it: no random code.
    db.prepare('UPDATE lan_credential SET login_code = NULL WHERE id = ?').run(credentialId);
    expect((await loginWithPin(db, String(credentialId), '482193', 0, AT)).ok).toBe(true);
    expect(listCredentials(db).jurors.find((j) => j.jurorId === jurorId)?.legacyCode).toBe(true);
  });

  it('runs the same PIN check for a code that names no login as for a real one (no timing oracle)', async () => {
    const event = await scoringEvent(testApp());
    const card = issueJurorLogin(event.db, event.jurorIds[0] as number, await hashPin('482193'), AT);
    const checks: PinHash[] = [];
    const check = (pin: string, stored: PinHash) => {
      checks.push(stored);
      return pinMatches(pin, stored);
    };
    expect(await loginWithPin(event.db, card.loginCode as string, '000001', 0, AT, { check })).toEqual({
      ok: false,
      reason: 'wrong',
    });
    for (const unknown of ['ZZZZ-ZZZZ', '424242', 'not a code', ''])
      expect(await loginWithPin(event.db, unknown, '000001', 0, AT, { check })).toEqual({
        ok: false,
        reason: 'wrong',
      });
    // One scrypt at the production cost each time, whatever the code.
    expect(checks.map((c) => c.cost)).toEqual([PIN_COST, PIN_COST, PIN_COST, PIN_COST, PIN_COST]);
  });
});
