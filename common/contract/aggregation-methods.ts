/**
 * The aggregation method ids as plain values, without zod, so the renderer
 * can list them without bundling the contract's schemas (as display-modes.ts).
 * Same order as main/core/ranking AGGREGATION_METHODS: the default first.
 */
export const AGGREGATION_METHOD_IDS = ['weighted_mean', 'trimmed_mean', 'median', 'zscore', 'borda'] as const;
export type AggregationMethodId = (typeof AGGREGATION_METHOD_IDS)[number];
