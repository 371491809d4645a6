import { describe, expect, it } from 'vitest';
import { computeRanking } from '../../../main/core/ranking/compute-ranking';
import {
  appendScoreEvent,
  deriveSheets,
  type ScoreEventDraft,
  type StoredScoreEvent,
  submittedSheets,
} from '../../../main/core/scoring/hash-chain';

const at = (minute: number) => `2022-09-30T18:${String(minute).padStart(2, '0')}:00.000Z`;

function ev(
  kind: ScoreEventDraft['kind'],
  jurorId: number,
  teamId: number,
  minute: number,
  extra: Partial<ScoreEventDraft> = {},
): ScoreEventDraft {
  return {
    jurorId,
    teamId,
    criterionId: null,
    value: null,
    kind,
    comment: null,
    actor: `juror:${jurorId}`,
    atUtc: at(minute),
    reason: null,
    ...extra,
  };
}
const score = (jurorId: number, teamId: number, criterionId: number, value: number | null, minute: number) =>
  ev('score', jurorId, teamId, minute, { criterionId, value });

function log(drafts: ScoreEventDraft[]): StoredScoreEvent[] {
  const out: StoredScoreEvent[] = [];
  for (const d of drafts) out.push(appendScoreEvent(out.at(-1) ?? null, d));
  return out;
}

describe('deriveSheets', () => {
  const events = log([
    score(11, 1, 101, 3, 1),
    score(11, 1, 102, 4, 2),
    ev('comment', 11, 1, 3, { comment: 'Pitch très clair' }),
    score(11, 1, 101, 5, 4), // the last score for a criterion wins
    score(12, 1, 101, 2, 5), // another juror's draft
    ev('submit', 11, 1, 6),
  ]);

  it('keeps the last value per criterion, the comment, and the submission', () => {
    expect(deriveSheets(events)).toEqual([
      {
        jurorId: 11,
        teamId: 1,
        scores: { 101: 5, 102: 4 },
        comment: 'Pitch très clair',
        status: 'submitted',
        submittedAtUtc: at(6),
        lastSeq: 6,
        reopenCount: 0,
      },
      {
        jurorId: 12,
        teamId: 1,
        scores: { 101: 2 },
        comment: null,
        status: 'draft',
        submittedAtUtc: null,
        lastSeq: 5,
        reopenCount: 0,
      },
    ]);
  });

  it('returns to draft on reopen until the next submit; a null score clears the criterion', () => {
    const more = log([
      ...events.map(({ seq: _s, prevHash: _p, hash: _h, ...draft }) => draft),
      ev('reopen', 11, 1, 7, { actor: 'chair', reason: 'wrong team on paper' }),
      score(11, 1, 102, null, 8),
      ev('comment', 11, 1, 9, { comment: '' }),
    ]);
    const reopened = deriveSheets(more)[0];
    expect(reopened).toMatchObject({
      status: 'draft',
      submittedAtUtc: null,
      reopenCount: 1,
      scores: { 101: 5 },
    });
    expect(reopened?.comment).toBeNull();
    const resubmitted = deriveSheets(log([...more, ev('submit', 11, 1, 10)]))[0];
    expect(resubmitted).toMatchObject({ status: 'submitted', submittedAtUtc: at(10), reopenCount: 1 });
  });

  it('applies events in seq order even when given out of order', () => {
    expect(deriveSheets([...events].reverse())).toEqual(deriveSheets(events));
  });

  it('feeds only submitted sheets to the ranking', () => {
    const sheets = submittedSheets(deriveSheets(events));
    expect(sheets).toEqual([{ jurorId: 11, teamId: 1, scores: { 101: 5, 102: 4 } }]);
    const ranking = computeRanking({
      scaleMax: 20,
      criteria: [
        { id: 101, weight: 50, min: 0, max: 5 },
        { id: 102, weight: 50, min: 0, max: 5 },
      ],
      teams: [{ id: 1 }],
      jurors: [{ id: 11 }, { id: 12 }],
      recusals: [],
      sheets,
      method: 'weighted_mean',
      tieBreaks: [],
      chairDecisions: [],
      penalty: null,
      overtime: [],
    });
    // (50·5/5 + 50·4/5)/100 · 20 = (50 + 40)/100 · 20 = 18 ; juror 12's draft is missing.
    expect(ranking.rows[0]).toMatchObject({
      total: 18,
      sheetsCounted: 1,
      sheetsExpected: 2,
      missingJurorIds: [12],
    });
  });
});
