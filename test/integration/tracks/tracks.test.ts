import { describe, expect, it } from 'vitest';
import type { Db } from '../../../main/core/db/open';
import { readSubmittedSheets } from '../../../main/core/scoring/score-store';
import { CHAIR_ACTOR, reopenSheet, submitSheet } from '../../../main/core/scoring/sheet-ops';
import { scoredEvent } from '../data/scored-event';
import { ok, refused } from '../scoring/fixture';

/**
 * Prize tracks over the real dispatcher and a real SQLite file: the demo
 * event (8 teams, 5 jurors, 4 criteria, every sheet submitted but one recusal).
 */
async function themedEvent() {
  const { app, db } = await scoredEvent({ lock: false });
  const ids = (table: string) =>
    (db.prepare(`SELECT id FROM ${table} ORDER BY position, id`).all() as { id: number }[]).map((r) => r.id);
  const teams = ids('team');
  const jurors = ids('juror');
  const criteria = ids('criterion');
  const track = await ok(app, 'tracks.create', { name: 'Prix de l’innovation numérique' });
  await ok(app, 'tracks.setTeams', { trackId: track.id, teamIds: [teams[0], teams[3], teams[5], teams[6]] });
  await ok(app, 'tracks.setJurors', { trackId: track.id, jurorIds: [jurors[1], jurors[2], jurors[4]] });
  await ok(app, 'tracks.setCriteria', {
    trackId: track.id,
    criteria: [
      { criterionId: criteria[1], weight: 3 },
      { criterionId: criteria[2], weight: 1 },
    ],
  });
  return { app, db, teams, jurors, criteria, trackId: track.id };
}

/** The weighted mean of juror totals, computed here from the raw sheets, for one team of a track. */
function expectedTotal(
  db: Db,
  teamId: number,
  jurorIds: readonly number[],
  weights: readonly { criterionId: number; weight: number }[],
): number {
  const scale = (db.prepare('SELECT scale_max AS s FROM event').get() as { s: number }).s;
  const bounds = new Map(
    (
      db.prepare('SELECT id, min, max FROM criterion').all() as { id: number; min: number; max: number }[]
    ).map((c) => [c.id, c]),
  );
  const weightSum = weights.reduce((s, w) => s + w.weight, 0);
  const totals = readSubmittedSheets(db)
    .filter((s) => s.teamId === teamId && jurorIds.includes(s.jurorId))
    .map(
      (s) =>
        (scale *
          weights.reduce((sum, w) => {
            const b = bounds.get(w.criterionId) as { min: number; max: number };
            return sum + (w.weight * ((s.scores[w.criterionId] as number) - b.min)) / (b.max - b.min);
          }, 0)) /
        weightSum,
    );
  return totals.reduce((a, b) => a + b, 0) / totals.length;
}

