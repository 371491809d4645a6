import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  appendScoreEvent,
  GENESIS_HASH,
  hashScoreEvent,
  type ScoreEventDraft,
  type StoredScoreEvent,
  verifyChain,
} from '../../../main/core/scoring/hash-chain';

function draft(overrides: Partial<ScoreEventDraft> = {}): ScoreEventDraft {
  return {
    jurorId: 11,
    teamId: 1,
    criterionId: 101,
    value: 4,
    kind: 'score',
    comment: null,
    actor: 'juror:11',
    atUtc: '2022-09-30T18:42:07.250Z',
    reason: null,
    ...overrides,
  };
}

function buildLog(drafts: ScoreEventDraft[]): StoredScoreEvent[] {
  const log: StoredScoreEvent[] = [];
  for (const d of drafts) log.push(appendScoreEvent(log.at(-1) ?? null, d));
  return log;
}

describe('hashScoreEvent', () => {
  it('is the SHA-256 of the canonical JSON of the event fields, prevHash included', () => {
    const event = { ...draft({ comment: 'Très clair, «\u00a0wow\u00a0»' }), seq: 1, prevHash: GENESIS_HASH };
    const text =
      '{"actor":"juror:11","atUtc":"2022-09-30T18:42:07.250Z","comment":"Très clair, «\u00a0wow\u00a0»",' +
      '"criterionId":101,"jurorId":11,"kind":"score","prevHash":"' +
      GENESIS_HASH +
      '","reason":null,"seq":1,"teamId":1,"value":4}';
    expect(hashScoreEvent(event)).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
  });

  it('ignores properties outside the event (the stored hash, database columns)', () => {
    const event = { ...draft(), seq: 3, prevHash: 'ab'.repeat(32) };
    const withExtras = { ...event, hash: 'whatever', rowid: 99 } as typeof event;
    expect(hashScoreEvent(withExtras)).toBe(hashScoreEvent(event));
  });

  it('hashes an absent comment like a null one (SQLite gives null back)', () => {
    const { comment: _omit, ...noComment } = draft();
    expect(hashScoreEvent({ ...noComment, seq: 1, prevHash: GENESIS_HASH })).toBe(
      hashScoreEvent({ ...draft(), seq: 1, prevHash: GENESIS_HASH }),
    );
  });
});

describe('appendScoreEvent and verifyChain', () => {
  const log = buildLog([
    draft(),
    draft({ criterionId: 102, value: 3 }),
    draft({ kind: 'comment', criterionId: null, value: null, comment: 'Belle démo' }),
    draft({ kind: 'submit', criterionId: null, value: null }),
    draft({ kind: 'reopen', criterionId: null, value: null, actor: 'chair', reason: 'typo on paper sheet' }),
  ]);

  it('numbers events from 1 and links each to the previous hash', () => {
    expect(log.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5]);
    expect(log[0]?.prevHash).toBe(GENESIS_HASH);
    for (let i = 1; i < log.length; i += 1) expect(log[i]?.prevHash).toBe(log[i - 1]?.hash);
  });

  it('accepts an intact log and returns its last hash', () => {
    expect(verifyChain(log)).toEqual({ ok: true, count: 5, lastHash: log[4]?.hash });
    expect(verifyChain([])).toEqual({ ok: true, count: 0, lastHash: GENESIS_HASH });
  });

  it('reports a removed event where the gap starts', () => {
    const removed = [...log.slice(0, 2), ...log.slice(3)];
    expect(verifyChain(removed)).toEqual({ ok: false, brokenAtSeq: 3, storedSeq: 4, reason: 'chain.seqGap' });
  });

  it('reports a removed-and-renumbered event at the first event that no longer links', () => {
    const renumbered = [...log.slice(0, 2), ...log.slice(3)].map((e, i) => ({ ...e, seq: i + 1 }));
    // Event 3 (formerly 4) now has seq 3: its prevHash points at the removed event.
    expect(verifyChain(renumbered)).toMatchObject({
      ok: false,
      brokenAtSeq: 3,
      reason: 'chain.prevHashMismatch',
    });
  });

  it('reports an edited value at that event, even with the hash recomputed', () => {
    const edited = log.map((e) => (e.seq === 2 ? { ...e, value: 5 } : e));
    expect(verifyChain(edited)).toEqual({
      ok: false,
      brokenAtSeq: 2,
      storedSeq: 2,
      reason: 'chain.hashMismatch',
    });
    const rehashed = edited.map((e) => (e.seq === 2 ? { ...e, hash: hashScoreEvent(e) } : e));
    expect(verifyChain(rehashed)).toMatchObject({
      ok: false,
      brokenAtSeq: 3,
      reason: 'chain.prevHashMismatch',
    });
  });

  it('reports an event that cannot be hashed', () => {
    const broken = log.map((e) => (e.seq === 1 ? { ...e, value: Number.NaN } : e));
    expect(verifyChain(broken)).toMatchObject({ ok: false, brokenAtSeq: 1, reason: 'chain.unhashable' });
  });
});

