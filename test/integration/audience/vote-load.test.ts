/**
 * A room voting at once, bounded by count (no pacing, no clock): 60 ballots,
 * one in five changing its mind, one in six scanned on two phones voting at
 * the same moment. Nothing acknowledged is lost, nothing is counted twice.
 * The timed version (300 ballots within 60 s) is `npm run bench -- lan-vote`.
 */
import { describe, expect, it } from 'vitest';
import { lanApp } from '../lan/lan-app';
import { ok } from '../scoring/fixture';
import { checkVotes, runVoteLoad } from './vote-load';

describe('an audience voting at once', () => {
  it('loses no acknowledged vote and counts every ballot once', async () => {
    const lan = await lanApp();
    const { ballots } = await ok(lan.app, 'audience.createBallots', { count: 60 });
    await ok(lan.app, 'audience.setVoting', { state: 'open' });
    const report = await runVoteLoad(
      { url: lan.url, ballots, teamIds: lan.teamIds },
      { spreadMs: 0, seed: 7, changeEvery: 5, twinEvery: 6 },
    );
    expect(report.errors).toEqual([]);
    expect(report.acked.size).toBe(60);
    expect(report.connections).toBe(70);
    expect(checkVotes(lan.db, report.acked)).toEqual({ lost: 0, doubleCounted: 0 });
    const status = await ok(lan.app, 'audience.status', {});
    expect(status.counts).toEqual({ printed: 60, used: 60, voided: 0 });
  });
});
