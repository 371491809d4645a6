import { type CallScopes, reads } from './refresh-scopes';

/** Refresh scopes of the observer's one read in observer.ts (zod-free). */
export const observerScopes = {
  'observer.view': reads('scores', 'results', 'setup', 'jurors', 'order'),
} as const satisfies Record<string, CallScopes>;
