/**
 * The PIN fallback against its clock: 5 wrong PINs per minute per juror, then
 * every attempt is refused until the oldest is a minute old; concurrent
 * guesses cannot slip past the count.
 */
import { describe, expect, it } from 'vitest';
import { issueJurorLogin, principalForToken, revokeCredential } from '../../../main/core/lan/credentials';
import {
  loginWithPin,
  MAX_PIN_FAILURES,
  PIN_WINDOW_MS,
  parseLoginCode,
} from '../../../main/core/lan/pin-login';
import { hashPin } from '../../../main/core/lan/secrets';
import { testApp } from '../../support/temp';
import { scoringEvent } from '../scoring/fixture';

const AT = '2026-09-30T08:00:00.000Z';

async function cardWithPin(pin: string) {
  const event = await scoringEvent(testApp());
  const jurorId = event.jurorIds[0] as number;
  const card = issueJurorLogin(event.db, jurorId, await hashPin(pin, 1024), AT);
  return { ...event, jurorId, code: String(card.credentialId), credentialId: card.credentialId };
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
});
