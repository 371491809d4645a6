/**
 * The audience ballot as a network role (issue 16). Its plain description
 * (calls, events, write budget, the scopes its page follows) is
 * common/contract/lan-roles/ballot.ts. Ballots are printed cards kept in their
 * own table (audience_ballot), so this definition also authenticates them;
 * the short code typed by hand has its own HTTP route (code-login.ts, reached
 * through the server's `ballotLogin` hook), since a code is not a token.
 */
import { ballotRole } from '../../../../../common/contract/lan-roles/ballot';
import type { NetworkRoleDefinition } from '../types';
import { ballotHandlers } from './handlers';
import { ballotPrincipalForToken, isBallotActive } from './principal';

export { loginWithBallotCode, WrongCodeThrottle } from './code-login';
export { readBallotPage } from './handlers';
export { ballotIdOf, ballotPrincipal, ballotPrincipalForToken, isBallotActive } from './principal';

export const ballot: NetworkRoleDefinition<'ballot'> = {
  ...ballotRole,
  handlers: (ctx, _services, call) => ballotHandlers(ctx, call),
  authenticate: ballotPrincipalForToken,
  isActive: isBallotActive,
};
