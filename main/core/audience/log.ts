/**
 * The audience vote log: append-only, hash-chained like the score log
 * (scoring/hash-chain.ts): each event carries the SHA-256 of the canonical
 * JSON of its content and of the previous event's hash, so editing, removing
 * or inserting an event breaks the chain at that event. Triggers refuse
 * UPDATE and DELETE (migration 013).
 */
import type { Db } from '../db/open';
import { canonicalJson } from '../hashing/canonical-json';
import { sha256Hex } from '../hashing/sha256';
import { GENESIS_HASH } from '../scoring/hash-chain';

export type AudienceEventKind = 'ballots' | 'weight' | 'open' | 'close' | 'final' | 'vote' | 'void';

export interface AudienceEventDraft {
  kind: AudienceEventKind;
  ballotId: number | null;
  teamId: number | null;
  /** 'ballots': how many were printed; 'weight': the declared weight (null clears it). */
  value: number | null;
  /** 'chair', or 'ballot:<number>'. */
  actor: string;
  atUtc: string;
  reason: string | null;
}

export interface AudienceEvent extends AudienceEventDraft {
  seq: number;
  prevHash: string;
  hash: string;
}

export function hashAudienceEvent(event: Omit<AudienceEvent, 'hash'>): string {
  return sha256Hex(
    canonicalJson({
      seq: event.seq,
      kind: event.kind,
      ballotId: event.ballotId,
      teamId: event.teamId,
      value: event.value,
      actor: event.actor,
      atUtc: event.atUtc,
      reason: event.reason,
      prevHash: event.prevHash,
    }),
  );
}

interface Row {
  seq: number;
  kind: AudienceEventKind;
  ballot_id: number | null;
  team_id: number | null;
  value: number | null;
  actor: string;
  at_utc: string;
  reason: string | null;
  prev_hash: string;
  hash: string;
}

const fromRow = (r: Row): AudienceEvent => ({
  seq: r.seq,
  kind: r.kind,
  ballotId: r.ballot_id,
  teamId: r.team_id,
  value: r.value,
  actor: r.actor,
  atUtc: r.at_utc,
  reason: r.reason,
  prevHash: r.prev_hash,
  hash: r.hash,
});

/** Appends one event after the last; call inside the caller's (immediate) transaction. */
export function appendAudienceEvent(db: Db, draft: AudienceEventDraft): AudienceEvent {
  const last = db.prepare('SELECT seq, hash FROM audience_event ORDER BY seq DESC LIMIT 1').get() as
    | { seq: number; hash: string }
    | undefined;
  const base = { ...draft, seq: (last?.seq ?? 0) + 1, prevHash: last?.hash ?? GENESIS_HASH };
  const event: AudienceEvent = { ...base, hash: hashAudienceEvent(base) };
  db.prepare(
    `INSERT INTO audience_event (seq, kind, ballot_id, team_id, value, actor, at_utc, reason, prev_hash, hash)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    event.seq,
    event.kind,
    event.ballotId,
    event.teamId,
    event.value,
    event.actor,
    event.atUtc,
    event.reason,
    event.prevHash,
    event.hash,
  );
  return event;
}

export function readAudienceLog(db: Db): AudienceEvent[] {
  return (db.prepare('SELECT * FROM audience_event ORDER BY seq').all() as Row[]).map(fromRow);
}

export type AudienceChainVerification =
  | { ok: true; count: number; lastHash: string }
  | {
      ok: false;
      brokenAtSeq: number;
      reason: 'chain.seqGap' | 'chain.prevHashMismatch' | 'chain.hashMismatch';
    };

/**
 * The audience log of an event file, checked; null when it is intact or the
 * file predates the audience vote (no table: nothing to check).
 */
export function checkAudienceLog(db: Db): Extract<AudienceChainVerification, { ok: false }> | null {
  const table = db
    .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'audience_event'")
    .get();
  if (!table) return null;
  const result = verifyAudienceChain(readAudienceLog(db));
  return result.ok ? null : result;
}

/** The first broken event of the log, in the score log's terms. */
export function verifyAudienceChain(events: readonly AudienceEvent[]): AudienceChainVerification {
  let prev = GENESIS_HASH;
  for (let i = 0; i < events.length; i++) {
    const e = events[i] as AudienceEvent;
    if (e.seq !== i + 1) return { ok: false, brokenAtSeq: i + 1, reason: 'chain.seqGap' };
    if (e.prevHash !== prev) return { ok: false, brokenAtSeq: i + 1, reason: 'chain.prevHashMismatch' };
    const { hash, ...content } = e;
    if (hashAudienceEvent(content) !== hash)
      return { ok: false, brokenAtSeq: i + 1, reason: 'chain.hashMismatch' };
    prev = hash;
  }
  return { ok: true, count: events.length, lastHash: prev };
}
