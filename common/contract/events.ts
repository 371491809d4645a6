import { z } from 'zod';
import { documentsEvents } from './documents';
import { importProgressEvents } from './import-progress';
import { REFRESH_SCOPES } from './refresh-scopes';
import { sessionEvents } from './session';

/**
 * Events main pushes to every window. They carry no authoritative state, only
 * what changed, so a window that missed one just re-reads.
 */
export const events = {
  /** Something in the open event changed; `scopes` says what ('setup', 'file', …). */
  'event.changed': z.object({ revision: z.number().int(), scopes: z.array(z.enum(REFRESH_SCOPES)) }).strict(),
  /** A menu item the window must handle itself (e.g. "New event" asks for a name). */
  'menu.command': z.object({ command: z.enum(['newEvent']) }).strict(),
  ...sessionEvents,
  ...documentsEvents,
  ...importProgressEvents,
} as const;

export type EventName = keyof typeof events;
export type EventPayload<N extends EventName> = z.infer<(typeof events)[N]>;