// ---- Property: any single-field mutation of any event is detected at exactly that event. ----

type Field = keyof StoredScoreEvent;
const FIELDS: Field[] = [
  'seq',
  'jurorId',
  'teamId',
  'criterionId',
  'value',
  'kind',
  'comment',
  'actor',
  'atUtc',
  'reason',
  'prevHash',
  'hash',
];

/** A different value of a plausible type for the field (never equal to the current one). */
function mutate(event: StoredScoreEvent, field: Field, salt: number): StoredScoreEvent {
  const current = event[field];
  let next: unknown;
  if (field === 'kind') next = event.kind === 'score' ? 'submit' : 'score';
  else if (field === 'criterionId' || field === 'value')
    next = current === null ? salt : salt % 3 === 0 ? null : (current as number) + 0.5 + salt;
  else if (field === 'comment' || field === 'reason') next = current ? null : `edited ${salt}`;
  else if (typeof current === 'number') next = current + 1 + salt;
  else if (field === 'prevHash' || field === 'hash')
    next = createHash('sha256').update(`forged ${salt}`).digest('hex');
  else next = `${String(current)}x${salt}`;
  return { ...event, [field]: next } as StoredScoreEvent;
}

const draftArb: fc.Arbitrary<ScoreEventDraft> = fc.record({
  jurorId: fc.integer({ min: 1, max: 5 }),
  teamId: fc.integer({ min: 1, max: 5 }),
  criterionId: fc.option(fc.integer({ min: 100, max: 103 }), { nil: null }),
  value: fc.option(fc.integer({ min: 0, max: 20 }), { nil: null }),
  kind: fc.constantFrom('score', 'comment', 'submit', 'reopen'),
  comment: fc.option(fc.string({ maxLength: 12 }), { nil: null }),
  actor: fc.constantFrom('juror:1', 'chair', 'Tāmaʻa Teriʻi'),
  atUtc: fc
    .integer({ min: 1_600_000_000_000, max: 1_700_000_000_000 })
    .map((ms) => new Date(ms).toISOString()),
  reason: fc.option(fc.string({ maxLength: 12 }), { nil: null }),
});

describe('chain property', () => {
  it('detects any single-field mutation of any event at exactly that event', () => {
    fc.assert(
      fc.property(
        fc.array(draftArb, { minLength: 1, maxLength: 12 }),
        fc.nat(),
        fc.constantFrom(...FIELDS),
        fc.nat(1000),
        (drafts, pick, field, salt) => {
          const log = buildLog(drafts);
          expect(verifyChain(log)).toMatchObject({ ok: true, count: log.length });
          const index = pick % log.length;
          const tampered = log.map((e, i) => (i === index ? mutate(e, field, salt) : e));
          const verdict = verifyChain(tampered);
          expect(verdict.ok).toBe(false);
          if (!verdict.ok) expect(verdict.brokenAtSeq).toBe(index + 1);
        },
      ),
      { numRuns: 300 },
    );
  });
});
