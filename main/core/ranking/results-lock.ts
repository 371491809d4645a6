import { canonicalJson } from '../hashing/canonical-json';
import { sha256Hex } from '../hashing/sha256';
import type { RankingResult } from './types';

/**
 * Locking the results freezes one RankingResult. Its fingerprint is the
 * SHA-256 of the canonical JSON of the results payload: the same scores,
 * settings, ranking and names recomputed later give the same hash, which is
 * how a printed document is checked against the event file.
 *
 * Format 2 (current): the payload holds the results ONLY. Who locked, when and
 * why is the lock record, hashed separately and chained to the record before
 * it (lockRecordHash), so unlocking and re-locking with nothing changed gives
 * the same results fingerprint, and a lock's author or time cannot be edited
 * without breaking the record chain.
 *
 * Format 1 (files locked before): the payload also held `lockedAtUtc` and
 * `lockedBy`, so every lock had a new fingerprint. Such files still verify
 * (main/core/verify/lock-records.ts reads both).
 */

export const LOCKED_RESULTS_FORMAT = 2;
export const LEGACY_LOCKED_RESULTS_FORMAT = 1;

export interface LockedResults {
  formatVersion: typeof LOCKED_RESULTS_FORMAT;
  ranking: RankingResult;
}

/** What a format-1 payload carried besides the results. */
export interface LegacyLockMeta {
  /** ISO 8601 UTC, e.g. 2022-09-30T18:42:00.000Z. */
  lockedAtUtc: string;
  /** Who locked (the chair's name), as recorded in the event log. */
  lockedBy: string;
}

export function toLockedResults(ranking: RankingResult): LockedResults {
  return { formatVersion: LOCKED_RESULTS_FORMAT, ranking };
}

/** Lowercase hex SHA-256 of canonicalJson(lockedResults). Accepts any plain data (e.g. a LockedResults extended by the caller). */
export function resultsHash(lockedResults: unknown): string {
  return sha256Hex(canonicalJson(lockedResults));
}

/** A sheet the chair confirmed was missing when locking (team, juror). */
export interface MissingSheet {
  teamId: number;
  jurorId: number;
}

/** One lock or unlock record as hashed: everything it says, and the record before it. */
export interface LockRecordContent {
  id: number;
  action: 'lock' | 'unlock';
  atUtc: string;
  actor: string;
  /** Unlock: why. Lock: null. */
  reason: string | null;
  /** Lock: the results fingerprint. Unlock: null. */
  resultsHash: string | null;
  /** Lock: the missing sheets the chair confirmed (empty when none). Unlock: null. */
  missing: readonly MissingSheet[] | null;
  /** recordHash of the record before (or its legacy digest); GENESIS for the first. */
  previous: string;
}

export const LOCK_RECORD_GENESIS = '0'.repeat(64);

/** SHA-256 of the record's canonical JSON: its hash in the lock record chain. */
export function lockRecordHash(content: LockRecordContent): string {
  return sha256Hex(canonicalJson({ format: 'pitch-jury-lock-record', version: 1, ...content }));
}

/**
 * What a record written before record hashes existed contributes to the chain:
 * a digest of its stored fields, so a new record still pins down the old ones.
 */
export function legacyRecordDigest(row: {
  id: number;
  action: string;
  atUtc: string;
  actor: string;
  reason: string | null;
  hash: string | null;
}): string {
  return sha256Hex(canonicalJson({ format: 'pitch-jury-legacy-lock-record', ...row }));
}

/**
 * A ranking as a format-1 lock can be compared with one computed today: the
 * sort key (z-score now sorts on the mean z itself, issue 13) and fields added
 * since are left out; ranks, totals, ties and counts are compared as they were.
 */
export function legacyComparableRanking(ranking: unknown): unknown {
  if (typeof ranking !== 'object' || ranking === null) return ranking;
  const { staleChairDecisions: _stale, ...rest } = ranking as Record<string, unknown>;
  const rows = Array.isArray(rest.rows)
    ? rest.rows.map((row: unknown) => {
        if (typeof row !== 'object' || row === null) return row;
        const { sortKey: _sortKey, ...kept } = row as Record<string, unknown>;
        return kept;
      })
    : rest.rows;
  return { ...rest, rows };
}
