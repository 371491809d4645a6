import { canonicalJson } from '../hashing/canonical-json';
import { sha256Hex } from '../hashing/sha256';
import type { RankingResult } from './types';

/**
 * Locking the results freezes one RankingResult together with who locked it
 * and when. Its fingerprint is the SHA-256 of its canonical JSON: the same
 * scores and settings recomputed later give the same ranking, hence the same
 * hash, which is how a printed document can be checked against the event file.
 */

export const LOCKED_RESULTS_FORMAT = 1;

export interface LockedResults {
  formatVersion: typeof LOCKED_RESULTS_FORMAT;
  /** ISO 8601 UTC, e.g. 2022-09-30T18:42:00.000Z. */
  lockedAtUtc: string;
  /** Who locked (the chair's name or an actor id), as recorded in the event log. */
  lockedBy: string;
  ranking: RankingResult;
}

export function toLockedResults(
  ranking: RankingResult,
  meta: { lockedAtUtc: string; lockedBy: string },
): LockedResults {
  return {
    formatVersion: LOCKED_RESULTS_FORMAT,
    lockedAtUtc: meta.lockedAtUtc,
    lockedBy: meta.lockedBy,
    ranking,
  };
}

/** Lowercase hex SHA-256 of canonicalJson(lockedResults). Accepts any plain data (e.g. a LockedResults extended by the caller). */
export function resultsHash(lockedResults: unknown): string {
  return sha256Hex(canonicalJson(lockedResults));
}
