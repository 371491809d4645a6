import { type CallScopes, reads, writes } from './refresh-scopes';

/** Refresh scopes of the chair's network calls in lan.ts (zod-free: the renderer and the preload import it). */
export const lanScopes = {
  'lan.status': reads('lan', 'setup', 'jurors'),
  'lan.start': writes('lan'),
  'lan.stop': writes('lan'),
  'lan.issueJurorLogins': writes('lan'),
  'lan.createViewerLink': writes('lan'),
  'lan.createLink': writes('lan'),
  'lan.revoke': writes('lan'),
  'lan.saveLoginCards': writes(),
} as const satisfies Record<string, CallScopes>;
