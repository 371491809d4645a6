/**
 * Plain-data input and output of the ranking core. Everything here is
 * serialisable (no Map, no class, no Date) so the same objects can cross IPC,
 * be stored, and be hashed when the results are locked. Ids are the SQLite
 * row ids of common/domain.ts.
 */

import {
  AGGREGATION_METHOD_IDS,
  type AggregationMethodId,
} from '../../../common/contract/aggregation-methods';
import type { PlainTieBreakKind } from '../../../common/contract/tie-break-kinds';

export type AggregationMethod = AggregationMethodId;

/** In the order the UI should list them (the default first): the one list, common/contract/aggregation-methods.ts. */
export const AGGREGATION_METHODS: readonly AggregationMethod[] = AGGREGATION_METHOD_IDS;

export interface RankingCriterion {
  id: number;
  /** Relative weight in percent. Totals are divided by the sum of weights, so weights need not add up to 100. */
  weight: number;
  /** Raw scale of the criterion, e.g. 0..5 or 1..10 (min < max). */
  min: number;
  max: number;
}

export interface RankingTeam {
  id: number;
}

export interface RankingJuror {
  id: number;
}

/** A juror declared a conflict of interest with a team: they are left out of that team entirely. */
export interface Recusal {
  jurorId: number;
  teamId: number;
}

/** A submitted (final) score sheet. Drafts never reach the ranking. */
export interface SubmittedSheet {
  jurorId: number;
  teamId: number;
  /** Raw score per criterion id, on that criterion's own min..max scale. */
  scores: Readonly<Record<number, number>>;
}

/**
 * One step of the tie-break chain, applied in order to teams whose totals are
 * equal. Each rule prefers the HIGHER value:
 * - `criterion`: the team's average raw score on that criterion (counted sheets only);
 * - `first_places`: how many jurors gave this team their highest total among
 *   ALL the teams they scored, not only the tied ones (a juror's shared top
 *   counts for every team in it), so two tied teams that no juror put first
 *   stay tied on it;
 * - `head_to_head`: between the tied teams only: team A beats team B when more
 *   jurors (who scored both) gave A a higher total than B; a team's key is how
 *   many of the other tied teams it beats (with two teams: the one more jurors
 *   placed above the other);
 * - `chair_decision`: the order recorded by the chair for exactly this group of teams.
 */
export type TieBreakRule =
  | { kind: 'criterion'; criterionId: number }
  | { [K in PlainTieBreakKind]: { kind: K } }[PlainTieBreakKind];

/**
 * The chair's recorded order for a tied group, best first. It applies only to
 * a group made of exactly these teams (so a decision taken for {A, B, C} is not
 * silently reused after a score change turns the tie into {A, B}). When several
 * decisions match, the last one in the list wins.
 */
export interface ChairDecision {
  orderedTeamIds: number[];
}

/** Declared before the event: `pointsPerStarted30s` points (on the event scale) per started 30 s over the pitch time. */
export interface OvertimePenalty {
  pointsPerStarted30s: number;
}

export interface TeamOvertime {
  teamId: number;
  /** Pitch time used beyond the allowed pitch time; 0 or negative means none. */
  overtimeMs: number;
}

export interface RankingInput {
  /** Totals are expressed on this scale (20 or 100). */
  scaleMax: number;
  criteria: readonly RankingCriterion[];
  /** In setup order: teams that stay tied keep this order in the output (they still share their rank). */
  teams: readonly RankingTeam[];
  jurors: readonly RankingJuror[];
  recusals: readonly Recusal[];
  sheets: readonly SubmittedSheet[];
  method: AggregationMethod;
  tieBreaks: readonly TieBreakRule[];
  chairDecisions: readonly ChairDecision[];
  /** null when the event declared no overtime penalty. */
  penalty: OvertimePenalty | null;
  /** Teams not listed have no overtime. Ignored when `penalty` is null. */
  overtime: readonly TeamOvertime[];
  /**
   * The juries of the preliminary rooms, when the event has rooms: a team in a
   * panel expects only that panel's jurors (the union when in several), a team
   * in no panel expects every juror. A sheet by a juror outside the team's panel
   * is left out like a recused one (issue 'ranking.sheetOutsidePanelIgnored').
   * Absent: every juror is expected for every team (an event without rooms).
   */
  panels?: readonly RankingPanel[];
}

