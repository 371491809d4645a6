import { describe, expect, it } from 'vitest';
import { deleteCriterion } from '../../../main/core/event/criteria';
import { deleteJuror } from '../../../main/core/event/jurors';
import { deleteTeam } from '../../../main/core/event/teams';
import { lockResults, readLockCheck, unlockResults } from '../../../main/core/results/lock-ops';
import { updateScoringSettings } from '../../../main/core/results/settings-store';
import { clearRecusal, setRecusal } from '../../../main/core/scoring/recusals';
import { readScoreLog, readSheet, verifyScoreLog } from '../../../main/core/scoring/score-store';
import { reopenSheet, saveSheetDraft, submitSheet } from '../../../main/core/scoring/sheet-ops';
import { ok, refused, type ScoringEvent, scoringEvent } from './fixture';

const AT = '2026-11-27T09:30:00.000Z';

function codeOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    return (error as { code?: string }).code ?? String(error);
  }
  return 'no error';
}

/** Juror 0 scores team 0 completely and submits. */
function scoreAndSubmit(e: ScoringEvent, juror = 0, team = 0, impact = 7, pitch = 4) {
  const owner = { jurorId: e.jurorIds[juror] as number, teamId: e.teamIds[team] as number, actor: 'juror:x' };
  saveSheetDraft(
    e.db,
    owner,
    {
      scores: [
        { criterionId: e.impact, value: impact },
        { criterionId: e.pitch, value: pitch },
      ],
    },
    AT,
  );
  return submitSheet(e.db, owner, null, AT);
}

