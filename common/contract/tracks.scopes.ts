import { type CallScopes, reads, writes } from './refresh-scopes';

/** Refresh scopes of the prize-track calls in tracks.ts (zod-free). */
export const tracksScopes = {
  'tracks.list': reads('setup', 'results'),
  'tracks.create': writes('setup', 'results', 'ceremony'),
  'tracks.rename': writes('setup', 'results', 'ceremony'),
  'tracks.delete': writes('setup', 'results', 'ceremony'),
  'tracks.setTeams': writes('setup', 'results', 'ceremony'),
  'tracks.setJurors': writes('setup', 'results', 'ceremony'),
  'tracks.setCriteria': writes('setup', 'results', 'ceremony'),
  'tracks.recusals': reads('setup', 'results'),
  'tracks.setRecusal': writes('setup', 'results', 'ceremony'),
  'tracks.clearRecusal': writes('setup', 'results', 'ceremony'),
} as const satisfies Record<string, CallScopes>;
