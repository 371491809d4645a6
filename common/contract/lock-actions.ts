/** What a results lock record (table results_lock) does: one list for the contract, the verifier and the database. */
export const LOCK_ACTIONS = ['lock', 'unlock'] as const;
export type LockAction = (typeof LOCK_ACTIONS)[number];
