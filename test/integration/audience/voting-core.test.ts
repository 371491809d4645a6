/**
 * The audience vote's core on a real SQLite file: ballots stored as digests,
 * the voting rules, the weight frozen once voting opens, the tally derived
 * from a hash-chained, append-only log.
 */
import { describe, expect, it } from 'vitest';
import { ballotCodeDigest, normalizeBallotCode } from '../../../main/core/audience/ballot-secrets';
import {
  ballotForCode,
  ballotForToken,
  createBallots,
  type IssuedBallot,
} from '../../../main/core/audience/ballots';
import { combineAudience } from '../../../main/core/audience/combine';
import { readAudienceLog, verifyAudienceChain } from '../../../main/core/audience/log';
import {
  castVote,
  readAudience,
  readAudienceSettings,
  readBallotView,
  setAudienceWeight,
  setVotingState,
  voidBallot,
} from '../../../main/core/audience/voting';
import { DomainError } from '../../../main/core/errors';
import { verifyEvent } from '../../../main/core/verify/verify-event';
import { dbSnapshot } from '../lan/lan-app';
import { scoringEvent } from '../scoring/fixture';

const AT = '2026-12-07T18:00:00.000Z';

function codeOf(fn: () => unknown): string | null {
  try {
    fn();
    return null;
  } catch (error) {
    return error instanceof DomainError ? error.code : String(error);
  }
}

describe('audience ballots', () => {
  it('are stored as digests only, found by token or typed code (any case, hyphens, O for 0)', async () => {
    const { db } = await scoringEvent();
    const ballots = createBallots(db, 5, AT);
    expect(ballots.map((b) => b.number)).toEqual([1, 2, 3, 4, 5]);
    const dump = dbSnapshot(db);
    for (const b of ballots) {
      expect(dump).not.toContain(b.token);
      expect(dump).not.toContain(b.code.replace('-', ''));
      expect(b.token).toMatch(/^[A-Za-z0-9_-]{22}$/);
      expect(b.code).toMatch(/^[0-9A-Z]{5}-[0-9A-Z]{5}$/);
    }
    const third = ballots[2] as (typeof ballots)[number];
    expect(ballotForToken(db, third.token)?.ballotId).toBe(third.ballotId);
    const typed = ` ${third.code.toLowerCase().replace(/0/g, 'o')} `;
    expect(ballotForCode(db, typed)?.ballotId).toBe(third.ballotId);
    expect(ballotForCode(db, 'AAAAA-AAAAA')).toBeNull();
    expect(ballotForToken(db, 'A'.repeat(22))).toBeNull();
    expect(normalizeBallotCode('too-short')).toBeNull();
    // A second run continues the numbering; the log records both runs.
    expect(createBallots(db, 2, AT).map((b) => b.number)).toEqual([6, 7]);
    expect(readAudience(db).counts.printed).toBe(7);
    expect(
      readAudienceLog(db)
        .filter((e) => e.kind === 'ballots')
        .map((e) => e.value),
    ).toEqual([5, 2]);
    expect(codeOf(() => createBallots(db, 0, AT))).toBe('audience.ballotCount');
    expect(codeOf(() => createBallots(db, 2001, AT))).toBe('audience.ballotCount');
    expect(ballotCodeDigest('X')).not.toBe(ballotCodeDigest('Y'));
  });
});

