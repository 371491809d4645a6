/**
 * A ballot as a network login. Ballots are not lan_credential rows (they live
 * in audience_ballot, migration 013): their principal carries the NEGATED
 * ballot id as `credentialId`, so the server's per-login maps (connections
 * per login, write budgets, closeLogin) can never mix a ballot with a juror
 * login or a viewer link of the same number.
 */
import { ballotForToken, getBallot } from '../../../audience/ballots';
import type { Db } from '../../../db/open';
import type { Principal } from '../../credentials';

export function ballotPrincipal(ballot: { ballotId: number; number: number }): Principal {
  return { credentialId: -ballot.ballotId, role: 'ballot', jurorId: null, label: `#${ballot.number}` };
}

export function ballotIdOf(principal: Principal): number | null {
  return principal.role === 'ballot' && principal.credentialId < 0 ? -principal.credentialId : null;
}

export function ballotPrincipalForToken(db: Db, token: string): Principal | null {
  const ballot = ballotForToken(db, token);
  return ballot ? ballotPrincipal(ballot) : null;
}

/** A ballot stays a valid login for the whole event (a voided one is told so by `vote.get`, and refused votes). */
export function isBallotActive(db: Db, principal: Principal): boolean {
  const id = ballotIdOf(principal);
  return id !== null && getBallot(db, id) !== null;
}
