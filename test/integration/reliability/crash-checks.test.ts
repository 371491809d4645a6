/**
 * The crash loop's checks must be able to fail: on a real event file, an
 * acknowledgement that the file does not back up (a seq beyond the log, a
 * different value, a submit the log does not show) is reported as lost, and
 * a timer row behind, ahead of, or different from the acknowledged one, or
 * disagreeing with the running order, is reported as inconsistent.
 */
import { describe, expect, it } from 'vitest';
import type { TimerState } from '../../../common/timer/types';
import { readScoreLog } from '../../../main/core/scoring/score-store';
import { checkTimer, lostScoreAcks, type TimerAck } from '../../reliability/crash-loop-checks';
import { testApp } from '../../support/temp';
import { ok } from './locked-event';

async function scoredApp() {
  const app = testApp();
  await ok(app, 'file.new', { name: 'Contrôles' });
  const team = await ok(app, 'teams.create', { name: 'Vai Ora', projectTitle: '', members: [] });
  const juror = await ok(app, 'jurors.create', { name: 'Hinatea Raʻiātea', title: '' });
  const c = await ok(app, 'criteria.create', {
    name: 'Impact',
    description: '',
    weight: 100,
    min: 0,
    max: 10,
    step: 1,
    levels: [],
  });
  const first = await ok(app, 'scores.enter', {
    jurorId: juror.id,
    teamId: team.id,
    criterionId: c.id,
    value: 4,
  });
  const second = await ok(app, 'scores.enter', {
    jurorId: juror.id,
    teamId: team.id,
    criterionId: c.id,
    value: 7,
  });
  const db = app.ctx.requireEventFile().db;
  return {
    app,
    db,
    teamId: team.id,
    jurorId: juror.id,
    criterionId: c.id,
    seqs: [first.lastSeq, second.lastSeq],
  };
}

describe('crash loop checks', () => {
  it('accept acknowledgements the log backs up, report the others as lost', async () => {
    const e = await scoredApp();
    const base = { jurorId: e.jurorId, teamId: e.teamId, criterionId: e.criterionId };
    const log = readScoreLog(e.db);
    const [s1, s2] = e.seqs as [number, number];
    const backed = [
      { op: 'score' as const, seq: s1, ...base, value: 4 },
      { op: 'score' as const, seq: s2, ...base, value: 7 },
    ];
    expect(lostScoreAcks(log, backed)).toEqual([]);
    const lost = [
      { op: 'score' as const, seq: s2 + 1, ...base, value: 7 },
      { op: 'score' as const, seq: s1, ...base, value: 7 },
      {
        op: 'submit' as const,
        seq: s2,
        jurorId: e.jurorId,
        teamId: e.teamId,
        scores: { [e.criterionId]: 7 },
      },
      { op: 'reopen' as const, seq: s2, jurorId: e.jurorId, teamId: e.teamId },
    ];
    expect(lostScoreAcks(log, lost)).toEqual(lost);
  });

  it('accept the acknowledged timer row (or one more transition), report anything else', async () => {
    const e = await scoredApp();
    const called = await ok(e.app, 'timer.command', { type: 'nextTeam' });
    const started = await ok(e.app, 'timer.command', { type: 'start' });
    const ack = (s: { revision: number; state: TimerState }): TimerAck => ({
      op: 'timer',
      revision: s.revision,
      state: s.state,
      command: 'x',
    });
    const now = Date.now() + 1000;
    expect(checkTimer(e.db, 0, [ack(called), ack(started)], now).problems).toEqual([]);
    // One transition committed but killed before its acknowledgement: fine.
    expect(checkTimer(e.db, 0, [ack(called)], now).problems).toEqual([]);
    // Acknowledged further than the file holds: lost.
    const ahead = { ...ack(started), revision: started.revision + 1 };
    expect(checkTimer(e.db, 0, [ahead], now).problems[0]).toMatch(/< acknowledged/);
    // Two unacknowledged transitions cannot happen with one call in flight.
    expect(checkTimer(e.db, started.revision - 2, [], now).problems[0]).toMatch(/unacknowledged/);
    // Same revision, other anchors.
    const other = { ...ack(started), state: { ...started.state, durationMs: started.state.durationMs + 1 } };
    expect(checkTimer(e.db, 0, [other], now).problems[0]).toMatch(/differ/);
    // The running order says no one is on stage while the timer has a team.
    e.db.prepare("UPDATE running_order SET status = 'waiting'").run();
    expect(checkTimer(e.db, 0, [ack(started)], now).problems[0]).toMatch(/on stage/);
    // A row that does not parse.
    e.db.prepare('UPDATE timer_state SET state_json = \'{"status":"running"}\'').run();
    expect(checkTimer(e.db, 0, [ack(started)], now).problems[0]).toMatch(/does not parse/);
  });
});
