import type { ScoreEventKind } from '../../../common/contract/score-log-kinds';
import { canonicalJson } from '../hashing/canonical-json';
import { sha256Hex } from '../hashing/sha256';
import type { SubmittedSheet } from '../ranking/types';

/**
 * Scores are facts: an append-only log of score events, each carrying the
 * hash of the previous one. Changing, removing or inserting any event breaks
 * the chain at that event, which verifyChain reports. The current sheets are
 * derived from the log, never stored as the truth.
 */

export type { ScoreEventKind };

/** prevHash of the first event of a log. */
export const GENESIS_HASH = '0'.repeat(64);

/** What a caller records; seq and prevHash are filled by appendScoreEvent. */
export interface ScoreEventDraft {
  jurorId: number;
  teamId: number;
  /** The criterion of a 'score' event; null for the other kinds. */
  criterionId: number | null;
  /** The raw score of a 'score' event; null on a 'score' event clears that criterion. */
  value: number | null;
  kind: ScoreEventKind;
  /** The sheet comment of a 'comment' event (null or '' clears it). */
  comment?: string | null;
  /** Who recorded it: e.g. 'juror:3' on the juror form, 'chair' on the paper-entry grid. */
  actor: string;
  /** ISO 8601 UTC, e.g. 2022-09-30T18:42:07.250Z. */
  atUtc: string;
  /** Required on 'reopen' (see score-event-rules.ts); null otherwise. */
  reason: string | null;
  /**
   * The round whose sheet this is (migration 016); absent means 1, the
   * preliminary round every file has. A finalist is scored again in the final,
   * so a sheet is (round, juror, team).
   */
  roundId?: number;
}

/** The preliminary round: every event written before rounds existed, and every room laptop's own events. */
export const FIRST_ROUND_ID = 1;

/** An event's round, absent meaning the first. */
export const roundOf = (event: { roundId?: number }): number => event.roundId ?? FIRST_ROUND_ID;

/** The hashed content of an event. */
export interface ScoreEvent extends ScoreEventDraft {
  /** 1, 2, 3… with no gap, in append order. */
  seq: number;
  /** Hash of the previous event, GENESIS_HASH for seq 1. */
  prevHash: string;
}

export interface StoredScoreEvent extends ScoreEvent {
  /** hashScoreEvent(this) at the time it was appended. */
  hash: string;
}

/**
 * SHA-256 (lowercase hex) of the canonical JSON of exactly these fields:
 * seq, jurorId, teamId, criterionId, value, kind, comment, actor, atUtc,
 * reason, prevHash, and roundId when it is not 1. Absent optional fields hash
 * as null; any other property (the stored `hash`, database columns) is not
 * part of it.
 *
 * The round enters the content only for later rounds, so every event written
 * before rounds existed (all round 1) keeps its hash, and every existing
 * chain, lock and fingerprint stays valid; moving an event to another round
 * (or dropping its round from an export) changes its hash.
 */
export function hashScoreEvent(event: ScoreEvent): string {
  const round = roundOf(event);
  return sha256Hex(
    canonicalJson({
      ...(round === FIRST_ROUND_ID ? {} : { roundId: round }),
      seq: event.seq,
      jurorId: event.jurorId,
      teamId: event.teamId,
      criterionId: event.criterionId ?? null,
      value: event.value ?? null,
      kind: event.kind,
      comment: event.comment ?? null,
      actor: event.actor,
      atUtc: event.atUtc,
      reason: event.reason ?? null,
      prevHash: event.prevHash,
    }),
  );
}

/** The next event of a log whose last event is `previous` (null for an empty log). */
export function appendScoreEvent(
  previous: StoredScoreEvent | null,
  draft: ScoreEventDraft,
): StoredScoreEvent {
  const event: ScoreEvent = {
    ...draft,
    comment: draft.comment ?? null,
    seq: previous ? previous.seq + 1 : 1,
    prevHash: previous ? previous.hash : GENESIS_HASH,
  };
  return { ...event, hash: hashScoreEvent(event) };
}

export type ChainBreakReason =
  /** seq is not the previous seq + 1 (or 1 for the first event): an event was removed, inserted or renumbered. */
  | 'chain.seqGap'
  /** prevHash is not the stored hash of the previous event. */
  | 'chain.prevHashMismatch'
  /** The stored hash is not the hash of the event's content: the event was edited. */
  | 'chain.hashMismatch'
  /** The event cannot be hashed at all (e.g. a NaN value). */
  | 'chain.unhashable';

export type ChainVerification =
  | { ok: true; count: number; lastHash: string }
  | {
      ok: false;
      /** The seq the broken event should have (its position in the log, from 1). */
      brokenAtSeq: number;
      /** The seq actually stored on that event. */
      storedSeq: number;
      reason: ChainBreakReason;
    };

