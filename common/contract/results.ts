import { z } from 'zod';
import { AGGREGATION_METHOD_IDS } from './aggregation-methods';
import { LOCK_ACTIONS } from './lock-actions';
import { empty, id, locale, text } from './schemas';
import { PLAIN_TIE_BREAK_KINDS } from './tie-break-kinds';

export { AGGREGATION_METHOD_IDS } from './aggregation-methods';

/**
 * Results: the ranking and the deliberation analysis (computed in main by
 * main/core/ranking, the one place a ranking is computed), the aggregation
 * settings, the lock with its SHA-256, awards and the ceremony reveal.
 * The shapes mirror main/core/ranking/types.ts and deliberation.ts.
 */

const method = z.enum(AGGREGATION_METHOD_IDS);

export const tieBreakRule = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('criterion'), criterionId: id }).strict(),
  z.object({ kind: z.enum(PLAIN_TIE_BREAK_KINDS) }).strict(),
]);

const chairDecision = z.object({ orderedTeamIds: z.array(id), atUtc: z.string() }).strict();
const penalty = z.object({ pointsPerStarted30s: z.number().finite().min(0).max(1000) }).strict();

const settings = z
  .object({
    method,
    tieBreaks: z.array(tieBreakRule),
    chairDecisions: z.array(chairDecision),
    /** Declared in advance: it can no longer change once a score is recorded. */
    penalty: penalty.nullable(),
    penaltyEditable: z.boolean(),
  })
  .strict();

const tieInfo = z
  .object({
    tiedWith: z.array(id),
    decidedBy: tieBreakRule.nullable(),
    sharedRankWith: z.array(id),
  })
  .strict();

const rankingRow = z
  .object({
    teamId: id,
    status: z.enum(['ranked', 'not_ranked']),
    rank: z.number().int().nullable(),
    total: z.number().nullable(),
    valueBeforePenalty: z.number().nullable(),
    penalty: z.number(),
    sortKey: z.number().nullable(),
    criterionAverages: z.array(z.object({ criterionId: id, average: z.number().nullable() }).strict()),
    sheetsCounted: z.number().int(),
    sheetsExpected: z.number().int(),
    recusedJurorIds: z.array(id),
    missingJurorIds: z.array(id),
    tie: tieInfo.nullable(),
  })
  .strict();

const rankingIssue = z
  .object({
    code: z.enum([
      'ranking.sheetUnknownJuror',
      'ranking.sheetUnknownTeam',
      'ranking.sheetRecusedIgnored',
      'ranking.sheetOutsidePanelIgnored',
      'ranking.sheetDuplicate',
      'ranking.sheetIncomplete',
      'ranking.scoreOutOfRange',
      'ranking.scoreUnknownCriterion',
      'ranking.tieUnresolved',
    ]),
    jurorId: z.number().int().optional(),
    teamId: z.number().int().optional(),
    criterionId: z.number().int().optional(),
    teamIds: z.array(z.number().int()).optional(),
  })
  .strict();

export const rankingResult = z
  .object({
    method,
    scaleMax: z.number(),
    explanationCode: z.string(),
    missingPolicyCode: z.string(),
    rows: z.array(rankingRow),
    unresolvedTies: z.array(z.array(id)),
    /** Chair decisions whose teams are no longer exactly a tied group: stale, not applied. */
    staleChairDecisions: z.array(z.array(id)).optional(),
    issues: z.array(rankingIssue),
  })
  .strict();

const podiumPlace = z.object({ teamId: id, rank: z.number().int(), total: z.number() }).strict();

const deliberationWarning = z.discriminatedUnion('code', [
  z.object({ code: z.literal('deliberation.winnerDependsOnMethod'), methods: z.array(method) }).strict(),
  z.object({ code: z.literal('deliberation.podiumDependsOnMethod'), methods: z.array(method) }).strict(),
  z.object({ code: z.literal('deliberation.winnerDependsOnJuror'), jurorId: id }).strict(),
  z.object({ code: z.literal('deliberation.podiumDependsOnJuror'), jurorId: id }).strict(),
  z
    .object({ code: z.literal('deliberation.winnerTooClose'), jurorIds: z.array(id), lead: z.number() })
    .strict(),
  z.object({ code: z.literal('deliberation.podiumTooClose'), jurorIds: z.array(id) }).strict(),
  z
    .object({
      code: z.literal('deliberation.jurorDissent'),
      jurorId: id,
      spearman: z.number(),
      pValue: z.number(),
    })
    .strict(),
]);

