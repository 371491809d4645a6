import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { identify, ok, refused, type ScoringEvent, scoringEvent } from './fixture';

/**
 * Juror total = 20 · (0.6 · impact/10 + 0.4 · pitch/5) = 1.2 · impact + 1.6 · pitch.
 * Team A: (8,4) (7,4) (9,5) → 16.0, 14.8, 18.8 → mean 16.5333…
 * Teams B and C: (6,3) from everyone → 7.2 + 4.8 = 12 each: a tie no score separates.
 * Team D: (2,1) → 2.4 + 1.6 = 4.
 */
const MARKS: Record<string, [number, number][]> = {
  A: [
    [8, 4],
    [7, 4],
    [9, 5],
  ],
  B: [
    [6, 3],
    [6, 3],
    [6, 3],
  ],
  C: [
    [6, 3],
    [6, 3],
    [6, 3],
  ],
  D: [
    [2, 1],
    [2, 1],
    [2, 1],
  ],
};

async function scoreEverything(e: ScoringEvent) {
  const tokens = await Promise.all(e.jurorIds.map((id) => identify(e.app, id)));
  for (const [t, letter] of ['A', 'B', 'C', 'D'].entries()) {
    for (const [j, token] of tokens.entries()) {
      const [impact, pitch] = (MARKS[letter] ?? [])[j] as [number, number];
      await ok(e.app, 'scoring.submit', {
        token,
        teamId: e.teamIds[t],
        scores: [
          { criterionId: e.impact, value: impact },
          { criterionId: e.pitch, value: pitch },
        ],
        comment: null,
      });
    }
  }
  return tokens;
}

describe('the juror form', () => {
  it('never receives another juror’s scores or comments', async () => {
    const e = await scoringEvent();
    const [mine, theirs] = [
      await identify(e.app, e.jurorIds[0] as number),
      await identify(e.app, e.jurorIds[1] as number),
    ];
    await ok(e.app, 'scoring.saveDraft', {
      token: theirs,
      teamId: e.teamIds[0],
      scores: [{ criterionId: e.impact, value: 9 }],
      comment: 'Avis confidentiel de Marc',
    });
    await ok(e.app, 'scoring.saveDraft', {
      token: mine,
      teamId: e.teamIds[0],
      scores: [{ criterionId: e.impact, value: 3 }],
    });
    const form = await ok(e.app, 'scoring.form', { token: mine });
    expect(form.juror.name).toBe('Hinatea Raʻiātea');
    const sheets = form.teams.flatMap((t) => (t.sheet ? [t.sheet] : []));
    expect(sheets).toHaveLength(1);
    expect(sheets[0]).toMatchObject({
      jurorId: e.jurorIds[0],
      scores: [{ criterionId: e.impact, value: 3 }],
    });
    expect(JSON.stringify(form)).not.toContain('Avis confidentiel');
    expect(JSON.stringify(form)).not.toContain('"value":9');
    // The token decides whose sheet is written: there is no juror id to forge in the call.
    const unknown = await refused(e.app, 'scoring.form', { token: 'x'.repeat(32) });
    expect(unknown.code).toBe('scoring.sessionExpired');
    await ok(e.app, 'scoring.signOut', { token: mine });
    expect((await refused(e.app, 'scoring.form', { token: mine })).code).toBe('scoring.sessionExpired');
  });

  it('lists teams in running order with the team on stage first', async () => {
    const e = await scoringEvent();
    const [a, b, c, d] = e.teamIds as [number, number, number, number];
    await ok(e.app, 'order.reorder', { teamIds: [d, c, b, a] });
    await ok(e.app, 'timer.command', { type: 'callTeam', teamId: b });
    const form = await ok(e.app, 'scoring.form', { token: await identify(e.app, e.jurorIds[0] as number) });
    expect(form.teams.map((t) => t.teamId)).toEqual([b, d, c, a]);
    expect(form.teams[0]?.orderStatus).toBe('on_stage');
  });

  it('asks for the PIN of a juror who has one and slows down guessing', async () => {
    const e = await scoringEvent();
    const [first, second] = e.jurorIds as [number, number];
    expect((await refused(e.app, 'scoring.setPin', { jurorId: first, pin: '12' })).code).toBe(
      'scoring.pinFormat',
    );
    const cards = await ok(e.app, 'scoring.setPin', { jurorId: first, pin: '2468' });
    expect(cards.map((c) => c.hasPin)).toEqual([true, false, false]);
    const stored = e.db.prepare('SELECT * FROM juror_pin').all() as { hash: string; salt: string }[];
    expect(JSON.stringify(stored)).not.toContain('2468');

    expect((await refused(e.app, 'scoring.identify', { jurorId: first, pin: null })).message).toBe(
      'Code PIN incorrect.',
    );
    expect((await ok(e.app, 'scoring.identify', { jurorId: first, pin: '2468' })).jurorId).toBe(first);

    await ok(e.app, 'scoring.setPin', { jurorId: second, pin: '13579' });
    for (let i = 0; i < 5; i += 1) await refused(e.app, 'scoring.identify', { jurorId: second, pin: '0000' });
    const lockedOut = await refused(e.app, 'scoring.identify', { jurorId: second, pin: '13579' });
    expect(lockedOut.code).toBe('scoring.pinLockedOut');
  });

  it('announces each save to every window', async () => {
    const e = await scoringEvent();
    const token = await identify(e.app, e.jurorIds[0] as number);
    e.app.emitted.length = 0;
    await ok(e.app, 'scoring.saveDraft', {
      token,
      teamId: e.teamIds[0],
      scores: [{ criterionId: e.impact, value: 5 }],
    });
    expect(e.app.emitted.map((m) => m.payload)).toEqual([
      { revision: expect.any(Number), scopes: ['scores'] },
    ]);
  });
});

