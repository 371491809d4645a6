import type { Migration } from './types';

/**
 * Results lock records get their own hash chain (issue 13): the results
 * fingerprint no longer covers who locked and when, so those are hashed here.
 * - record_hash: SHA-256 of the record (who, when, why, the results hash, the
 *   missing sheets confirmed) and of the record before it
 *   (main/core/ranking/results-lock.ts, lockRecordHash). NULL on records
 *   written before this migration; the verifier accepts those only before the
 *   first chained one.
 * - missing_json: on a lock, the sheets the chair confirmed were missing
 *   ([{teamId, jurorId}], canonical JSON); NULL when none were missing.
 * Additive: the table stays append-only (its triggers refuse UPDATE and DELETE).
 */
export const lockRecordChain: Migration = {
  name: 'lock-record-chain',
  up(db) {
    db.exec(`
      ALTER TABLE results_lock ADD COLUMN record_hash TEXT;
      ALTER TABLE results_lock ADD COLUMN missing_json TEXT;
    `);
  },
};