const deliberation = z
  .object({
    method,
    podiumByMethod: z.array(
      z
        .object({
          method,
          podium: z.array(podiumPlace),
          winnerTeamIds: z.array(id),
          hasUnresolvedTie: z.boolean(),
        })
        .strict(),
    ),
    winnerDependsOnMethod: z.boolean(),
    podiumDependsOnMethod: z.boolean(),
    leaveOneOut: z.array(
      z
        .object({
          jurorId: id,
          winnerChanges: z.boolean(),
          podiumChanges: z.boolean(),
          podiumWithout: z.array(podiumPlace),
        })
        .strict(),
    ),
    dissent: z.array(
      z
        .object({
          jurorId: id,
          teamsCompared: z.number().int(),
          spearman: z.number().nullable(),
          pValue: z.number().nullable(),
          evidence: z.enum(['strong', 'weak', 'none']),
          flagged: z.boolean(),
          meanOffset: z.number().nullable(),
        })
        .strict(),
    ),
    warnings: z.array(deliberationWarning),
  })
  .strict();

/** A sheet expected and not received: this juror has not submitted this team's sheet. */
const missingSheet = z.object({ teamId: id, jurorId: id }).strict();

/** What locking now would freeze with. */
const lockCheck = z
  .object({
    missing: z.array(missingSheet),
    received: z.number().int(),
    expected: z.number().int(),
  })
  .strict();

const lockEntry = z
  .object({
    id,
    action: z.enum(LOCK_ACTIONS),
    atUtc: z.string(),
    actor: z.string(),
    reason: z.string().nullable(),
    hash: z.string().nullable(),
  })
  .strict();

const lockView = z
  .object({
    locked: z.boolean(),
    /** The lock in force; null while unlocked. */
    current: z
      .object({
        atUtc: z.string(),
        lockedBy: z.string(),
        /** SHA-256 (hex) of the canonical JSON of the locked results. */
        hash: z.string(),
        /** The score log at the time of the lock: event count and last hash. */
        scoreCount: z.number().int(),
        scoreLastHash: z.string(),
        /** Recomputing now gives the same results (false: the setup changed since the lock). */
        matchesCurrent: z.boolean(),
        /** The missing sheets the chair confirmed when locking (empty: none were missing). */
        missing: z.array(missingSheet),
        /** Sheets counted and sheets expected (non-recused juror × team) in the locked results. */
        received: z.number().int(),
        expected: z.number().int(),
      })
      .strict()
      .nullable(),
    history: z.array(lockEntry),
  })
  .strict();

const awardKind = z.enum(['podium', 'special']);
const award = z
  .object({
    id,
    kind: awardKind,
    name: z.string(),
    /** Podium awards: the rank they go to. */
    podiumRank: z.number().int().nullable(),
    /** Special awards: the team the jury chose. */
    teamId: id.nullable(),
    position: z.number().int(),
    /** Who receives it now: the chosen team, or every team holding the rank (several on a tie). */
    winnerTeamIds: z.array(id),
  })
  .strict();

const resultsView = z
  .object({
    settings,
    ranking: rankingResult,
    /** null when no team is ranked yet. */
    deliberation: deliberation.nullable(),
    lock: lockView,
    awards: z.array(award),
    overtime: z.array(z.object({ teamId: id, overtimeMs: z.number() }).strict()),
  })
  .strict();

const ceremonyTeam = z.object({ id, name: z.string(), projectTitle: z.string() }).strict();
const ceremonyStep = z
  .object({
    step: z.number().int(),
    /** 'audience': the audience prize (main/core/audience/audience-ceremony.ts), not one of the jury's awards. */
    kind: z.union([awardKind, z.literal('audience')]),
    name: z.string(),
    podiumRank: z.number().int().nullable(),
    teams: z.array(ceremonyTeam),
    /** The prize track the award belongs to; absent when the event has only its main track. */
    track: z.object({ id, name: z.string() }).strict().optional(),
    /** The audience prize only: the winning team's number of votes (each tied team has as many). */
    votes: z.number().int().optional(),
  })
  .strict();

