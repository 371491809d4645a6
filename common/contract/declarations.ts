import { z } from 'zod';
import { empty, id, text } from './schemas';

/**
 * Declarations of interest (issue 16): each juror declares their links with
 * the teams before scoring; a declared link recuses them for that team.
 * `scoring.declare` is the juror form's (token-bound, window or phone);
 * `declarations.*` are the chair's.
 */

const token = z.string().min(16).max(128);

/** One declared link; the detail (what links them) is required and printed on the results sheet. */
export const declaredLink = z.object({ teamId: id, detail: text(2000) }).strict();
const links = z.array(declaredLink).max(500);

export const declarationView = z
  .object({
    seq: z.number().int().positive(),
    atUtc: z.string(),
    actor: z.string(),
    /** The chair recorded it from a paper form. */
    byChair: z.boolean(),
    /** Empty: no link with any team. */
    links: z.array(declaredLink),
  })
  .strict();

/** What the juror form shows: whether the chair requires a declaration, and the juror's current one. */
export const formDeclaration = z
  .object({ required: z.boolean(), current: declarationView.nullable() })
  .strict();

const declareResult = z
  .object({
    declaration: declarationView,
    /** Newly declared teams this juror had already started a sheet for: those sheets no longer count. */
    startedSheetTeamIds: z.array(id),
  })
  .strict();

const overview = z
  .object({
    required: z.boolean(),
    jurors: z.array(
      z.object({ jurorId: id, name: z.string(), declaration: declarationView.nullable() }).strict(),
    ),
  })
  .strict();

export const declarationsCalls = {
  /** The juror declares (again): their links with the teams, or none. */
  'scoring.declare': { input: z.object({ token, links }).strict(), output: declareResult },
  /** Who has declared, and whether a declaration is required before scoring. */
  'declarations.overview': { input: empty, output: overview },
  'declarations.setRequired': { input: z.object({ required: z.boolean() }).strict(), output: overview },
  /** The chair records a juror's paper declaration (the chair is the actor in the log). */
  'declarations.record': { input: z.object({ jurorId: id, links }).strict(), output: declareResult },
} as const;

export type DeclarationView = z.infer<typeof declarationView>;
export type FormDeclaration = z.infer<typeof formDeclaration>;
export type DeclareResultView = z.infer<typeof declareResult>;
export type DeclarationOverviewView = z.infer<typeof overview>;