describe('prize tracks', () => {
  it('rank only their entered teams, with their jurors and their criteria at their weights', async () => {
    const { app, db, teams, jurors, criteria, trackId } = await themedEvent();
    const view = await ok(app, 'results.get', { trackId });
    expect(view.ranking.rows.map((r) => r.teamId).sort()).toEqual(
      [teams[0], teams[3], teams[5], teams[6]].sort(),
    );
    const weights = [
      { criterionId: criteria[1] as number, weight: 3 },
      { criterionId: criteria[2] as number, weight: 1 },
    ];
    const trackJurors = [jurors[1], jurors[2], jurors[4]] as number[];
    for (const row of view.ranking.rows) {
      expect(row.sheetsExpected).toBe(3);
      expect(row.total).toBeCloseTo(expectedTotal(db, row.teamId, trackJurors, weights), 10);
      expect(row.criterionAverages.map((a) => a.criterionId)).toEqual([criteria[1], criteria[2]]);
    }
    // The main track is untouched: every team, every juror.
    const main = await ok(app, 'results.get', {});
    expect(main.ranking.rows).toHaveLength(teams.length);
  });

  it('count one juror sheet in every track the juror and the team share', async () => {
    const { app, db, teams, jurors, criteria, trackId } = await themedEvent();
    const teamId = teams[0] as number;
    const jurorId = jurors[1] as number;
    const before = (await ok(app, 'results.get', { trackId })).ranking.rows.find((r) => r.teamId === teamId);
    const mainBefore = (await ok(app, 'results.get', {})).ranking.rows.find((r) => r.teamId === teamId);
    // The juror re-scores that team once (reopen + submit): both tracks move.
    reopenSheet(db, { jurorId, teamId, actor: CHAIR_ACTOR }, 'Erreur de saisie', '2026-09-30T11:59:00.000Z');
    submitSheet(
      db,
      { jurorId, teamId, actor: CHAIR_ACTOR },
      { scores: criteria.map((criterionId) => ({ criterionId, value: 10 })) },
      '2026-09-30T12:00:00.000Z',
    );
    const after = (await ok(app, 'results.get', { trackId })).ranking.rows.find((r) => r.teamId === teamId);
    const mainAfter = (await ok(app, 'results.get', {})).ranking.rows.find((r) => r.teamId === teamId);
    expect(after?.total).not.toBe(before?.total);
    expect(mainAfter?.total).not.toBe(mainBefore?.total);
  });

  it('apply a track recusal in that track only, and the event’s recusal in every track', async () => {
    const { app, teams, jurors, trackId } = await themedEvent();
    const teamId = teams[3] as number;
    const jurorId = jurors[2] as number;
    const recusals = await ok(app, 'tracks.setRecusal', {
      trackId,
      jurorId,
      teamId,
      reason: 'Mentor de l’équipe sur ce thème',
      actor: 'Présidente du jury',
    });
    expect(recusals).toEqual([expect.objectContaining({ jurorId, teamId, scope: 'track' })]);
    const inTrack = (await ok(app, 'results.get', { trackId })).ranking.rows.find((r) => r.teamId === teamId);
    expect(inTrack).toMatchObject({ sheetsExpected: 2, sheetsCounted: 2, recusedJurorIds: [jurorId] });
    const inMain = (await ok(app, 'results.get', {})).ranking.rows.find((r) => r.teamId === teamId);
    expect(inMain?.recusedJurorIds).toEqual([]);

    // The event's recusal (juror 0 × team 1 in the fixture) applies in a track that holds that pair.
    await ok(app, 'tracks.setTeams', { trackId, teamIds: [teams[1], teams[3]] });
    await ok(app, 'tracks.setJurors', { trackId, jurorIds: [jurors[0], jurors[2]] });
    const listed = await ok(app, 'tracks.recusals', { trackId });
    expect(listed.map((r) => [r.teamId, r.jurorId, r.scope])).toEqual([
      [teams[1], jurors[0], 'event'],
      [teams[3], jurors[2], 'track'],
    ]);
    expect(
      (
        await refused(app, 'tracks.setRecusal', {
          trackId,
          jurorId: jurors[1],
          teamId,
          reason: 'x',
          actor: 'P',
        })
      ).message,
    ).toMatch(/not in the track|ne participe pas/);
    const main = (await ok(app, 'tracks.list', {})).find((t) => t.main);
    expect(
      (
        await refused(app, 'tracks.setRecusal', {
          trackId: main?.id,
          jurorId,
          teamId,
          reason: 'x',
          actor: 'P',
        })
      ).message,
    ).toMatch(/page de notation/);
  });

  it('lock on their own: own fingerprint, the track frozen, its sheets frozen, setup refused, others free', async () => {
    const { app, db, teams, jurors, criteria, trackId } = await themedEvent();
    const check = await ok(app, 'results.lockCheck', { trackId });
    expect(check).toEqual({ missing: [], received: 12, expected: 12 });
    const lock = await ok(app, 'results.lock', { trackId, lockedBy: 'Tāmaʻa Teriʻi' });
    expect(lock).toMatchObject({
      locked: true,
      current: { matchesCurrent: true, lockedBy: 'Tāmaʻa Teriʻi' },
    });
    expect((await ok(app, 'results.get', {})).lock.locked).toBe(false);

    expect((await refused(app, 'tracks.setTeams', { trackId, teamIds: [teams[0]] })).message).toContain(
      'Prix de l’innovation numérique',
    );
    expect((await refused(app, 'tracks.rename', { trackId, name: 'Autre' })).code).toBe('tracks.locked');
    expect((await refused(app, 'results.updateSettings', { trackId, method: 'median' })).code).toBe(
      'tracks.locked',
    );
    expect((await refused(app, 'awards.addPodium', { trackId })).code).toBe('results.locked');
    expect((await refused(app, 'tracks.delete', { trackId })).code).toBe('tracks.locked');
    expect(
      (
        await refused(app, 'teams.update', {
          id: teams[0],
          name: 'Nouveau nom',
          projectTitle: '',
          members: [],
        })
      ).code,
    ).toBe('tracks.lockedSetup');

    // Unlock (with a reason) then relock unchanged: the same fingerprint; the main track's is another.
    await ok(app, 'results.unlock', { trackId, reason: 'Relecture', actor: 'Tāmaʻa Teriʻi' });
    const again = await ok(app, 'results.lock', { trackId, lockedBy: 'Vice-président' });
    expect(again.current?.hash).toBe(lock.current?.hash);
    expect(again.history.map((h) => h.action)).toEqual(['lock', 'unlock', 'lock']);
    // A sheet the locked track holds cannot change; one outside it can.
    const inTrack = { jurorId: jurors[1] as number, teamId: teams[0] as number, actor: CHAIR_ACTOR };
    const outside = { jurorId: jurors[0] as number, teamId: teams[0] as number, actor: CHAIR_ACTOR };
    const scores = { scores: criteria.map((criterionId) => ({ criterionId, value: 1 })) };
    const at = '2026-09-30T19:00:00.000Z';
    expect(() => reopenSheet(db, inTrack, 'Correction', at)).toThrow(/scoring.resultsLocked/);
    expect(() => reopenSheet(db, outside, 'Correction', at)).not.toThrow();
    expect(() => submitSheet(db, outside, scores, at)).not.toThrow();
    // Scoring elsewhere does not make the locked track look changed.
    expect((await ok(app, 'results.get', { trackId })).lock.current?.matchesCurrent).toBe(true);

    const main = await ok(app, 'results.lock', {
      lockedBy: 'Présidente',
      confirmedMissing: (await ok(app, 'results.lockCheck', {})).missing,
    });
    expect(main.current?.hash).not.toBe(lock.current?.hash);
    // A track that was ever locked keeps its history: it cannot be deleted, even unlocked.
    await ok(app, 'results.unlock', { trackId, reason: 'Fin', actor: 'Présidente' });
    expect((await refused(app, 'tracks.delete', { trackId })).code).toBe('tracks.hasLockHistory');
  });

  it('refuse bad input with a clear message, and never delete the main track', async () => {
    const { app, teams, criteria, trackId } = await themedEvent();
    const main = (await ok(app, 'tracks.list', {})).find((t) => t.main);
    expect(main?.name).toBe('Grand prix');
    expect((await refused(app, 'tracks.delete', { trackId: main?.id })).message).toMatch(
      /ne peut pas être supprimé/,
    );
    expect((await refused(app, 'tracks.setTeams', { trackId: main?.id, teamIds: [teams[0]] })).code).toBe(
      'tracks.mainHoldsEverything',
    );
    expect((await refused(app, 'tracks.create', { name: 'prix de l’innovation numérique ' })).code).toBe(
      'tracks.nameTaken',
    );
    expect((await refused(app, 'tracks.create', { name: '   ' })).code).toBe('validation.nameRequired');
    expect((await refused(app, 'tracks.setTeams', { trackId, teamIds: [teams[0], teams[0]] })).code).toBe(
      'tracks.listedTwice',
    );
    expect((await refused(app, 'tracks.setTeams', { trackId, teamIds: [99_999] })).code).toBe(
      'tracks.unknownMember',
    );
    expect(
      (
        await refused(app, 'tracks.setCriteria', {
          trackId,
          criteria: [{ criterionId: criteria[0], weight: 0 }],
        })
      ).code,
    ).toBe('tracks.noWeight');
    expect(
      (
        await refused(app, 'results.updateSettings', {
          trackId,
          tieBreaks: [{ kind: 'criterion', criterionId: criteria[0] }],
        })
      ).code,
    ).toBe('tracks.tieBreakCriterionNotInTrack');
    expect(
      (await refused(app, 'results.updateSettings', { trackId, penalty: { pointsPerStarted30s: 1 } })).code,
    ).toBe('tracks.penaltyIsEvents');
    expect((await refused(app, 'results.get', { trackId: 424_242 })).code).toBe('tracks.notFound');
    const empty = await ok(app, 'tracks.create', { name: 'Coup de cœur' });
    expect((await refused(app, 'results.get', { trackId: empty.id })).message).toContain(
      '«\u00a0Coup de cœur\u00a0»',
    );
    expect(
      (
        await refused(app, 'awards.create', {
          trackId,
          kind: 'special',
          name: 'Mention',
          podiumRank: null,
          teamId: teams[1],
        })
      ).code,
    ).toBe('tracks.awardTeamNotEntered');
    // Renaming the main track is allowed; an empty unlocked track can go.
    expect((await ok(app, 'tracks.rename', { trackId: main?.id, name: 'Grand prix du jury' })).name).toBe(
      'Grand prix du jury',
    );
    expect((await ok(app, 'tracks.delete', { trackId: empty.id })).map((t) => t.id)).not.toContain(empty.id);
  });

  it('have their own method, tie-breaks and awards; the ceremony reveals them track by track, the main one last', async () => {
    const { app, trackId } = await themedEvent();
    const settings = await ok(app, 'results.updateSettings', {
      trackId,
      method: 'median',
      tieBreaks: [{ kind: 'head_to_head' }],
    });
    expect(settings).toMatchObject({ method: 'median', tieBreaks: [{ kind: 'head_to_head' }] });
    expect((await ok(app, 'results.get', {})).settings.method).toBe('weighted_mean');
    const view = await ok(app, 'results.get', { trackId });
    expect(view.ranking.method).toBe('median');

    await ok(app, 'awards.create', {
      trackId,
      kind: 'podium',
      name: 'Prix de l’innovation',
      podiumRank: 1,
      teamId: null,
    });
    const trackAwards = await ok(app, 'awards.list', { trackId });
    const winner = view.ranking.rows.filter((r) => r.rank === 1).map((r) => r.teamId);
    expect(trackAwards).toEqual([
      expect.objectContaining({ name: 'Prix de l’innovation', winnerTeamIds: winner }),
    ]);
    expect(await ok(app, 'awards.list', {})).toEqual([]);
    await ok(app, 'awards.addPodium', {});

    await ok(app, 'results.lock', { trackId, lockedBy: 'Présidente' });
    let plan = await ok(app, 'ceremony.plan', {});
    expect(plan.steps.map((s) => [s.track?.name, s.name])).toEqual([
      ['Prix de l’innovation numérique', 'Prix de l’innovation'],
    ]);
    await ok(app, 'results.lock', {
      lockedBy: 'Présidente',
      confirmedMissing: (await ok(app, 'results.lockCheck', {})).missing,
    });
    plan = await ok(app, 'ceremony.plan', {});
    expect(plan.steps.map((s) => [s.step, s.track?.name, s.name])).toEqual([
      [1, 'Prix de l’innovation numérique', 'Prix de l’innovation'],
      [2, 'Grand prix', 'Troisième prix'],
      [3, 'Grand prix', 'Deuxième prix'],
      [4, 'Grand prix', 'Premier prix'],
    ]);
    await ok(app, 'ceremony.next', {});
    const projector = await ok(app, 'ceremony.get', {});
    expect(projector.revealed).toHaveLength(1);
    expect(projector.revealed[0]?.track?.name).toBe('Prix de l’innovation numérique');
  });
});
