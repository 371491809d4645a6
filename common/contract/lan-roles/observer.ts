import type { LanRoleSpec } from './types';

/**
 * An independent witness (a commissaire de justice, a ministry's auditor):
 * progress, the score log's verification and the results' fingerprint, and
 * the score log itself once the results are locked. One read, no write.
 */
export const observerRole = {
  role: 'observer',
  credential: 'link',
  calls: ['observer.view'],
  events: ['event.changed'],
  followsAllScores: true,
} as const satisfies LanRoleSpec<'observer'>;
