/**
 * A ballot's two calls. The ballot is the login's (the principal), never the
 * input's: a phone cannot vote with another card by naming it.
 */
import type { BallotPage } from '../../../../../common/contract/audience';
import { castVote, readBallotView } from '../../../audience/voting';
import type { AppContext } from '../../../context/app-context';
import type { Handlers } from '../../../context/handler-types';
import type { Db } from '../../../db/open';
import { DomainError } from '../../../errors';
import { readEventInfo } from '../../../event/event-info';
import { listTeams } from '../../../event/teams';
import type { Principal } from '../../credentials';
import { ballotIdOf } from './principal';

export function readBallotPage(db: Db, ballotId: number): BallotPage {
  return {
    eventName: readEventInfo(db).name,
    ...readBallotView(db, ballotId),
    teams: listTeams(db).map((t) => ({ id: t.id, name: t.name, projectTitle: t.projectTitle })),
  };
}

export function ballotHandlers(
  ctx: AppContext,
  call: { principal: Principal },
): Pick<Handlers, 'vote.get' | 'vote.cast'> {
  const ballotId = ballotIdOf(call.principal);
  const db = (): Db => ctx.requireEventFile().db;
  const own = (): number => {
    if (ballotId === null) throw new DomainError('lan.forbidden');
    return ballotId;
  };
  return {
    'vote.get': () => readBallotPage(db(), own()),
    'vote.cast': ({ teamId }) => {
      const id = own();
      const { changed } = castVote(db(), id, teamId, new Date().toISOString());
      // The chair's count (and the projector's, if shown) follows; a resend changes nothing and says nothing.
      if (changed) ctx.changed(['votes']);
      return readBallotPage(db(), id);
    },
  };
}
