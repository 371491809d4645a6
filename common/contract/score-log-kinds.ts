/**
 * What an entry of the score log (table score_event) records, as plain
 * values: a score, a comment, a submission or a reopening. One list for the
 * hash chain's types, the stores that decode a kind stored as its index, and
 * the database's check (main/core/db/vocabulary-guards.ts). The ORDER is the
 * stored code's meaning: only ever append.
 */
export const SCORE_EVENT_KINDS = ['score', 'comment', 'submit', 'reopen'] as const;
export type ScoreEventKind = (typeof SCORE_EVENT_KINDS)[number];