describe('audience voting', () => {
  it('follows the rules: open only, change until closed, void refuses, final freezes; the last vote counts', async () => {
    const { db, teamIds } = await scoringEvent();
    const [t1, t2, t3] = teamIds as [number, number, number];
    const [a, b, c, d] = createBallots(db, 4, AT) as [IssuedBallot, IssuedBallot, IssuedBallot, IssuedBallot];
    expect(codeOf(() => castVote(db, a.ballotId, t1, AT))).toBe('audience.votingClosed');
    setVotingState(db, 'open', AT);
    expect(castVote(db, a.ballotId, t1, AT)).toEqual({ teamId: t1, changed: true });
    // The same vote again (a resend, a double tap) appends nothing.
    const before = readAudienceLog(db).length;
    expect(castVote(db, a.ballotId, t1, AT)).toEqual({ teamId: t1, changed: false });
    expect(readAudienceLog(db).length).toBe(before);
    castVote(db, b.ballotId, t1, AT);
    castVote(db, c.ballotId, t2, AT);
    // b changes its mind: its last vote counts, once.
    castVote(db, b.ballotId, t3, AT);
    castVote(db, d.ballotId, t2, AT);
    expect(codeOf(() => castVote(db, d.ballotId, 999_999, AT))).toBe('audience.unknownTeam');
    voidBallot(db, d.ballotId, 'carte photographiée', AT);
    expect(codeOf(() => castVote(db, d.ballotId, t1, AT))).toBe('audience.ballotVoided');
    expect(codeOf(() => voidBallot(db, d.ballotId, '', AT))).toBe('audience.alreadyVoided');
    expect(readBallotView(db, d.ballotId)).toMatchObject({ voided: true, teamId: t2 });
    // A pause: votes refused, then accepted again.
    setVotingState(db, 'closed', AT);
    expect(codeOf(() => castVote(db, a.ballotId, t2, AT))).toBe('audience.votingClosed');
    setVotingState(db, 'open', AT);
    setVotingState(db, 'final', AT);
    expect(codeOf(() => castVote(db, a.ballotId, t2, AT))).toBe('audience.votingFinal');
    expect(codeOf(() => setVotingState(db, 'open', AT))).toBe('audience.votingFinal');
    const { counts, tally } = readAudience(db);
    expect(counts).toEqual({ printed: 4, used: 3, voided: 1 });
    const votes = Object.fromEntries(tally.map((t) => [t.teamId, t.votes]));
    expect(votes).toEqual({ [t1]: 1, [t2]: 1, [t3]: 1, [teamIds[3] as number]: 0 });
  });

  it('takes a weight only before voting first opens', async () => {
    const { db } = await scoringEvent();
    expect(setAudienceWeight(db, 0.25, AT).weight).toBe(0.25);
    expect(codeOf(() => setAudienceWeight(db, 1, AT))).toBe('audience.weightRange');
    expect(codeOf(() => setAudienceWeight(db, 0, AT))).toBe('audience.weightRange');
    setVotingState(db, 'open', AT);
    setVotingState(db, 'closed', AT);
    expect(codeOf(() => setAudienceWeight(db, 0.5, AT))).toBe('audience.weightFrozen');
    expect(codeOf(() => setAudienceWeight(db, null, AT))).toBe('audience.weightFrozen');
    expect(readAudienceSettings(db).weight).toBe(0.25);
  });

  it('keeps an append-only log whose chain breaks at an edited event', async () => {
    const { db, teamIds } = await scoringEvent();
    const [a] = createBallots(db, 1, AT) as [IssuedBallot];
    setAudienceWeight(db, 0.2, AT);
    setVotingState(db, 'open', AT);
    castVote(db, a.ballotId, teamIds[0] as number, AT);
    castVote(db, a.ballotId, teamIds[1] as number, AT);
    const log = readAudienceLog(db);
    expect(log.map((e) => e.kind)).toEqual(['ballots', 'weight', 'open', 'vote', 'vote']);
    expect(verifyAudienceChain(log)).toMatchObject({ ok: true, count: 5 });
    expect(() => db.prepare('UPDATE audience_event SET team_id = team_id').run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM audience_event').run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM audience_ballot').run()).toThrow(/cannot be deleted/);
    const tampered = log.map((e) => (e.seq === 4 ? { ...e, teamId: teamIds[2] as number } : e));
    expect(verifyAudienceChain(tampered)).toEqual({
      ok: false,
      brokenAtSeq: 4,
      reason: 'chain.hashMismatch',
    });
    const removed = log.filter((e) => e.seq !== 2);
    expect(verifyAudienceChain(removed)).toMatchObject({ ok: false, brokenAtSeq: 2, reason: 'chain.seqGap' });
    // A team with votes cannot be deleted (the vote would point nowhere).
    expect(() => db.prepare('DELETE FROM team WHERE id = ?').run(teamIds[1])).toThrow(
      /audience.teamHasVotes/,
    );
  });
});

describe('combining the audience with the jury', () => {
  it('gives the most-voted team the full scale and weighs it as declared', () => {
    const rows = combineAudience(
      [
        { teamId: 1, total: 80 },
        { teamId: 2, total: 70 },
        { teamId: 3, total: null },
      ],
      [
        { teamId: 2, votes: 30 },
        { teamId: 1, votes: 15 },
      ],
      0.25,
      100,
    );
    // 1: 0.75×80 + 0.25×50 = 72.5; 2: 0.75×70 + 0.25×100 = 77.5.
    expect(rows.map((r) => [r.teamId, r.combined, r.rank])).toEqual([
      [2, 77.5, 1],
      [1, 72.5, 2],
      [3, null, null],
    ]);
  });
});

describe('the event verifier', () => {
  it('checks the audience vote log: intact, then broken at the edited vote', async () => {
    const { db, teamIds } = await scoringEvent();
    const [a] = createBallots(db, 1, AT) as [IssuedBallot];
    setVotingState(db, 'open', AT);
    castVote(db, a.ballotId, teamIds[0] as number, AT);
    castVote(db, a.ballotId, teamIds[1] as number, AT);
    expect(verifyEvent(db).ok).toBe(true);
    // Someone with the file moves the last vote to another team (bypassing the append-only triggers).
    db.exec('DROP TRIGGER audience_event_no_update');
    db.prepare('UPDATE audience_event SET team_id = ? WHERE seq = 4').run(teamIds[2]);
    expect(verifyEvent(db)).toEqual({
      ok: false,
      problem: { code: 'verify.audienceChain', params: { seq: 4, reason: 'chain.hashMismatch' } },
    });
  });
});
