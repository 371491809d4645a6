/** Public API of the ranking core (what main, the IPC contract and the CLI import). */
export { computeRanking, type RankOptions, rankPrepared } from './compute-ranking';
export {
  analyseDeliberation,
  type DeliberationAnalysis,
  type DeliberationOptions,
  type DeliberationWarning,
  DISSENT_MIN_TEAMS,
  DISSENT_SPEARMAN_THRESHOLD,
  type JurorDissent,
  type JurorInfluence,
  type MethodPodium,
  PODIUM_SIZE,
  type PodiumPlace,
} from './deliberation';
export { RANKING_MESSAGES } from './messages';
export { DEFAULT_METHOD, METHOD_INFO, type MethodInfo } from './method-info';
export { overtimePenalty, PENALTY_PERIOD_MS } from './penalty';
export { type PreparedRanking, prepareRanking } from './prepare';
export {
  LOCKED_RESULTS_FORMAT,
  type LockedResults,
  resultsHash,
  toLockedResults,
} from './results-lock';
export * from './types';
