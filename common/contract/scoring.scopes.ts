import { type CallScopes, reads, writes } from './refresh-scopes';

/**
 * Refresh scopes of the calls in scoring.ts (zod-free: the renderer and the
 * preload import it). A submission may take a milestone backup ('backup').
 */
export const scoringScopes = {
  'scoring.jurors': reads('setup', 'jurors'),
  'kiosk.get': reads('app'),
  'kiosk.enter': writes('app'),
  'kiosk.exit': writes('app'),
  'scoring.identify': writes(),
  'scoring.signOut': writes(),
  'scoring.form': reads('scores', 'setup', 'order', 'results'),
  'scoring.saveDraft': writes('scores'),
  'scoring.submit': writes('scores', 'backup'),
  'scoring.reopen': writes('scores'),
  'scoring.setPin': writes('jurors'),
  'scores.grid': reads('scores', 'results', 'order'),
  'scores.enter': writes('scores'),
  'scores.submitSheet': writes('scores', 'backup'),
  'scores.submitComplete': writes('scores', 'backup'),
  'scores.reopen': writes('scores'),
  'scores.progress': reads('scores', 'order', 'setup', 'results'),
  'scores.verify': reads('scores'),
  'recusals.list': reads('scores', 'results', 'setup'),
  'recusals.set': writes('scores', 'results'),
  'recusals.clear': writes('scores', 'results'),
} as const satisfies Record<string, CallScopes>;
