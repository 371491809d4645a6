/**
 * The audience report while the jury's results cannot be computed (no
 * criterion yet): every audience call answers with this report after its
 * write, so it must not fail there (the contract fuzzer found a weight
 * refused after it was saved).
 */
import { describe, expect, it } from 'vitest';
import { createBallots, type IssuedBallot } from '../../../main/core/audience/ballots';
import { readAudienceReport } from '../../../main/core/audience/report';
import { castVote, setAudienceWeight, setVotingState } from '../../../main/core/audience/voting';
import { openDatabase } from '../../../main/core/db/open';
import { initEvent } from '../../../main/core/event/event-info';
import { createTeam } from '../../../main/core/event/teams';
import { tempDir } from '../../support/temp';

const AT = '2026-12-07T18:00:00.000Z';

describe('the audience report without a jury ranking', () => {
  it('shows the final tally and leaves the combined ranking out until the event can be ranked', () => {
    const db = openDatabase(`${tempDir('test')}/event.sqlite`);
    initEvent(db, 'Hackathon du Fenua', 'fr');
    const team = createTeam(db, { name: 'Tāmaʻa Teriʻi', projectTitle: 'Vai', members: [] });
    const [ballot] = createBallots(db, 1, AT) as [IssuedBallot];
    setAudienceWeight(db, 0.3, AT);
    setVotingState(db, 'open', AT);
    castVote(db, ballot.ballotId, team.id, AT);
    setVotingState(db, 'final', AT);
    const report = readAudienceReport(db);
    expect(report.tally).toEqual([
      expect.objectContaining({ teamId: team.id, votes: 1, name: 'Tāmaʻa Teriʻi' }),
    ]);
    expect(report.combined).toBeNull();
    db.close();
  });
});
