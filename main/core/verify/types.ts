/**
 * What the event verifier reports. One problem at most: the FIRST one found,
 * in the order the checks run (file structure, score log, lock records), as a
 * translation code with its parameters (common/i18n/verify.ts, and the
 * 'chain.*' codes of common/i18n/ranking.ts).
 */
import type { DeclarationChainBreak } from '../scoring/declaration-chain';
import type { ChainBreakReason } from '../scoring/hash-chain';

export type VerifyCode =
  | ChainBreakReason
  /** The declarations of interest's own hash chain is broken (declaration-chain.ts). */
  | DeclarationChainBreak
  /** A recusal says it came from a declaration that is not in the log (or does not name that team). */
  | 'declaration.recusalUnbacked'
  /** SQLite's own PRAGMA integrity_check did not answer "ok" (damaged pages, broken index, CHECK). */
  | 'verify.integrity'
  /** SQLite could not read the file or a table at all (SQLITE_CORRUPT, SQLITE_NOTADB…). */
  | 'verify.unreadable'
  /** The export is not a Pitch Jury event document, or lacks a table the verifier needs. */
  | 'verify.exportInvalid'
  /** A score event row has a missing, extra or wrongly typed field. */
  | 'verify.scoreRowInvalid'
  /** Lock records are not numbered 1, 2, 3… or do not alternate lock, unlock, lock… */
  | 'verify.lockSequence'
  /** A lock or unlock record lacks what it must carry (payload and hash, or a reason). */
  | 'verify.lockRecordInvalid'
  /** The SHA-256 of the stored canonical JSON is not the recorded hash. */
  | 'verify.lockHashMismatch'
  /** The stored JSON is not the canonical text of its own content. */
  | 'verify.lockNotCanonical'
  /** The record's time or author differs from the ones inside the hashed payload. */
  | 'verify.lockMetaMismatch'
  /** The score log head the lock recorded (count + last hash) is not in the log. */
  | 'verify.lockChainMismatch'
  /** The results are locked but the log holds events appended after the lock. */
  | 'verify.scoresAfterLock'
  /** The locked ranking is not what the locked scores and settings give. */
  | 'verify.lockRankingMismatch'
  /** A lock or unlock record (who, when, why) is not what its record hash and the chain say. */
  | 'verify.lockRecordHashMismatch'
  /** A prize track is locked but a sheet it holds changed after its lock (its results moved). */
  | 'verify.trackSheetsAfterLock'
  /** A prize track's lock record belongs to no track of the file. */
  | 'verify.trackUnknown'
  /** The missing sheets confirmed with a lock are not the ones its results lack. */
  | 'verify.lockMissingMismatch'
  /** A team, juror or criterion was renamed (or removed) since the results were locked. */
  | 'verify.namesChangedSinceLock'
  /** The audience vote log's hash chain is broken (an event edited, removed or inserted). */
  | 'verify.audienceChain'
  /** A merged room's own chain (score_event_origin + the head's events) is broken (merged-rooms.ts). */
  | `verify.roomChain.${RoomChainBreak}`;

/** The chain breaks of ChainBreakReason, without their 'chain.' prefix. */
export type RoomChainBreak = ChainBreakReason extends `chain.${infer B}` ? B : never;

export interface VerifyProblem {
  code: VerifyCode;
  params: Record<string, string | number>;
}

/** One lock of the results, as the verifier found it (to compare with a printed results sheet). */
export interface VerifiedLock {
  id: number;
  atUtc: string;
  lockedBy: string;
  /** SHA-256 of the locked results (printed on the results sheet). */
  hash: string;
  /** Score log head the lock pinned down. */
  scoreCount: number;
  scoreLastHash: string;
}

/** The lock records of one prize track other than the main one (table track_lock). */
export interface VerifiedTrack {
  id: number;
  name: string;
  locks: VerifiedLock[];
  locked: boolean;
}

export type EventVerification =
  | {
      ok: true;
      /** Score events in the log, and the hash of the last one (the chain head). */
      scoreCount: number;
      lastHash: string;
      /** Every lock ever recorded, oldest first (later ones may have been unlocked). */
      locks: VerifiedLock[];
      /** Whether the latest record is a lock. */
      locked: boolean;
      /** The other prize tracks that have lock records, each checked like the main one; absent when none. */
      tracks?: VerifiedTrack[];
    }
  | { ok: false; problem: VerifyProblem };

export function problem(code: VerifyCode, params: Record<string, string | number> = {}): EventVerification {
  return { ok: false, problem: { code, params } };
}
