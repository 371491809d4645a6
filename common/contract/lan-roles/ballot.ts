import type { LanRoleSpec } from './types';

/**
 * An audience member's phone (issue 16, prix du public): its own ballot and
 * nothing else. Ballots are printed cards kept in their own table
 * (audience_ballot), so the role authenticates them itself (credential `own`,
 * main/core/lan/roles/ballot/). `vote.cast` needs no idempotency key (the same
 * vote twice appends nothing) but is a write: it spends the ballot's own, small
 * write budget. Its page re-reads on a change of the vote itself (opened,
 * closed, voided, teams), never on each vote cast by 300 other phones.
 */
export const ballotRole = {
  role: 'ballot',
  credential: 'own',
  calls: ['vote.get', 'vote.cast'],
  events: ['event.changed'],
  writeCalls: ['vote.cast'],
  writeBudget: 'ballot',
  scopes: ['audience', 'setup'],
} as const satisfies LanRoleSpec<'ballot'>;
