import { type CallScopes, reads, writes } from './refresh-scopes';

/** Refresh scopes of the calls in setup.ts (zod-free: the renderer and the preload import it). */
export const setupScopes = {
  'setup.get': reads('setup'),
  'event.update': writes('setup'),
  'timerDefaults.update': writes('setup'),
  'teams.create': writes('setup'),
  'teams.update': writes('setup'),
  'teams.delete': writes('setup'),
  'teams.reorder': writes('setup'),
  'jurors.create': writes('setup'),
  'jurors.update': writes('setup'),
  'jurors.delete': writes('setup'),
  'jurors.reorder': writes('setup'),
  'criteria.create': writes('setup'),
  'criteria.update': writes('setup'),
  'criteria.delete': writes('setup'),
  'criteria.reorder': writes('setup'),
} as const satisfies Record<string, CallScopes>;
