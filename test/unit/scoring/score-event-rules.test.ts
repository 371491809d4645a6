import { describe, expect, it } from 'vitest';
import type { DerivedSheet, ScoreEventDraft } from '../../../main/core/scoring/hash-chain';
import { checkScoreEvent, type ScoreEventContext } from '../../../main/core/scoring/score-event-rules';

const ctx: ScoreEventContext = {
  criteria: [
    { id: 101, min: 0, max: 5, step: 0.5 },
    { id: 102, min: 1, max: 10, step: 1 },
  ],
  recused: false,
  resultsLocked: false,
};

function draft(overrides: Partial<ScoreEventDraft> = {}): ScoreEventDraft {
  return {
    jurorId: 11,
    teamId: 1,
    criterionId: 101,
    value: 3.5,
    kind: 'score',
    comment: null,
    actor: 'juror:11',
    atUtc: '2022-09-30T18:42:07.250Z',
    reason: null,
    ...overrides,
  };
}

function sheet(status: 'draft' | 'submitted', scores: Record<number, number>): DerivedSheet {
  return {
    jurorId: 11,
    teamId: 1,
    scores,
    comment: null,
    status,
    submittedAtUtc: status === 'submitted' ? '2022-09-30T18:50:00.000Z' : null,
    lastSeq: 4,
    reopenCount: 0,
  };
}

const bare = { criterionId: null, value: null } as const;

describe('checkScoreEvent', () => {
  it('accepts a score in range and on step, and clearing a criterion', () => {
    expect(checkScoreEvent(null, draft(), ctx)).toBeNull();
    expect(checkScoreEvent(sheet('draft', { 101: 2 }), draft({ value: null }), ctx)).toBeNull();
    expect(checkScoreEvent(null, draft({ criterionId: 102, value: 7 }), ctx)).toBeNull();
  });

  it('refuses out-of-range, off-step and unknown criteria with details', () => {
    expect(checkScoreEvent(null, draft({ value: 5.5 }), ctx)).toEqual({
      code: 'scoring.outOfRange',
      criterionId: 101,
      min: 0,
      max: 5,
    });
    expect(checkScoreEvent(null, draft({ criterionId: 102, value: 0 }), ctx)).toMatchObject({
      code: 'scoring.outOfRange',
      min: 1,
    });
    expect(checkScoreEvent(null, draft({ value: 3.25 }), ctx)).toEqual({
      code: 'scoring.offStep',
      criterionId: 101,
      step: 0.5,
    });
    expect(checkScoreEvent(null, draft({ criterionId: 999 }), ctx)).toEqual({
      code: 'scoring.unknownCriterion',
      criterionId: 999,
    });
    expect(checkScoreEvent(null, draft({ value: Number.NaN }), ctx)).toEqual({
      code: 'scoring.invalidEvent',
      field: 'value',
    });
  });

  it('refuses everything once results are locked, and anything from a recused juror', () => {
    expect(checkScoreEvent(null, draft(), { ...ctx, resultsLocked: true })).toEqual({
      code: 'scoring.resultsLocked',
    });
    expect(checkScoreEvent(null, draft(), { ...ctx, recused: true })).toEqual({ code: 'scoring.recused' });
  });

  it('treats a submitted sheet as final: no score or comment until reopened', () => {
    const submitted = sheet('submitted', { 101: 3, 102: 4 });
    expect(checkScoreEvent(submitted, draft(), ctx)).toEqual({ code: 'scoring.sheetSubmitted' });
    expect(checkScoreEvent(submitted, draft({ ...bare, kind: 'comment', comment: 'x' }), ctx)).toEqual({
      code: 'scoring.sheetSubmitted',
    });
    expect(checkScoreEvent(submitted, draft({ ...bare, kind: 'submit' }), ctx)).toEqual({
      code: 'scoring.alreadySubmitted',
    });
  });

  it('requires every criterion before submitting', () => {
    expect(checkScoreEvent(sheet('draft', { 101: 3 }), draft({ ...bare, kind: 'submit' }), ctx)).toEqual({
      code: 'scoring.incomplete',
      missingCriterionIds: [102],
    });
    expect(checkScoreEvent(null, draft({ ...bare, kind: 'submit' }), ctx)).toEqual({
      code: 'scoring.incomplete',
      missingCriterionIds: [101, 102],
    });
    expect(
      checkScoreEvent(sheet('draft', { 101: 3, 102: 4 }), draft({ ...bare, kind: 'submit' }), ctx),
    ).toBeNull();
  });

  it('requires a reason to reopen, and a submitted sheet to reopen', () => {
    const submitted = sheet('submitted', { 101: 3, 102: 4 });
    const reopen = draft({ ...bare, kind: 'reopen', actor: 'chair' });
    expect(checkScoreEvent(submitted, reopen, ctx)).toEqual({ code: 'scoring.reasonRequired' });
    expect(checkScoreEvent(submitted, { ...reopen, reason: '   ' }, ctx)).toEqual({
      code: 'scoring.reasonRequired',
    });
    expect(checkScoreEvent(submitted, { ...reopen, reason: 'Erreur de saisie' }, ctx)).toBeNull();
    expect(checkScoreEvent(sheet('draft', {}), { ...reopen, reason: 'x' }, ctx)).toEqual({
      code: 'scoring.notSubmitted',
    });
  });

  it('refuses malformed events', () => {
    expect(checkScoreEvent(null, draft({ actor: ' ' }), ctx)).toEqual({
      code: 'scoring.invalidEvent',
      field: 'actor',
    });
    expect(checkScoreEvent(null, draft({ atUtc: '30/09/2022 18:42' }), ctx)).toEqual({
      code: 'scoring.invalidEvent',
      field: 'atUtc',
    });
    expect(checkScoreEvent(null, draft({ atUtc: '2022-02-30T10:00:00Z' }), ctx)).toMatchObject({
      code: 'scoring.invalidEvent',
    });
    expect(checkScoreEvent(null, draft({ criterionId: null }), ctx)).toEqual({
      code: 'scoring.invalidEvent',
      field: 'criterionId',
    });
    expect(checkScoreEvent(null, draft({ kind: 'comment', comment: 'x' }), ctx)).toEqual({
      code: 'scoring.invalidEvent',
      field: 'criterionId',
    });
  });
});
