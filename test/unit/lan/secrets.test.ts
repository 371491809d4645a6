import { describe, expect, it } from 'vitest';
import {
  hashPin,
  isTokenShaped,
  newPin,
  newToken,
  pinMatches,
  requestDigest,
  tokenDigest,
} from '../../../main/core/lan/secrets';

describe('login secrets', () => {
  it('makes 128-bit base64url tokens, all different, stored as SHA-256', () => {
    const tokens = Array.from({ length: 200 }, newToken);
    expect(new Set(tokens).size).toBe(200);
    for (const token of tokens) {
      expect(isTokenShaped(token)).toBe(true);
      expect(Buffer.from(token, 'base64url')).toHaveLength(16);
    }
    expect(tokenDigest('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(isTokenShaped('too-short')).toBe(false);
    expect(isTokenShaped('AAAAAAAAAAAAAAAAAAAAA=')).toBe(false);
  });

  it('draws 6-digit PINs, leading zeros included', () => {
    const pins = Array.from({ length: 2000 }, newPin);
    expect(pins.every((p) => /^\d{6}$/.test(p))).toBe(true);
    expect(pins.some((p) => p.startsWith('0'))).toBe(true);
  });

  it('checks a PIN against its salted hash only', async () => {
    const stored = await hashPin('012345', 1024);
    expect(stored.hash).not.toContain('012345');
    expect(await pinMatches('012345', stored)).toBe(true);
    expect(await pinMatches('012346', stored)).toBe(false);
    expect(await pinMatches('12345', stored)).toBe(false);
    expect((await hashPin('012345', 1024)).salt).not.toBe(stored.salt);
  });

  it('tells requests apart by name and input', () => {
    expect(requestDigest('scoring.submit', { a: 1 })).toBe(requestDigest('scoring.submit', { a: 1 }));
    expect(requestDigest('scoring.submit', { a: 1 })).not.toBe(requestDigest('scoring.saveDraft', { a: 1 }));
    expect(requestDigest('scoring.submit', { a: 1 })).not.toBe(requestDigest('scoring.submit', { a: 2 }));
  });
});
