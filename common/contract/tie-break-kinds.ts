/**
 * How the ranking separates tied teams, as plain values (no zod, so the
 * renderer can list them): one list and one spelling for the contract, the
 * ranking core (main/core/ranking/types.ts), the results sheet and the
 * verifier. A chain is stored as JSON ({ kind, … }[]), checked on read.
 */
/** The kinds that need nothing but their name, in the order the chair is offered them. */
export const PLAIN_TIE_BREAK_KINDS = ['first_places', 'head_to_head', 'chair_decision'] as const;
/** A criterion rule also names its criterion. */
export const TIE_BREAK_KINDS = ['criterion', ...PLAIN_TIE_BREAK_KINDS] as const;
export type TieBreakKind = (typeof TIE_BREAK_KINDS)[number];
export type PlainTieBreakKind = (typeof PLAIN_TIE_BREAK_KINDS)[number];
