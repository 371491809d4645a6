import { isGridPoint, snapToGrid } from '../../../common/score-grid';
import type { DerivedSheet, ScoreEventDraft } from './hash-chain';

/**
 * The rules an event must satisfy BEFORE it is appended (the log itself only
 * records). Pure: the caller passes the current sheet and the context it read
 * in the same transaction. Returns null when allowed, else a code the UI
 * translates, with details.
 */

export interface ScoringCriterion {
  id: number;
  min: number;
  max: number;
  /** Allowed increment from min (e.g. 0.5): scores are min + k·step (common/score-grid.ts). */
  step: number;
}

export interface ScoreEventContext {
  criteria: readonly ScoringCriterion[];
  /** The juror is recused for this team. */
  recused: boolean;
  /** The event's results are locked: no score may change. */
  resultsLocked: boolean;
}

export type ScoreEventRefusal =
  | { code: 'scoring.resultsLocked' }
  | { code: 'scoring.recused' }
  | {
      code: 'scoring.invalidEvent';
      field: 'actor' | 'atUtc' | 'criterionId' | 'value' | 'comment' | 'reason';
    }
  | { code: 'scoring.unknownCriterion'; criterionId: number }
  | { code: 'scoring.outOfRange'; criterionId: number; min: number; max: number }
  | { code: 'scoring.offStep'; criterionId: number; step: number }
  | { code: 'scoring.sheetSubmitted' }
  | { code: 'scoring.alreadySubmitted' }
  | { code: 'scoring.incomplete'; missingCriterionIds: number[] }
  | { code: 'scoring.notSubmitted' }
  | { code: 'scoring.reasonRequired' };

const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;

/** A real instant in ISO 8601 UTC. Date.parse alone accepts 2022-02-30 (it rolls over to March). */
function isIsoUtc(text: string): boolean {
  if (!ISO_UTC.test(text)) return false;
  const ms = Date.parse(text);
  return !Number.isNaN(ms) && new Date(ms).toISOString().slice(0, 19) === text.slice(0, 19);
}

function checkScore(draft: ScoreEventDraft, ctx: ScoreEventContext): ScoreEventRefusal | null {
  if (draft.criterionId === null) return { code: 'scoring.invalidEvent', field: 'criterionId' };
  const criterion = ctx.criteria.find((c) => c.id === draft.criterionId);
  if (!criterion) return { code: 'scoring.unknownCriterion', criterionId: draft.criterionId };
  if (draft.value === null) return null; // clearing a criterion on a draft
  // The grid rule lives in common/score-grid.ts. The log stores only exact grid points: sheet-ops
  // snaps what a person typed before it gets here, so a value that is not one is refused, never kept
  // with a hidden fraction that could split a tie.
  const check = snapToGrid(draft.value, criterion);
  if (!check.ok && check.code === 'scoring.notANumber')
    return { code: 'scoring.invalidEvent', field: 'value' };
  if (!check.ok && check.code === 'scoring.outOfRange')
    return { code: 'scoring.outOfRange', criterionId: criterion.id, min: criterion.min, max: criterion.max };
  if (!isGridPoint(draft.value, criterion))
    return { code: 'scoring.offStep', criterionId: criterion.id, step: criterion.step };
  return null;
}

export function checkScoreEvent(
  sheet: DerivedSheet | null,
  draft: ScoreEventDraft,
  ctx: ScoreEventContext,
): ScoreEventRefusal | null {
  if (ctx.resultsLocked) return { code: 'scoring.resultsLocked' };
  if (ctx.recused) return { code: 'scoring.recused' };
  if (!draft.actor.trim()) return { code: 'scoring.invalidEvent', field: 'actor' };
  if (!isIsoUtc(draft.atUtc)) return { code: 'scoring.invalidEvent', field: 'atUtc' };
  const submitted = sheet?.status === 'submitted';
  const hasPayload = draft.criterionId !== null || draft.value !== null;

  switch (draft.kind) {
    case 'score':
      if (submitted) return { code: 'scoring.sheetSubmitted' };
      return checkScore(draft, ctx);
    case 'comment':
      if (submitted) return { code: 'scoring.sheetSubmitted' };
      if (hasPayload) return { code: 'scoring.invalidEvent', field: 'criterionId' };
      return null;
    case 'submit': {
      if (submitted) return { code: 'scoring.alreadySubmitted' };
      if (hasPayload) return { code: 'scoring.invalidEvent', field: 'criterionId' };
      const missing = ctx.criteria.filter((c) => sheet?.scores[c.id] === undefined).map((c) => c.id);
      if (missing.length > 0) return { code: 'scoring.incomplete', missingCriterionIds: missing };
      return null;
    }
    case 'reopen':
      if (!submitted) return { code: 'scoring.notSubmitted' };
      if (hasPayload) return { code: 'scoring.invalidEvent', field: 'criterionId' };
      if (!draft.reason?.trim()) return { code: 'scoring.reasonRequired' };
      return null;
  }
}
