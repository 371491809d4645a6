import { z } from 'zod';
import { TEAM_STATUSES, type TeamStatus } from '../order/types';
import { formDeclaration } from './declarations';
import { criterion, empty, id, text } from './schemas';

/**
 * Jury scoring. Two audiences, kept apart on purpose:
 * - `scoring.*` is the juror form: every call after `scoring.identify` carries
 *   the token it returned, and answers with THAT juror's sheets only (a juror
 *   never receives another juror's scores);
 * - `scores.*` and `recusals.*` are the chair's: the paper-entry grid, progress,
 *   conflicts of interest, verification of the score log.
 */

const teamStatus = z.enum(TEAM_STATUSES as [TeamStatus, ...TeamStatus[]]);

/** A session handed out by `scoring.identify`; opaque to the renderer. */
const token = z.string().min(16).max(128);
const score = z.object({ criterionId: id, value: z.number() }).strict();
const scoreEdit = z
  .object({
    criterionId: id,
    value: z.number().finite().nullable(),
    /** The value the device last saw: a per-criterion merge between a juror's devices (sheet-ops.ts). */
    base: z.number().finite().nullable().optional(),
  })
  .strict();

const sheetView = z
  .object({
    jurorId: id,
    teamId: id,
    /** Current raw scores, in criteria order; unscored criteria are absent. */
    scores: z.array(score),
    comment: z.string().nullable(),
    status: z.enum(['draft', 'submitted']),
    submittedAtUtc: z.string().nullable(),
    reopenCount: z.number().int(),
    /** 0 when nothing was ever recorded. */
    lastSeq: z.number().int(),
  })
  .strict();

const jurorCard = z.object({ id, name: z.string(), title: z.string(), hasPin: z.boolean() }).strict();

const formTeam = z
  .object({
    teamId: id,
    name: z.string(),
    projectTitle: z.string(),
    orderStatus: teamStatus,
    recused: z.boolean(),
    /** This juror's own sheet; null when they have not started it. */
    sheet: sheetView.nullable(),
  })
  .strict();

const jurorForm = z
  .object({
    juror: z.object({ id, name: z.string(), title: z.string() }).strict(),
    locked: z.boolean(),
    criteria: z.array(criterion),
    /** Running order, the team on stage first. */
    teams: z.array(formTeam),
    /** The juror's declaration of interest, and whether the chair requires one before scoring. */
    declaration: formDeclaration,
  })
  .strict();

const recusal = z
  .object({ jurorId: id, teamId: id, reason: z.string(), actor: z.string(), atUtc: z.string() })
  .strict();

const grid = z
  .object({
    locked: z.boolean(),
    /** Team ids in running order (the order paper sheets usually come in). */
    teamOrder: z.array(id),
    sheets: z.array(sheetView),
    recusals: z.array(recusal),
  })
  .strict();

const teamProgress = z
  .object({
    teamId: id,
    expected: z.number().int(),
    submitted: z.number().int(),
    missingJurorIds: z.array(id),
    draftJurorIds: z.array(id),
    recusedJurorIds: z.array(id),
  })
  .strict();

const progress = z
  .object({
    teams: z.array(teamProgress),
    currentTeamId: id.nullable(),
    submittedTotal: z.number().int(),
    expectedTotal: z.number().int(),
  })
  .strict();

const verification = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), count: z.number().int(), lastHash: z.string() }).strict(),
  z
    .object({
      ok: z.literal(false),
      brokenAtSeq: z.number().int(),
      storedSeq: z.number().int(),
      reason: z.enum(['chain.seqGap', 'chain.prevHashMismatch', 'chain.hashMismatch', 'chain.unhashable']),
    })
    .strict(),
]);

const sheetKey = { jurorId: id, teamId: id };
const edit = {
  scores: z.array(scoreEdit).max(200),
  /** Omitted = leave the comment as it is. */
  comment: text(20_000).nullable().optional(),
  /** The comment the device last saw (see `base`). */
  commentBase: text(20_000).nullable().optional(),
};
const reason = text(2000);

export const scoringCalls = {
  /** Names for the "who are you?" screen (no scores). */
  'scoring.jurors': { input: empty, output: z.array(jurorCard) },
  /** Checks the PIN (when the juror has one) and opens a form session. */
  /** Juror mode on the shared laptop (main/core/api/kiosk.ts): who has it, with a form token main opened. */
  'kiosk.get': {
    input: empty,
    output: z
      .object({ juror: z.object({ id, name: z.string() }).strict().nullable(), token: token.nullable() })
      .strict(),
  },
  /** The chair hands the laptop to a juror, with a 4–8 digit code to take it back. */
  'kiosk.enter': { input: z.object({ jurorId: id, code: z.string().max(16) }).strict(), output: empty },
  'kiosk.exit': { input: z.object({ code: z.string().max(16) }).strict(), output: empty },
  'scoring.identify': {
    input: z.object({ jurorId: id, pin: z.string().max(32).nullable() }).strict(),
    output: z.object({ token, jurorId: id }).strict(),
  },
  'scoring.signOut': { input: z.object({ token }).strict(), output: z.null() },
  'scoring.form': { input: z.object({ token }).strict(), output: jurorForm },
  'scoring.saveDraft': { input: z.object({ token, teamId: id, ...edit }).strict(), output: sheetView },
  'scoring.submit': { input: z.object({ token, teamId: id, ...edit }).strict(), output: sheetView },
  'scoring.reopen': { input: z.object({ token, teamId: id, reason }).strict(), output: sheetView },
  /** The chair sets (4–8 digits) or removes (null) a juror's PIN. */
  'scoring.setPin': {
    input: z.object({ jurorId: id, pin: z.string().max(32).nullable() }).strict(),
    output: z.array(jurorCard),
  },

  'scores.grid': { input: empty, output: grid },
  /** One cell of the paper-entry grid; null clears it. */
  'scores.enter': {
    input: z.object({ ...sheetKey, criterionId: id, value: z.number().finite().nullable() }).strict(),
    output: sheetView,
  },
  'scores.submitSheet': { input: z.object(sheetKey).strict(), output: sheetView },
  /** Submits every complete draft sheet of the grid (a stack of paper sheets typed in). */
  'scores.submitComplete': { input: empty, output: z.object({ submitted: z.number().int() }).strict() },
  'scores.reopen': { input: z.object({ ...sheetKey, reason }).strict(), output: sheetView },
  'scores.progress': { input: empty, output: progress },
  /** Recomputes the hash chain of the score log; reports the first broken link. */
  'scores.verify': { input: empty, output: verification },

  'recusals.list': { input: empty, output: z.array(recusal) },
  'recusals.set': { input: z.object({ ...sheetKey, reason }).strict(), output: z.array(recusal) },
  'recusals.clear': { input: z.object(sheetKey).strict(), output: z.array(recusal) },
} as const;

export type SheetView = z.infer<typeof sheetView>;
export type JurorCard = z.infer<typeof jurorCard>;
export type JurorForm = z.infer<typeof jurorForm>;
export type JurorFormTeam = z.infer<typeof formTeam>;
export type ScoresGrid = z.infer<typeof grid>;
export type RecusalView = z.infer<typeof recusal>;
export type ScoringProgressView = z.infer<typeof progress>;
export type TeamProgressView = z.infer<typeof teamProgress>;
export type ChainVerificationView = z.infer<typeof verification>;
