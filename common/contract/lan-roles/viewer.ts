import type { LanRoleSpec } from './types';

/** A viewer screen (a second projector, the waiting room): the projector's read-only view. */
export const viewerRole = {
  role: 'viewer',
  credential: 'link',
  calls: ['timer.get', 'display.get', 'ceremony.get'],
  events: ['event.changed', 'timer.changed'],
} as const satisfies LanRoleSpec<'viewer'>;