describe('the score log in SQLite', () => {
  it('refuses UPDATE and DELETE at the database level, whatever the caller', async () => {
    const e = await scoringEvent();
    scoreAndSubmit(e);
    const before = readScoreLog(e.db);
    expect(before.map((ev) => ev.kind)).toEqual(['score', 'score', 'submit']);
    expect(() => e.db.prepare('UPDATE score_event SET value = 10 WHERE seq = 1').run()).toThrow(
      /append-only/,
    );
    expect(() => e.db.prepare('UPDATE score_event SET actor = ?').run('chair')).toThrow(/append-only/);
    expect(() => e.db.prepare('DELETE FROM score_event WHERE seq = 3').run()).toThrow(/append-only/);
    expect(() => e.db.prepare('DELETE FROM score_event').run()).toThrow(/append-only/);
    expect(readScoreLog(e.db)).toEqual(before);
    expect(verifyScoreLog(e.db)).toMatchObject({ ok: true, count: 3 });
  });

  it('keeps the jurors, teams and criteria a score names (their ids must never be reused)', async () => {
    const e = await scoringEvent();
    scoreAndSubmit(e);
    const [juror, otherJuror] = e.jurorIds as [number, number];
    expect(() => deleteJuror(e.db, juror)).toThrow(/scoring\.jurorHasScores/);
    expect(() => deleteTeam(e.db, e.teamIds[0] as number)).toThrow(/scoring\.teamHasScores/);
    expect(() => deleteCriterion(e.db, e.impact)).toThrow(/scoring\.criterionHasScores/);
    // Rows without scores can still go.
    deleteJuror(e.db, otherJuror);
    deleteTeam(e.db, e.teamIds[3] as number);
    const count = (table: string) =>
      (e.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    expect([count('juror'), count('team'), count('criterion')]).toEqual([2, 3, 2]);
  });

  it('appends only what changed: saving the same draft twice records nothing new', async () => {
    const e = await scoringEvent();
    const owner = { jurorId: e.jurorIds[0] as number, teamId: e.teamIds[0] as number, actor: 'juror:1' };
    const edit = { scores: [{ criterionId: e.impact, value: 6 }], comment: 'Très clair' };
    saveSheetDraft(e.db, owner, edit, AT);
    saveSheetDraft(e.db, owner, edit, AT);
    saveSheetDraft(e.db, owner, { scores: [{ criterionId: e.impact, value: 8 }] }, AT);
    expect(readScoreLog(e.db).map((ev) => [ev.kind, ev.value, ev.comment])).toEqual([
      ['score', 6, null],
      ['comment', null, 'Très clair'],
      ['score', 8, null],
    ]);
    expect(readSheet(e.db, owner.jurorId, owner.teamId)).toMatchObject({
      scores: { [e.impact]: 8 },
      comment: 'Très clair',
      status: 'draft',
    });
  });

  it('submits only complete sheets, and a submitted sheet is final until reopened with a reason', async () => {
    const e = await scoringEvent();
    const owner = { jurorId: e.jurorIds[1] as number, teamId: e.teamIds[1] as number, actor: 'chair' };
    saveSheetDraft(e.db, owner, { scores: [{ criterionId: e.impact, value: 5 }] }, AT);
    expect(codeOf(() => submitSheet(e.db, owner, null, AT))).toBe('scoring.incomplete');
    // The refused submit rolled back entirely: still one event.
    expect(readScoreLog(e.db)).toHaveLength(1);

    submitSheet(e.db, owner, { scores: [{ criterionId: e.pitch, value: 3.5 }] }, AT);
    expect(readSheet(e.db, owner.jurorId, owner.teamId)?.status).toBe('submitted');
    const change = { scores: [{ criterionId: e.impact, value: 9 }] };
    expect(codeOf(() => saveSheetDraft(e.db, owner, change, AT))).toBe('scoring.sheetSubmitted');
    expect(codeOf(() => reopenSheet(e.db, owner, '   ', AT))).toBe('scoring.reasonRequired');

    reopenSheet(e.db, owner, 'Erreur de report depuis la fiche papier', AT);
    saveSheetDraft(e.db, owner, change, AT);
    submitSheet(e.db, owner, null, AT);
    const log = readScoreLog(e.db);
    expect(log.find((ev) => ev.kind === 'reopen')).toMatchObject({
      actor: 'chair',
      reason: 'Erreur de report depuis la fiche papier',
    });
    expect(readSheet(e.db, owner.jurorId, owner.teamId)).toMatchObject({
      scores: { [e.impact]: 9, [e.pitch]: 3.5 },
      status: 'submitted',
      reopenCount: 1,
    });
  });

  it('refuses a score from a recused juror for that team only', async () => {
    const e = await scoringEvent();
    const [jurorId, teamId, otherTeam] = [e.jurorIds[2], e.teamIds[0], e.teamIds[1]] as number[] as [
      number,
      number,
      number,
    ];
    expect(codeOf(() => setRecusal(e.db, { jurorId, teamId, reason: '  ' }, 'chair', AT))).toBe(
      'scoring.recusalReasonRequired',
    );
    setRecusal(e.db, { jurorId, teamId, reason: 'Ancienne associée du porteur de projet' }, 'chair', AT);
    const edit = { scores: [{ criterionId: e.impact, value: 5 }] };
    expect(codeOf(() => saveSheetDraft(e.db, { jurorId, teamId, actor: 'chair' }, edit, AT))).toBe(
      'scoring.recused',
    );
    saveSheetDraft(e.db, { jurorId, teamId: otherTeam, actor: 'chair' }, edit, AT);
    expect(readScoreLog(e.db).map((ev) => ev.teamId)).toEqual([otherTeam]);
    clearRecusal(e.db, jurorId, teamId);
    saveSheetDraft(e.db, { jurorId, teamId, actor: 'chair' }, edit, AT);
    expect(readScoreLog(e.db)).toHaveLength(2);
  });

  it('refuses every change once the results are locked, and unlocking needs a reason', async () => {
    const e = await scoringEvent();
    scoreAndSubmit(e);
    lockResults(e.db, 'Sophie Tetuanui', AT, readLockCheck(e.db).missing);
    const owner = { jurorId: e.jurorIds[1] as number, teamId: e.teamIds[0] as number, actor: 'chair' };
    const edit = { scores: [{ criterionId: e.impact, value: 5 }] };
    expect(codeOf(() => saveSheetDraft(e.db, owner, edit, AT))).toBe('scoring.resultsLocked');
    const submittedOwner = { ...owner, jurorId: e.jurorIds[0] as number };
    expect(codeOf(() => reopenSheet(e.db, submittedOwner, 'oubli', AT))).toBe('scoring.resultsLocked');
    expect(codeOf(() => setRecusal(e.db, { ...owner, reason: 'conflit' }, 'chair', AT))).toBe(
      'scoring.resultsLocked',
    );
    expect(codeOf(() => updateScoringSettings(e.db, { method: 'median' }, AT))).toBe('results.locked');
    expect(readScoreLog(e.db)).toHaveLength(3);
    // The lock record itself is append-only.
    expect(() => e.db.prepare('DELETE FROM results_lock').run()).toThrow(/append-only/);
    expect(() => e.db.prepare("UPDATE results_lock SET action = 'unlock'").run()).toThrow(/append-only/);

    expect(codeOf(() => unlockResults(e.db, ' ', 'Sophie', AT))).toBe('results.unlockReasonRequired');
    unlockResults(e.db, 'Fiche papier de Marc retrouvée', 'Sophie Tetuanui', AT);
    saveSheetDraft(e.db, owner, edit, AT);
    expect(readScoreLog(e.db)).toHaveLength(4);
    const history = e.db.prepare('SELECT action, reason FROM results_lock ORDER BY id').all();
    expect(history).toEqual([
      { action: 'lock', reason: null },
      { action: 'unlock', reason: 'Fiche papier de Marc retrouvée' },
    ]);
  });

  it('reports the first broken link when the file was tampered with behind the triggers', async () => {
    const e = await scoringEvent();
    scoreAndSubmit(e, 0, 0);
    scoreAndSubmit(e, 1, 0);
    scoreAndSubmit(e, 2, 0);
    expect(verifyScoreLog(e.db)).toMatchObject({ ok: true, count: 9 });
    // Someone with a SQLite editor removes the trigger and raises one score.
    e.db.exec('DROP TRIGGER score_event_no_update');
    e.db.prepare('UPDATE score_event SET value = 10 WHERE seq = 4').run();
    expect(verifyScoreLog(e.db)).toEqual({
      ok: false,
      brokenAtSeq: 4,
      storedSeq: 4,
      reason: 'chain.hashMismatch',
    });
  });

  it('reports a removed event where the gap starts', async () => {
    const e = await scoringEvent();
    scoreAndSubmit(e, 0, 0);
    scoreAndSubmit(e, 1, 1);
    e.db.exec('DROP TRIGGER score_event_no_delete');
    e.db.prepare('DELETE FROM score_event WHERE seq = 5').run();
    expect(verifyScoreLog(e.db)).toMatchObject({ ok: false, brokenAtSeq: 5, reason: 'chain.seqGap' });
  });
});

describe('scoring errors through the dispatcher', () => {
  it('refuses out-of-range and off-step values on the grid with a clear message on the cell', async () => {
    const e = await scoringEvent();
    const cell = { jurorId: e.jurorIds[0], teamId: e.teamIds[0] };
    const high = await refused(e.app, 'scores.enter', { ...cell, criterionId: e.impact, value: 11 });
    expect(high).toMatchObject({
      code: 'scoring.outOfRange',
      message: 'Saisissez une note entre 0 et 10.',
      issues: [{ path: ['scores', e.impact], message: 'Saisissez une note entre 0 et 10.' }],
    });
    const step = await refused(e.app, 'scores.enter', { ...cell, criterionId: e.pitch, value: 3.25 });
    expect(step.message).toBe('Les notes vont par pas de 0,5.');
    e.app.ctx.settings.setUiLocale('en');
    const english = await refused(e.app, 'scores.enter', { ...cell, criterionId: e.pitch, value: -1 });
    expect(english.message).toBe('Enter a score between 0 and 5.');
    expect(await ok(e.app, 'scores.verify', {})).toMatchObject({ ok: true, count: 0 });
  });

  it('says why a locked sheet cannot change', async () => {
    const e = await scoringEvent();
    await ok(e.app, 'results.lock', {
      lockedBy: 'Sophie Tetuanui',
      confirmedMissing: (await ok(e.app, 'results.lockCheck', {})).missing,
    });
    const error = await refused(e.app, 'scores.enter', {
      jurorId: e.jurorIds[0],
      teamId: e.teamIds[0],
      criterionId: e.impact,
      value: 5,
    });
    expect(error.message).toBe('Les résultats sont verrouillés\u00a0: les notes ne peuvent plus changer.');
  });
});
