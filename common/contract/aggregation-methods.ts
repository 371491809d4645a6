/**
 * The aggregation method ids as plain values, without zod, so the renderer
 * can list them without bundling the contract's schemas (as display-modes.ts).
 * The one list: the ranking core, the contract and the event verifier import
 * it. The default first.
 */
export const AGGREGATION_METHOD_IDS = ['weighted_mean', 'trimmed_mean', 'median', 'zscore', 'borda'] as const;
export type AggregationMethodId = (typeof AGGREGATION_METHOD_IDS)[number];