/**
 * Walks the log in the order given (the caller reads it ORDER BY seq) and
 * reports the FIRST broken event. Checks per event, in this order: seq,
 * prevHash link, own hash. So editing one field of event k is reported at k,
 * never later: a changed hash or prevHash fails at k itself before k+1 is read.
 */
export function verifyChain(events: readonly StoredScoreEvent[]): ChainVerification {
  let expectedPrev = GENESIS_HASH;
  for (let i = 0; i < events.length; i += 1) {
    const event = events[i] as StoredScoreEvent;
    const brokenAtSeq = i + 1;
    const broken = (reason: ChainBreakReason): ChainVerification => ({
      ok: false,
      brokenAtSeq,
      storedSeq: event.seq,
      reason,
    });
    if (event.seq !== brokenAtSeq) return broken('chain.seqGap');
    if (event.prevHash !== expectedPrev) return broken('chain.prevHashMismatch');
    let actual: string;
    try {
      actual = hashScoreEvent(event);
    } catch {
      return broken('chain.unhashable');
    }
    if (actual !== event.hash) return broken('chain.hashMismatch');
    expectedPrev = event.hash;
  }
  return { ok: true, count: events.length, lastHash: expectedPrev };
}

export interface DerivedSheet {
  jurorId: number;
  teamId: number;
  /** Current raw score per criterion id (cleared criteria are absent). */
  scores: Record<number, number>;
  comment: string | null;
  status: 'draft' | 'submitted';
  /** atUtc of the 'submit' event that made it submitted; null while a draft. */
  submittedAtUtc: string | null;
  /** seq of the last event on this sheet. */
  lastSeq: number;
  /** How many times the sheet was reopened after a submission. */
  reopenCount: number;
}

/** The fields of an event that deriving a sheet reads (hashes, actors and reasons are not needed). */
export type SheetEvent = Pick<
  ScoreEvent,
  'seq' | 'jurorId' | 'teamId' | 'criterionId' | 'value' | 'kind' | 'comment' | 'atUtc' | 'roundId'
>;

/** The sheet an event starts when it is the first one of its (juror, team). */
export function newDerivedSheet(event: SheetEvent): DerivedSheet {
  return {
    jurorId: event.jurorId,
    teamId: event.teamId,
    scores: {},
    comment: null,
    status: 'draft',
    submittedAtUtc: null,
    lastSeq: event.seq,
    reopenCount: 0,
  };
}

/**
 * Applies one event to the sheet it names, in place. The one statement of the
 * derive rules: deriveSheets and the per-connection cache (sheet-cache.ts)
 * both go through it, so they cannot disagree.
 */
export function applyScoreEvent(sheet: DerivedSheet, event: SheetEvent): void {
  sheet.lastSeq = event.seq;
  if (event.kind === 'score' && event.criterionId !== null) {
    if (event.value === null) delete sheet.scores[event.criterionId];
    else sheet.scores[event.criterionId] = event.value;
  } else if (event.kind === 'comment') {
    sheet.comment = event.comment ? event.comment : null;
  } else if (event.kind === 'submit') {
    sheet.status = 'submitted';
    sheet.submittedAtUtc = event.atUtc;
  } else if (event.kind === 'reopen') {
    sheet.status = 'draft';
    sheet.submittedAtUtc = null;
    sheet.reopenCount += 1;
  }
}

/** Sheets in the order every reader gets them: juror id, then team id. */
export function compareSheets(a: DerivedSheet, b: DerivedSheet): number {
  return a.jurorId - b.jurorId || a.teamId - b.teamId;
}

/**
 * The current sheet of every (juror, team) of round `roundId` that has at
 * least one event, sorted by juror id then team id. Events are applied in seq
 * order: the last 'score' for a criterion wins, the last 'comment' is the
 * comment, a sheet is submitted after a 'submit' until a 'reopen'. Events of
 * other rounds are other sheets and are left out. This derives; it does not
 * police (checkScoreEvent refuses invalid events before they are appended).
 */
export function deriveSheets(events: readonly SheetEvent[], roundId = FIRST_ROUND_ID): DerivedSheet[] {
  const sheets = new Map<string, DerivedSheet>();
  for (const event of [...events].sort((a, b) => a.seq - b.seq)) {
    if (roundOf(event) !== roundId) continue;
    const key = `${event.jurorId}:${event.teamId}`;
    let sheet = sheets.get(key);
    if (!sheet) {
      sheet = newDerivedSheet(event);
      sheets.set(key, sheet);
    }
    applyScoreEvent(sheet, event);
  }
  return [...sheets.values()].sort(compareSheets);
}

/** The submitted sheets, in the shape computeRanking takes (drafts never reach the ranking). */
export function submittedSheets(sheets: readonly DerivedSheet[]): SubmittedSheet[] {
  return sheets
    .filter((s) => s.status === 'submitted')
    .map((s) => ({ jurorId: s.jurorId, teamId: s.teamId, scores: { ...s.scores } }));
}
