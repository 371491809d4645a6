import type { OvertimePenalty } from './types';

/** Length of one penalty period: every period started counts in full. */
export const PENALTY_PERIOD_MS = 30_000;

/**
 * Points lost for running over: `pointsPerStarted30s` for each started 30 s,
 * so 1 ms over already costs one period and exactly 30 s over costs one too.
 */
export function overtimePenalty(penalty: OvertimePenalty, overtimeMs: number): number {
  if (!(overtimeMs > 0)) return 0;
  return Math.ceil(overtimeMs / PENALTY_PERIOD_MS) * penalty.pointsPerStarted30s;
}
