/**
 * The audience prize as a step of the award ceremony, over the real
 * dispatcher and a real SQLite file: absent until voting is closed for good,
 * then after the other tracks and before the jury's podium, ties shown as ties.
 */
import { describe, expect, it } from 'vitest';
import { createBallots } from '../../../main/core/audience/ballots';
import { castVote } from '../../../main/core/audience/voting';
import { scoredEvent } from '../data/scored-event';
import { ok } from '../scoring/fixture';

const AT = '2026-12-07T19:00:00.000Z';

/** The demo event with a second prize track and the main podium, both locked. */
async function lockedTwoTracks() {
  const { app, db } = await scoredEvent({ lock: false });
  const ids = (table: string) =>
    (db.prepare(`SELECT id FROM ${table} ORDER BY position, id`).all() as { id: number }[]).map((r) => r.id);
  const teams = ids('team');
  const track = await ok(app, 'tracks.create', { name: 'Prix de l’innovation numérique' });
  await ok(app, 'tracks.setTeams', { trackId: track.id, teamIds: [teams[0], teams[3], teams[5]] });
  await ok(app, 'tracks.setJurors', { trackId: track.id, jurorIds: ids('juror') });
  await ok(app, 'tracks.setCriteria', {
    trackId: track.id,
    criteria: ids('criterion').map((criterionId) => ({ criterionId, weight: 1 })),
  });
  await ok(app, 'awards.create', {
    trackId: track.id,
    kind: 'podium',
    name: 'Prix de l’innovation',
    podiumRank: 1,
    teamId: null,
  });
  await ok(app, 'awards.create', {
    kind: 'special',
    name: 'Coup de cœur',
    podiumRank: null,
    teamId: teams[7],
  });
  await ok(app, 'awards.addPodium', {});
  await ok(app, 'results.lock', { trackId: track.id, lockedBy: 'Présidente' });
  await ok(app, 'results.lock', {
    lockedBy: 'Présidente',
    confirmedMissing: (await ok(app, 'results.lockCheck', {})).missing,
  });
  return { app, db, teams };
}

const names = (plan: { steps: { kind: string; name: string }[] }) => plan.steps.map((s) => [s.kind, s.name]);

const JURY_ONLY = [
  ['podium', 'Prix de l’innovation'],
  ['special', 'Coup de cœur'],
  ['podium', 'Troisième prix'],
  ['podium', 'Deuxième prix'],
  ['podium', 'Premier prix'],
];

describe('the ceremony reveals the audience prize', () => {
  it('as a step after the other tracks and before the jury’s podium, only once voting is closed for good', async () => {
    const { app, db, teams } = await lockedTwoTracks();
    expect(names(await ok(app, 'ceremony.plan', {}))).toEqual(JURY_ONLY);

    const ballots = createBallots(db, 6, AT).map((b) => b.ballotId);
    await ok(app, 'audience.setVoting', { state: 'open' });
    // Two teams tie on 2 votes; ballot 6 never votes.
    [teams[4], teams[2], teams[4], teams[2], teams[0]].forEach((teamId, i) => {
      castVote(db, ballots[i] as number, teamId as number, AT);
    });
    expect(names(await ok(app, 'ceremony.plan', {}))).toEqual(JURY_ONLY);
    await ok(app, 'audience.setVoting', { state: 'closed' });
    // A pause is not the end: nothing about the audience yet, not even its step.
    expect(names(await ok(app, 'ceremony.plan', {}))).toEqual(JURY_ONLY);

    await ok(app, 'audience.setVoting', { state: 'final' });
    const plan = await ok(app, 'ceremony.plan', {});
    expect(names(plan)).toEqual([
      ['podium', 'Prix de l’innovation'],
      ['special', 'Coup de cœur'],
      ['audience', 'Prix du public'],
      ['podium', 'Troisième prix'],
      ['podium', 'Deuxième prix'],
      ['podium', 'Premier prix'],
    ]);
    expect(plan.steps.map((s) => s.step)).toEqual([1, 2, 3, 4, 5, 6]);
    const audience = plan.steps[2];
    expect(audience?.votes).toBe(2);
    expect(audience?.teams.map((t) => t.id)).toEqual([teams[2], teams[4]]);

    // The projector learns of it only when the chair gets there.
    await ok(app, 'ceremony.next', {});
    await ok(app, 'ceremony.next', {});
    expect((await ok(app, 'ceremony.get', {})).revealed.map((s) => s.kind)).toEqual(['podium', 'special']);
    await ok(app, 'ceremony.next', {});
    const projector = await ok(app, 'ceremony.get', {});
    expect(projector.revealed.at(-1)).toMatchObject({ kind: 'audience', name: 'Prix du public', votes: 2 });
    expect(projector.revealed.at(-1)?.teams).toHaveLength(2);
    expect(projector.finished).toBe(false);

    // The separate reveal button keeps working alongside the step.
    expect((await ok(app, 'audience.reveal', { revealed: true })).revealed).toBe(true);
  });

  it('is not there when no ballot was printed, and names the prize in the event’s language', async () => {
    const { app } = await lockedTwoTracks();
    await ok(app, 'audience.setVoting', { state: 'final' });
    expect(names(await ok(app, 'ceremony.plan', {}))).toEqual(JURY_ONLY);

    const other = await lockedTwoTracks();
    createBallots(other.db, 1, AT);
    await ok(other.app, 'audience.setVoting', { state: 'final' });
    other.db.prepare("UPDATE event SET locale = 'en' WHERE id = 1").run();
    const step = (await ok(other.app, 'ceremony.plan', {})).steps.find((s) => s.kind === 'audience');
    // Nobody voted: the step says so (no team), it does not crown every team on 0 votes.
    expect(step).toMatchObject({ name: 'Audience prize', votes: 0, teams: [] });
  });
});
