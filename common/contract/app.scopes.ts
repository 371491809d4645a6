import { type CallScopes, reads, writes } from './refresh-scopes';

/** Refresh scopes of the calls in app.ts (zod-free: the renderer and the preload import it). */
export const appScopes = {
  'app.info': reads('app'),
  'app.setUiLocale': writes('app'),
  'file.recent': reads('file'),
  'file.new': writes('file', 'setup'),
  'file.open': writes('file', 'setup'),
  'file.openRecent': writes('file', 'setup'),
  'file.saveCopy': writes(),
  'file.loadDemo': writes('file', 'setup'),
} as const satisfies Record<string, CallScopes>;
