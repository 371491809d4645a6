import { type CallScopes, reads, writes } from './refresh-scopes';

/** Refresh scopes of the declarations-of-interest calls in declarations.ts (zod-free). */
export const declarationsScopes = {
  'scoring.declare': writes('scores', 'results', 'checklist'),
  'declarations.overview': reads('scores', 'setup', 'jurors', 'checklist'),
  'declarations.setRequired': writes('scores', 'checklist'),
  'declarations.record': writes('scores', 'results', 'checklist'),
} as const satisfies Record<string, CallScopes>;
