import type { LanRoleSpec } from './types';

/**
 * A viewer screen (a second projector, the waiting room): the projector's
 * read-only view, the audience vote's screen included (the `audience`
 * display mode reads `audience.display`: the voting page's QR code, the
 * count if the chair shows it, the prize once revealed; never standings).
 */
export const viewerRole = {
  role: 'viewer',
  credential: 'link',
  calls: ['timer.get', 'display.get', 'ceremony.get', 'audience.display'],
  events: ['event.changed', 'timer.changed'],
} as const satisfies LanRoleSpec<'viewer'>;
