/**
 * Transparent draw of the running order: a seeded shuffle whose seed is shown
 * to the room and stored, so anyone can re-run it and get the same order.
 *
 * Algorithm (version 1), precise enough to re-implement:
 *
 * 1. Canonical seed: remove spaces and dashes (U+0020, U+00A0, U+202F, tab, CR,
 *    LF, U+002D and U+2010 to U+2014); convert to upper case with the Unicode
 *    default case mapping (JavaScript `toUpperCase()`, Python `str.upper()`);
 *    normalise to NFC. So "4821-0937", "4821 0937" and "48210937" are the same
 *    seed, as are "tahiti 2025" and "TAHITI2025": what is heard is what counts.
 * 2. Hash: 32-bit FNV-1a over the UTF-8 bytes of the canonical seed:
 *    h = 0x811C9DC5; for each byte b: h = ((h XOR b) × 0x01000193) mod 2^32.
 * 3. Generator: mulberry32 with state a = h. Each draw (all arithmetic mod 2^32,
 *    `>>` a logical shift, "imul" the low 32 bits of the product):
 *      a = a + 0x6D2B79F5; t = a
 *      t = imul(t XOR (t >> 15), t OR 1)
 *      t = t XOR (t + imul(t XOR (t >> 7), t OR 61))
 *      u = t XOR (t >> 14)            (an unsigned 32-bit integer)
 * 4. Shuffle: take the team ids, without duplicates, sorted ascending by number.
 *    Fisher–Yates from the end: for i = n−1 down to 1, j = floor(u × (i+1) / 2^32)
 *    with u the next draw, swap ids[i] and ids[j]. The result is the running order.
 *
 * Reference re-implementation in Python 3 (gives the same orders):
 *
 *     import unicodedata
 *     def draw_order(team_ids, seed):
 *         for ch in ' \u00a0\u202f\t\r\n-\u2010\u2011\u2012\u2013\u2014':
 *             seed = seed.replace(ch, '')
 *         seed = unicodedata.normalize('NFC', seed.upper())
 *         h = 0x811C9DC5
 *         for b in seed.encode('utf-8'): h = ((h ^ b) * 0x01000193) & 0xFFFFFFFF
 *         a = h; ids = sorted(set(team_ids))
 *         for i in range(len(ids) - 1, 0, -1):
 *             a = (a + 0x6D2B79F5) & 0xFFFFFFFF; t = a
 *             t = ((t ^ (t >> 15)) * (t | 1)) & 0xFFFFFFFF
 *             t = t ^ ((t + (((t ^ (t >> 7)) * (t | 61)) & 0xFFFFFFFF)) & 0xFFFFFFFF)
 *             u = t ^ (t >> 14)
 *             j = (u * (i + 1)) >> 32
 *             ids[i], ids[j] = ids[j], ids[i]
 *         return ids
 *
 * Why these: FNV-1a and mulberry32 are tiny, public domain, widely published
 * and exact in every language with 32-bit integers; Fisher–Yates gives every
 * team the same chance at every place. This is about being checkable, not
 * secret: fairness comes from nobody choosing the seed after seeing the teams
 * (generate it in front of the room, or let a juror call out digits).
 */

export const DRAW_ALGORITHM_VERSION = 1;

const SEPARATORS = /[ \u00a0\u202f\t\r\n\u002d\u2010-\u2014]/g;

export function canonicalSeed(seed: string): string {
  return seed.replace(SEPARATORS, '').toUpperCase().normalize('NFC');
}

/** 32-bit FNV-1a of the UTF-8 bytes of `text`, as an unsigned integer. */
export function fnv1a32(text: string): number {
  let h = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    h = Math.imul(h ^ byte, 0x01000193) >>> 0;
  }
  return h;
}

/** mulberry32 (Tommy Ettinger, public domain): returns successive unsigned 32-bit integers. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
}

const TWO_POW_32 = 4294967296;

/** The running order drawn from `seed` (see the algorithm above). */
export function drawOrder(teamIds: readonly number[], seed: string): number[] {
  const ids = [...new Set(teamIds)].sort((a, b) => a - b);
  const next = mulberry32(fnv1a32(canonicalSeed(seed)));
  for (let i = ids.length - 1; i > 0; i--) {
    // u × (i+1) < 2^53, so this floor is exact integer arithmetic, as in the Python version.
    const j = Math.floor((next() * (i + 1)) / TWO_POW_32);
    const held = ids[i] as number;
    ids[i] = ids[j] as number;
    ids[j] = held;
  }
  return ids;
}

function cryptoUint32(): number {
  return globalThis.crypto.getRandomValues(new Uint32Array(1))[0] ?? 0;
}

const SEED_SPACE = 100_000_000;
/** The largest multiple of SEED_SPACE below 2^32: draws above it are redrawn, so every seed is equally likely. */
const UNBIASED_LIMIT = Math.floor(TWO_POW_32 / SEED_SPACE) * SEED_SPACE;

/**
 * A fresh seed like "4821-0937": eight digits because digits read aloud the
 * same way in French and English and type the same on AZERTY and QWERTY (no
 * "B or D?", no I/1 or O/0 confusion). The source of randomness is injectable
 * for tests; by default it is the Web Crypto API (present in Node and Chromium).
 */
export function makeSeed(randomUint32: () => number = cryptoUint32): string {
  let u = randomUint32() >>> 0;
  while (u >= UNBIASED_LIMIT) u = randomUint32() >>> 0;
  const digits = String(u % SEED_SPACE).padStart(8, '0');
  return `${digits.slice(0, 4)}-${digits.slice(4)}`;
}
