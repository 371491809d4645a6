/**
 * What a juror (on the form) or the chair (on the paper-entry grid) does to a
 * score sheet: save a draft, submit, reopen with a reason. Each operation is
 * one IMMEDIATE transaction that reads the sheet and the chain head, checks
 * every new event with checkScoreEvent, and appends only what changed; a
 * refusal rolls the whole operation back and comes out as a DomainError whose
 * code the UI translates (common/i18n/ranking.ts, scoring.ts).
 */
import { snapToGrid } from '../../../common/score-grid';
import type { Db } from '../db/open';
import { rowShape, selectAll } from '../db/rows';
import { cachedStatement } from '../db/statements';
import { DomainError, type FieldIssue } from '../errors';
import { isResultsLocked } from '../lock/lock-state';
import { sheetLockedByTrack } from '../lock/track-lock-state';
import { type DerivedSheet, deriveSheets, type ScoreEventDraft, type StoredScoreEvent } from './hash-chain';
import { isRecused } from './recusals';
import {
  checkScoreEvent,
  type ScoreEventContext,
  type ScoreEventRefusal,
  type ScoringCriterion,
} from './score-event-rules';
import { appendScoreEvents, readSheetLog } from './score-store';

export const MAX_COMMENT_LENGTH = 4000;
export const MAX_REASON_LENGTH = 500;

/** Whose sheet, and who is writing it ('juror:3' on the form, 'chair' on the grid). */
export interface SheetOwner {
  jurorId: number;
  teamId: number;
  actor: string;
}

export interface SheetEdit {
  /**
   * Criteria to set; null clears one. Criteria not listed keep their value.
   * `base` (optional) is the value the writer last saw: when given, a criterion
   * equal to its base is left alone, and one changed meanwhile by another device
   * of the same juror is refused rather than overwritten (see editEvents).
   */
  scores: readonly { criterionId: number; value: number | null; base?: number | null | undefined }[];
  /** undefined leaves the comment as is; null or '' clears it. */
  comment?: string | null | undefined;
  /** The comment the writer last saw (optional): as `base` above. */
  commentBase?: string | null | undefined;
}

export const jurorActor = (jurorId: number) => `juror:${jurorId}`;
export const CHAIR_ACTOR = 'chair';

export function emptySheet(jurorId: number, teamId: number): DerivedSheet {
  return {
    jurorId,
    teamId,
    scores: {},
    comment: null,
    status: 'draft',
    submittedAtUtc: null,
    lastSeq: 0,
    reopenCount: 0,
  };
}

const ScoringCriterionRow = rowShape({ id: 'num', min: 'num', max: 'num', step: 'num' });

export function readScoringCriteria(db: Db): ScoringCriterion[] {
  return selectAll(db, ScoringCriterionRow, 'SELECT id, min, max, step FROM criterion ORDER BY position, id');
}

function refusalError(refusal: ScoreEventRefusal): DomainError {
  const { code, ...details } = refusal;
  switch (refusal.code) {
    case 'scoring.outOfRange':
    case 'scoring.offStep':
    case 'scoring.unknownCriterion': {
      const { criterionId, ...params } = details as { criterionId: number } & Record<string, number>;
      return new DomainError(code, params, [{ path: ['scores', criterionId], code, params }]);
    }
    case 'scoring.incomplete': {
      const issues: FieldIssue[] = refusal.missingCriterionIds.map((id) => ({
        path: ['scores', id],
        code: 'scoring.missingScore',
      }));
      return new DomainError(code, { count: refusal.missingCriterionIds.length }, issues);
    }
    case 'scoring.invalidEvent':
      return new DomainError(code, { field: refusal.field }, [{ path: [refusal.field], code }]);
    case 'scoring.reasonRequired':
      return new DomainError(code, {}, [{ path: ['reason'], code }]);
    default:
      return new DomainError(code);
  }
}

function cleanText(text: string | null | undefined, max: number, field: string): string | null {
  if (text === null || text === undefined) return null;
  const normalised = text.normalize('NFC');
  if ([...normalised].length > max) {
    throw new DomainError('validation.tooLong', { max }, [
      { path: [field], code: 'validation.tooLong', params: { max } },
    ]);
  }
  return normalised === '' ? null : normalised;
}

/**
 * The events that turn `sheet` into the edited sheet: unchanged criteria and comment add nothing.
 *
 * One juror may score on two devices (a phone and a tablet). Each device sends,
 * with a value, the value it last saw (`base`): the write is a per-criterion
 * merge, so a criterion the device did not change never overwrites what the
 * other device typed, and a criterion both changed is refused with
 * 'scoring.conflict' (the device then shows the other value and says so)
 * instead of silently keeping the last writer's.
 */
