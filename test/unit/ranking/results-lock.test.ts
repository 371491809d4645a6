import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../main/core/errors';
import { canonicalJson } from '../../../main/core/hashing/canonical-json';
import { computeRanking } from '../../../main/core/ranking/compute-ranking';
import { resultsHash, toLockedResults } from '../../../main/core/ranking/results-lock';
import { makeInput, totalled } from './fixtures';

function errorCode(run: () => unknown): string | null {
  try {
    run();
    return null;
  } catch (error) {
    return error instanceof DomainError ? error.code : 'other';
  }
}

describe('canonicalJson', () => {
  it('sorts keys at every depth and writes no whitespace', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 0, y: 'x' }], c: null } })).toBe(
      '{"a":{"c":null,"d":[3,{"y":"x","z":0}]},"b":1}',
    );
  });

  it('sorts keys by UTF-16 code units (capitals before lowercase, digits first)', () => {
    expect(canonicalJson({ b: 1, B: 2, '10': 3, '9': 4, é: 5 })).toBe('{"10":3,"9":4,"B":2,"b":1,"é":5}');
  });

  it('normalises numbers: −0 → 0, shortest round-trip form, exponent only where JSON uses it', () => {
    expect(canonicalJson([-0, 14, 14.5, 0.1 + 0.2, 1e21, 1e-7, 100])).toBe(
      '[0,14,14.5,0.30000000000000004,1e+21,1e-7,100]',
    );
  });

  it('refuses values with no single JSON form', () => {
    expect(errorCode(() => canonicalJson({ x: Number.NaN }))).toBe('canonicalJson.nonFiniteNumber');
    expect(errorCode(() => canonicalJson([Number.POSITIVE_INFINITY]))).toBe('canonicalJson.nonFiniteNumber');
    expect(errorCode(() => canonicalJson([1, undefined]))).toBe('canonicalJson.unsupported');
    expect(errorCode(() => canonicalJson({ at: new Date(0) }))).toBe('canonicalJson.unsupported');
    expect(errorCode(() => canonicalJson(new Map()))).toBe('canonicalJson.unsupported');
    expect(errorCode(() => canonicalJson({ n: 1n }))).toBe('canonicalJson.unsupported');
  });

  it('omits undefined properties, so an absent optional field and undefined are the same', () => {
    expect(canonicalJson({ a: 1, b: undefined })).toBe(canonicalJson({ a: 1 }));
  });

  it('writes names in NFC: a decomposed macron equals the precomposed one', () => {
    const composed = 'Tāmaʻa Teriʻi';
    const decomposed = 'Ta\u0304maʻa Teriʻi';
    expect(decomposed).not.toBe(composed);
    expect(canonicalJson({ name: decomposed })).toBe(canonicalJson({ name: composed }));
    // ʻokina (U+02BB) and macrons are written as is, not \u-escaped; quotes and controls are escaped.
    expect(canonicalJson({ name: composed })).toBe('{"name":"Tāmaʻa Teriʻi"}');
    expect(canonicalJson('say "hi"\n')).toBe('"say \\"hi\\"\\n"');
  });

  it('refuses two keys that are the same name once normalised', () => {
    expect(errorCode(() => canonicalJson({ 'Ta\u0304': 1, Tā: 2 }))).toBe('canonicalJson.duplicateKey');
  });
});

describe('resultsHash', () => {
  it('is the SHA-256 hex of the canonical JSON (vectors from sha256sum)', () => {
    // printf '%s' '{"a":[true,null],"b":1}' | sha256sum
    expect(resultsHash({ b: 1, a: [true, null] })).toBe(
      '51705a2c9eb3e7e410a58f696a770c3ac3885a0cf43eb7fc88f5e47c11d4d30d',
    );
    // printf '%s' '{"name":"Tāmaʻa Teriʻi"}' | sha256sum   (UTF-8 bytes)
    expect(resultsHash({ name: 'Ta\u0304maʻa Teriʻi' })).toBe(
      '5060f5140fb6f1851a084f623c2574f4241c0f07878adc14167535be74a06c81',
    );
  });

  it('is reproducible from the same scores and changes with any score', () => {
    const sheets = [totalled(11, 1, 12), totalled(11, 2, 15), totalled(12, 1, 9), totalled(12, 2, 16)];
    const lock = (s: typeof sheets) =>
      resultsHash(
        toLockedResults(computeRanking(makeInput({ teamIds: [1, 2], jurorIds: [11, 12], sheets: s }))),
      );
    const first = lock(sheets);
    expect(lock([...sheets].reverse())).toBe(first);
    expect(lock([...sheets.slice(0, 3), totalled(12, 2, 17)])).not.toBe(first);
    expect(first).toMatch(/^[0-9a-f]{64}$/);
  });
});