/** What the projector may know: the awards already revealed, nothing after them. */
const ceremonyView = z
  .object({
    eventName: z.string(),
    /** The event's language: the projector speaks it whatever the chair's UI language. */
    locale,
    /** The projector shows the ceremony instead of the timer. */
    onScreen: z.boolean(),
    revealed: z.array(ceremonyStep),
    finished: z.boolean(),
  })
  .strict();

/** What the chair sees: the whole sequence and where the reveal stands. */
const ceremonyPlan = z
  .object({
    locked: z.boolean(),
    steps: z.array(ceremonyStep),
    revealedCount: z.number().int(),
    onScreen: z.boolean(),
  })
  .strict();

/** The prize track a results or awards call is about; absent: the main track (common/contract/tracks.ts). */
const trackId = id.optional();
const onTrack = z.object({ trackId }).strict();

const awardDraft = {
  name: text(200),
  podiumRank: z.number().int().min(1).max(1000).nullable(),
  teamId: id.nullable(),
};

export const resultsCalls = {
  'results.get': { input: onTrack, output: resultsView },
  'results.updateSettings': {
    input: z
      .object({
        trackId,
        method: method.optional(),
        tieBreaks: z.array(tieBreakRule).max(20).optional(),
        penalty: penalty.nullable().optional(),
      })
      .strict(),
    output: settings,
  },
  /** Records the chair's order for a tied group (applies when the chain holds 'chair_decision'). */
  'results.decideTie': {
    input: z.object({ trackId, orderedTeamIds: z.array(id).min(2).max(1000) }).strict(),
    output: settings,
  },
  /** The sheets still missing: locking with any needs them named back in `confirmedMissing`. */
  'results.lockCheck': { input: onTrack, output: lockCheck },
  'results.lock': {
    input: z
      .object({
        trackId,
        lockedBy: text(200),
        /** Exactly the missing sheets the chair saw and confirmed; refused if it does not match. */
        confirmedMissing: z.array(missingSheet).max(100_000).optional(),
      })
      .strict(),
    output: lockView,
  },
  'results.unlock': {
    input: z.object({ trackId, reason: text(2000), actor: text(200) }).strict(),
    output: lockView,
  },

  'awards.list': { input: onTrack, output: z.array(award) },
  'awards.create': {
    input: z.object({ trackId, kind: awardKind, ...awardDraft }).strict(),
    output: z.array(award),
  },
  'awards.update': { input: z.object({ trackId, id, ...awardDraft }).strict(), output: z.array(award) },
  'awards.delete': { input: z.object({ trackId, id }).strict(), output: z.array(award) },
  'awards.reorder': {
    input: z.object({ trackId, ids: z.array(id).max(1000) }).strict(),
    output: z.array(award),
  },
  /** Adds the usual first, second and third prizes, named in the event's language. */
  'awards.addPodium': { input: onTrack, output: z.array(award) },

  /** For the projector: revealed awards only (spoiler-free). */
  'ceremony.get': { input: empty, output: ceremonyView },
  'ceremony.plan': { input: empty, output: ceremonyPlan },
  'ceremony.next': { input: empty, output: ceremonyPlan },
  'ceremony.back': { input: empty, output: ceremonyPlan },
  'ceremony.reset': { input: empty, output: ceremonyPlan },
  /** Puts the ceremony on the projector (true) or gives it back to the timer (false). */
  'ceremony.show': { input: z.object({ onScreen: z.boolean() }).strict(), output: ceremonyPlan },
} as const;

export type AggregationMethodId = z.infer<typeof method>;
export type TieBreakRuleView = z.infer<typeof tieBreakRule>;
export type ResultsSettings = z.infer<typeof settings>;
export type RankingResultView = z.infer<typeof rankingResult>;
export type RankingRowView = z.infer<typeof rankingRow>;
export type RankingIssueView = z.infer<typeof rankingIssue>;
export type DeliberationView = z.infer<typeof deliberation>;
export type DeliberationWarningView = z.infer<typeof deliberationWarning>;
export type LockView = z.infer<typeof lockView>;
export type LockCheckView = z.infer<typeof lockCheck>;
export type MissingSheetView = z.infer<typeof missingSheet>;
export type AwardView = z.infer<typeof award>;
export type ResultsView = z.infer<typeof resultsView>;
export type CeremonyStep = z.infer<typeof ceremonyStep>;
export type CeremonyView = z.infer<typeof ceremonyView>;
export type CeremonyPlan = z.infer<typeof ceremonyPlan>;