function editEvents(
  sheet: DerivedSheet,
  edit: SheetEdit,
  base: Omit<ScoreEventDraft, 'kind'>,
  criteria: readonly ScoringCriterion[],
): ScoreEventDraft[] {
  const drafts: ScoreEventDraft[] = [];
  const seen = new Set<number>();
  const conflicts: FieldIssue[] = [];
  for (const { criterionId, value, base: seenValue } of edit.scores) {
    if (seen.has(criterionId)) continue; // the first mention wins; a form never sends two
    seen.add(criterionId);
    const current = sheet.scores[criterionId] ?? null;
    const next =
      value === null
        ? null
        : onGrid(
            value,
            criteria.find((c) => c.id === criterionId),
          );
    if (current === next) continue;
    if (seenValue !== undefined) {
      if (seenValue === next) continue; // not changed on this device: leave the other device's value
      if (seenValue !== current) {
        conflicts.push({
          path: ['scores', criterionId],
          code: 'scoring.conflictField',
          params: { value: current ?? '–' },
        });
        continue;
      }
    }
    drafts.push({ ...base, kind: 'score', criterionId, value: next });
  }
  if (edit.comment !== undefined) {
    const comment = cleanText(edit.comment, MAX_COMMENT_LENGTH, 'comment');
    const seenComment =
      edit.commentBase === undefined ? undefined : cleanText(edit.commentBase, MAX_COMMENT_LENGTH, 'comment');
    if (comment !== sheet.comment && seenComment !== comment) {
      if (seenComment !== undefined && seenComment !== sheet.comment) {
        conflicts.push({ path: ['comment'], code: 'scoring.conflictField', params: { value: '…' } });
      } else drafts.push({ ...base, kind: 'comment', comment });
    }
  }
  if (conflicts.length > 0) throw new DomainError('scoring.conflict', { count: conflicts.length }, conflicts);
  return drafts;
}

/**
 * Every path (juror form, chair's grid, phone) comes through here: a value a
 * hair off a grid point becomes that exact point (common/score-grid.ts); any
 * other value goes on unchanged and checkScoreEvent refuses it with its reason.
 */
function onGrid(value: number, criterion: ScoringCriterion | undefined): number {
  if (!criterion) return value + 0; // unknown criterion: refused by checkScoreEvent
  const snapped = snapToGrid(value, criterion);
  return snapped.ok ? snapped.value : value + 0; // + 0 turns −0 into 0
}

/**
 * Runs one sheet operation: `build` returns the events to append given the
 * current sheet; each is checked against the sheet as it stands after the
 * previous ones, then all are appended, or none.
 */
function changeSheet(
  db: Db,
  owner: SheetOwner,
  atUtc: string,
  build: (
    sheet: DerivedSheet,
    base: Omit<ScoreEventDraft, 'kind'>,
    criteria: readonly ScoringCriterion[],
  ) => ScoreEventDraft[],
): DerivedSheet {
  const run = db.transaction(() => {
    const juror = cachedStatement(db, 'SELECT 1 FROM juror WHERE id = ?').get(owner.jurorId);
    const team = cachedStatement(db, 'SELECT 1 FROM team WHERE id = ?').get(owner.teamId);
    if (!juror || !team) throw new DomainError('error.notFound');
    const ctx: ScoreEventContext = {
      criteria: readScoringCriteria(db),
      recused: isRecused(db, owner.jurorId, owner.teamId),
      // A locked prize track that holds this juror and team freezes the sheet as well.
      resultsLocked: isResultsLocked(db) || sheetLockedByTrack(db, owner.jurorId, owner.teamId),
    };
    // Locked results and recusals are refused even when nothing would change: the form must say so.
    if (ctx.resultsLocked) throw new DomainError('scoring.resultsLocked');
    if (ctx.recused) throw new DomainError('scoring.recused');
    const log: StoredScoreEvent[] = readSheetLog(db, owner.jurorId, owner.teamId);
    let sheet = deriveSheets(log)[0] ?? emptySheet(owner.jurorId, owner.teamId);
    const base = {
      jurorId: owner.jurorId,
      teamId: owner.teamId,
      criterionId: null,
      value: null,
      comment: null,
      actor: owner.actor,
      atUtc,
      reason: null,
    };
    for (const draft of build(sheet, base, ctx.criteria)) {
      const refusal = checkScoreEvent(sheet.lastSeq === 0 ? null : sheet, draft, ctx);
      if (refusal) throw refusalError(refusal);
      log.push(...appendScoreEvents(db, [draft]));
      sheet = deriveSheets(log)[0] ?? sheet;
    }
    return sheet;
  });
  // IMMEDIATE: take the write lock before reading the chain head, so no other
  // connection can append in between (the crash test runs a second process).
  return run.immediate();
}

/** Saves what the juror typed so far (drafts save as they type). */
export function saveSheetDraft(db: Db, owner: SheetOwner, edit: SheetEdit, atUtc: string): DerivedSheet {
  return changeSheet(db, owner, atUtc, (sheet, base, criteria) => {
    // A submitted sheet is final until reopened, even for an edit that changes nothing (the
    // score-log rules refuse only the events they see, and an unchanged value makes none).
    if (sheet.status === 'submitted') throw refusalError({ code: 'scoring.sheetSubmitted' });
    return editEvents(sheet, edit, base, criteria);
  });
}

/** Saves the last edits and submits, atomically: submitted = final. */
export function submitSheet(db: Db, owner: SheetOwner, edit: SheetEdit | null, atUtc: string): DerivedSheet {
  return changeSheet(db, owner, atUtc, (sheet, base, criteria) => [
    ...(edit ? editEvents(sheet, edit, base, criteria) : []),
    { ...base, kind: 'submit' },
  ]);
}

/** Reopens a submitted sheet; the reason is recorded in the log. */
export function reopenSheet(db: Db, owner: SheetOwner, reason: string, atUtc: string): DerivedSheet {
  const text = cleanText(reason, MAX_REASON_LENGTH, 'reason')?.trim() ?? '';
  return changeSheet(db, owner, atUtc, (_sheet, base) => [{ ...base, kind: 'reopen', reason: text }]);
}
