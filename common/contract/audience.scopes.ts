import { type CallScopes, reads, writes } from './refresh-scopes';

/**
 * Refresh scopes of the audience vote's calls in audience.ts (zod-free).
 * `audience` is the vote's state (opened, closed, a ballot voided): ballot
 * pages follow it. `votes` is what the chair and the projector count (a vote
 * cast, a wrong code typed): ballot pages do not follow it, so 300 phones do
 * not re-read on every vote (common/contract/lan-roles/ballot.ts `scopes`).
 */
export const audienceScopes = {
  'audience.status': reads('audience', 'votes', 'lan', 'display'),
  'audience.createBallots': writes('votes'),
  // The final close adds the audience prize to the ceremony plan (main/core/audience/audience-ceremony.ts).
  'audience.setVoting': writes('audience', 'votes', 'display', 'ceremony'),
  'audience.setWeight': writes('votes'),
  'audience.voidBallot': writes('audience', 'votes', 'display'),
  'audience.setProjector': writes('votes', 'display'),
  'audience.reveal': writes('votes', 'display', 'ceremony'),
  'audience.display': reads('votes', 'display'),
  'audience.saveBallotCards': writes(),
  'vote.get': reads('audience', 'setup'),
  'vote.cast': writes('votes'),
} as const satisfies Record<string, CallScopes>;
