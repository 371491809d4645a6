import type { AggregationMethod } from './types';

/**
 * What the UI shows next to each method: two translation keys (wording in
 * messages.ts, fr and en). The documented rules, shared by every method:
 *
 * - A juror total for a team = scaleMax · Σ weight·(score − min)/(max − min) / Σ weight.
 * - A recused juror is left out of that team entirely: their sheet for it, if
 *   any, is ignored (issue 'ranking.sheetRecusedIgnored') and they are not
 *   "expected" for it. Their sheets for other teams count normally.
 * - Only submitted sheets with a valid score for every criterion count; a team's
 *   value uses only its own counted sheets. No score is ever imputed.
 * - A team with no counted sheet is "not ranked" (no rank, no total).
 *
 * Per method:
 * - weighted_mean: mean of the team's juror totals, however many there are.
 * - trimmed_mean: with ≥ 5 counted totals for the team, drop its single highest
 *   and single lowest, average the rest; with fewer, the plain mean.
 * - median: median of the team's counted juror totals (mean of the two middle ones
 *   for an even count).
 * - zscore: each juror is standardised over the teams they actually scored
 *   (recused and missing teams are not in their mean and sd); a team averages the
 *   z of its own jurors; mapped back with the mean and sd of the teams' weighted
 *   means, clamped to [0, scaleMax] (ranking sorts before clamping).
 * - borda: each juror ranks only the teams they scored; points (teams below, ½
 *   per tie) are divided by (teams scored − 1) so a juror with fewer teams weighs
 *   the same; a team averages its own jurors' shares; times scaleMax.
 */
export interface MethodInfo {
  method: AggregationMethod;
  /** Translation key of the method's short name. */
  nameCode: string;
  /** Translation key of the one-sentence explanation shown in the UI. */
  explanationCode: string;
  /** Translation key of how missing and recused scores are handled. */
  missingPolicyCode: string;
}

function info(method: AggregationMethod): MethodInfo {
  return {
    method,
    nameCode: `ranking.method.${method}.name`,
    explanationCode: `ranking.method.${method}.explanation`,
    missingPolicyCode: `ranking.method.${method}.missing`,
  };
}

export const METHOD_INFO: Readonly<Record<AggregationMethod, MethodInfo>> = {
  weighted_mean: info('weighted_mean'),
  trimmed_mean: info('trimmed_mean'),
  median: info('median'),
  zscore: info('zscore'),
  borda: info('borda'),
};

/** The method a new event starts with. */
export const DEFAULT_METHOD: AggregationMethod = 'weighted_mean';