describe('progress, results, lock, awards and the ceremony', () => {
  it('shows who is missing per team', async () => {
    const e = await scoringEvent();
    const [j1, j2, j3] = e.jurorIds as [number, number, number];
    const [a] = e.teamIds as [number];
    await ok(e.app, 'recusals.set', { jurorId: j3, teamId: a, reason: 'Mentor de l’équipe' });
    const token = await identify(e.app, j1);
    await ok(e.app, 'scoring.submit', {
      token,
      teamId: a,
      scores: [
        { criterionId: e.impact, value: 5 },
        { criterionId: e.pitch, value: 2 },
      ],
    });
    await ok(e.app, 'scores.enter', { jurorId: j2, teamId: a, criterionId: e.impact, value: 4 });
    const progress = await ok(e.app, 'scores.progress', {});
    expect(progress.teams.find((t) => t.teamId === a)).toEqual({
      teamId: a,
      expected: 2,
      submitted: 1,
      missingJurorIds: [j2],
      draftJurorIds: [j2],
      recusedJurorIds: [j3],
    });
    expect(progress).toMatchObject({ submittedTotal: 1, expectedTotal: 11 });
  });

  it('ranks, flags the tie, records the chair’s decision, locks with a SHA-256, reveals without spoilers', async () => {
    const e = await scoringEvent();
    const [a, b, c, d] = e.teamIds as [number, number, number, number];
    await scoreEverything(e);

    let results = await ok(e.app, 'results.get', {});
    expect(results.ranking.rows.map((r) => [r.teamId, r.rank])).toEqual([
      [a, 1],
      [b, 2],
      [c, 2],
      [d, 4],
    ]);
    expect(results.ranking.rows[0]?.total).toBeCloseTo((16 + 14.8 + 18.8) / 3, 9);
    expect(results.ranking.unresolvedTies).toEqual([[b, c]]);
    expect(results.ranking.rows[1]?.tie).toEqual({ tiedWith: [c], decidedBy: null, sharedRankWith: [c] });
    expect(results.deliberation?.podiumByMethod).toHaveLength(5);

    // The default chain ends with the chair's decision: record one for exactly {B, C}.
    await ok(e.app, 'results.decideTie', { orderedTeamIds: [c, b] });
    results = await ok(e.app, 'results.get', {});
    expect(results.ranking.rows.map((r) => [r.teamId, r.rank])).toEqual([
      [a, 1],
      [c, 2],
      [b, 3],
      [d, 4],
    ]);
    expect(results.ranking.rows[1]?.tie?.decidedBy).toEqual({ kind: 'chair_decision' });

    await ok(e.app, 'awards.addPodium', {});
    await ok(e.app, 'awards.create', {
      kind: 'special',
      name: 'Coup de cœur du jury',
      podiumRank: null,
      teamId: d,
    });
    const awards = await ok(e.app, 'awards.list', {});
    expect(awards.map((aw) => [aw.name, aw.winnerTeamIds])).toEqual([
      ['Premier prix', [a]],
      ['Deuxième prix', [c]],
      ['Troisième prix', [b]],
      ['Coup de cœur du jury', [d]],
    ]);
    expect((await refused(e.app, 'ceremony.next', {})).code).toBe('ceremony.notLocked');

    const lock = await ok(e.app, 'results.lock', {
      lockedBy: 'Sophie Tetuanui',
      confirmedMissing: (await ok(e.app, 'results.lockCheck', {})).missing,
    });
    expect(lock.current?.hash).toMatch(/^[0-9a-f]{64}$/);
    const stored = e.db.prepare('SELECT payload_json, hash FROM results_lock').get() as {
      payload_json: string;
      hash: string;
    };
    expect(createHash('sha256').update(stored.payload_json, 'utf8').digest('hex')).toBe(lock.current?.hash);
    expect(lock.current).toMatchObject({ lockedBy: 'Sophie Tetuanui', scoreCount: 36, matchesCurrent: true });
    const chain = await ok(e.app, 'scores.verify', {});
    expect(chain.ok && chain.lastHash).toBe(lock.current?.scoreLastHash);

    // Editing after the lock is refused, awards and settings included.
    const token = await identify(e.app, e.jurorIds[0] as number);
    expect((await refused(e.app, 'scoring.reopen', { token, teamId: a, reason: 'oubli' })).code).toBe(
      'scoring.resultsLocked',
    );
    expect((await refused(e.app, 'awards.delete', { id: awards[0]?.id })).code).toBe('results.locked');
    expect((await refused(e.app, 'results.updateSettings', { method: 'borda' })).code).toBe('results.locked');

    // The projector learns one award at a time: special awards, then the podium from third to first.
    expect((await ok(e.app, 'ceremony.get', {})).revealed).toEqual([]);
    const plan = await ok(e.app, 'ceremony.next', {});
    expect(plan.steps.map((s) => s.name)).toEqual([
      'Coup de cœur du jury',
      'Troisième prix',
      'Deuxième prix',
      'Premier prix',
    ]);
    const first = await ok(e.app, 'ceremony.get', {});
    expect(first.revealed.map((s) => s.teams.map((t) => t.name))).toEqual([['Reo Plus']]);
    const text = JSON.stringify(first);
    for (const spoiler of ['Premier prix', 'Deuxième prix', 'Vai Ora', 'Fare Pūai', 'Motu Énergie']) {
      expect(text).not.toContain(spoiler);
    }
    await ok(e.app, 'ceremony.next', {});
    await ok(e.app, 'ceremony.next', {});
    await ok(e.app, 'ceremony.next', {});
    const last = await ok(e.app, 'ceremony.get', {});
    expect(last.finished).toBe(true);
    expect(last.revealed.at(-1)).toMatchObject({ name: 'Premier prix', teams: [{ name: 'Vai Ora' }] });

    // Unlocking is recorded with its reason; the lock history keeps both.
    expect((await refused(e.app, 'results.unlock', { reason: '', actor: 'Sophie' })).code).toBe(
      'results.unlockReasonRequired',
    );
    const unlocked = await ok(e.app, 'results.unlock', { reason: 'Recours d’une équipe', actor: 'Sophie' });
    expect(unlocked.history.map((h) => [h.action, h.reason])).toEqual([
      ['lock', null],
      ['unlock', 'Recours d’une équipe'],
    ]);
  });

  it('applies the overtime penalty declared in advance, and refuses to change it afterwards', async () => {
    const e = await scoringEvent();
    const [a] = e.teamIds as [number];
    await ok(e.app, 'results.updateSettings', { penalty: { pointsPerStarted30s: 0.5 } });
    // What the timer records when a pitch ends: 31 s over = two started periods of 30 s.
    e.db
      .prepare(
        `INSERT INTO phase_record (team_id, phase, used_ms, allowed_ms, overtime_ms, ended_at)
         VALUES (?, 'pitch', 331000, 300000, 31000, 1)`,
      )
      .run(a);
    await scoreEverything(e);
    const results = await ok(e.app, 'results.get', {});
    const row = results.ranking.rows.find((r) => r.teamId === a);
    expect(row?.penalty).toBe(1);
    expect(row?.total).toBeCloseTo((16 + 14.8 + 18.8) / 3 - 1, 9);
    expect(results.overtime).toEqual([{ teamId: a, overtimeMs: 31_000 }]);
    const late = await refused(e.app, 'results.updateSettings', { penalty: null });
    expect(late.code).toBe('results.penaltyDeclaredInAdvance');
    // The method can still change until the lock.
    expect((await ok(e.app, 'results.updateSettings', { method: 'median' })).method).toBe('median');
  });

  it('types paper sheets in on the grid and submits the complete ones only', async () => {
    const e = await scoringEvent();
    const [j1, j2] = e.jurorIds as [number, number];
    const [a] = e.teamIds as [number];
    await ok(e.app, 'scores.enter', { jurorId: j1, teamId: a, criterionId: e.impact, value: 7 });
    await ok(e.app, 'scores.enter', { jurorId: j1, teamId: a, criterionId: e.pitch, value: 2.5 });
    await ok(e.app, 'scores.enter', { jurorId: j2, teamId: a, criterionId: e.impact, value: 7 });
    // A juror's own complete draft on the form is theirs to submit, not the chair's.
    const token = await identify(e.app, j2);
    await ok(e.app, 'scoring.saveDraft', {
      token,
      teamId: e.teamIds[1],
      scores: [
        { criterionId: e.impact, value: 1 },
        { criterionId: e.pitch, value: 1 },
      ],
    });
    expect(await ok(e.app, 'scores.submitComplete', {})).toEqual({ submitted: 1 });
    const grid = await ok(e.app, 'scores.grid', {});
    expect(grid.sheets.map((s) => [s.jurorId, s.teamId, s.status])).toEqual([
      [j1, a, 'submitted'],
      [j2, a, 'draft'],
      [j2, e.teamIds[1], 'draft'],
    ]);
  });
});