/** One room's jury and the teams it judges. Unknown ids are ignored. */
export interface RankingPanel {
  teamIds: readonly number[];
  jurorIds: readonly number[];
}

export interface CriterionAverage {
  criterionId: number;
  /** Mean raw score (the criterion's own scale) over the counted sheets; null when none. */
  average: number | null;
}

export interface TieInfo {
  /** Teams that had exactly the same total as this one before the tie-break chain (in output order). */
  tiedWith: number[];
  /** The rule that finally set this team's place within the tie; null while unresolved. */
  decidedBy: TieBreakRule | null;
  /** Teams still sharing this team's rank after the whole chain; empty when resolved. */
  sharedRankWith: number[];
}

export interface RankingRow {
  teamId: number;
  /** 'not_ranked': no counted sheet at all (every juror missing or recused). */
  status: 'ranked' | 'not_ranked';
  /** Competition ranking: unresolved ties share a rank and the next rank is skipped (1, 2, 2, 4). */
  rank: number | null;
  /** The method's value on the event scale minus the penalty. Can be negative with a heavy penalty. */
  total: number | null;
  /** The method's value on the event scale (0..scaleMax) before the penalty. */
  valueBeforePenalty: number | null;
  /** Points subtracted for overtime (0 when none or no penalty declared). */
  penalty: number;
  /**
   * The number the ranking sorts by (higher is better). Equal to `total`
   * except for 'zscore', which sorts on the team's mean z itself (minus the
   * penalty in z units): mapping back to the scale or clamping it could shrink
   * real differences into ties. It is not a mark.
   */
  sortKey: number | null;
  criterionAverages: CriterionAverage[];
  sheetsCounted: number;
  /** Jurors of the team's panel (every juror without panels) not recused for this team. */
  sheetsExpected: number;
  /** Ascending ids; only jurors of the team's panel when there are panels. */
  recusedJurorIds: number[];
  /** Jurors expected for this team whose sheet was not counted (not submitted, or invalid), ascending ids. */
  missingJurorIds: number[];
  /** null when the team was not tied with any other team. */
  tie: TieInfo | null;
}

export const RANKING_ISSUE_CODES = [
  'ranking.sheetUnknownJuror',
  'ranking.sheetUnknownTeam',
  'ranking.sheetRecusedIgnored',
  'ranking.sheetOutsidePanelIgnored',
  'ranking.sheetDuplicate',
  'ranking.sheetIncomplete',
  'ranking.scoreOutOfRange',
  'ranking.scoreUnknownCriterion',
  'ranking.tieUnresolved',
] as const;

export type RankingIssueCode = (typeof RANKING_ISSUE_CODES)[number];

/**
 * A data problem that did not stop the computation. Sheets named by an issue
 * (except 'scoreUnknownCriterion' and 'sheetDuplicate', whose later sheet is kept)
 * are left out of every method.
 */
export interface RankingIssue {
  code: RankingIssueCode;
  jurorId?: number;
  teamId?: number;
  criterionId?: number;
  /** For 'ranking.tieUnresolved': the group awaiting a tie-break (e.g. a chair decision). */
  teamIds?: number[];
}

export interface RankingResult {
  method: AggregationMethod;
  scaleMax: number;
  /** Translation key of the one-sentence explanation of the method. */
  explanationCode: string;
  /** Translation key of how the method treats missing and recused scores. */
  missingPolicyCode: string;
  /** Ranked rows by rank (tied rows in setup order), then not-ranked rows in setup order. */
  rows: RankingRow[];
  /** Groups of team ids still sharing a rank after the whole tie-break chain. */
  unresolvedTies: number[][];
  /**
   * Chair decisions that no longer match any tied group (a sheet arrived or a
   * score changed since): shown as stale, never applied. Absent when none (or
   * when the chain has no chair decision).
   */
  staleChairDecisions?: number[][];
  issues: RankingIssue[];
}
