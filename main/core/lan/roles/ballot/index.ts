/**
 * The audience ballot as a network role (issue 16): one folder, in the shape
 * of the LAN role registry (role, credential kind, calls, events, handlers);
 * every call it does not declare is refused by the handler map it is merged
 * into (network-handlers.ts). Until the registry lands, the server and the
 * service reach this folder through a few explicit lines (service.ts,
 * network-handlers.ts, server.ts, http-api.ts).
 */
import { BALLOT_CALLS, BALLOT_WRITE_CALLS } from '../../../../../common/contract/lan-protocol';
import type { AppContext } from '../../../context/app-context';
import type { Principal } from '../../credentials';
import { ballotHandlers } from './handlers';

export { loginWithBallotCode, WrongCodeThrottle } from './code-login';
export { readBallotPage } from './handlers';
export { ballotIdOf, ballotPrincipal, ballotPrincipalForToken, isBallotActive } from './principal';

export const ballotRole = {
  role: 'ballot',
  /** Its own table (audience_ballot), not lan_credential. */
  credential: 'ballot',
  calls: BALLOT_CALLS,
  events: ['event.changed'],
  /** None needs a key: the same vote twice appends nothing (audience/voting.ts). */
  idempotentCalls: [],
  /** Writes with the ballot's own budget (server.ts): a few votes a minute is all a person needs. */
  writeCalls: BALLOT_WRITE_CALLS,
  handlers: (ctx: AppContext, _services: unknown, call: { principal: Principal }) =>
    ballotHandlers(ctx, call),
} as const;
