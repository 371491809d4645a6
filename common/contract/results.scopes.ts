import { type CallScopes, reads, writes } from './refresh-scopes';

/**
 * Refresh scopes of the calls in results.ts (zod-free: the renderer and the
 * preload import it). Lock and unlock also lock and unlock the forms
 * ('scores') and the ceremony; locking takes a milestone backup.
 */
export const resultsScopes = {
  'results.get': reads('scores', 'results', 'setup', 'order'),
  'results.updateSettings': writes('results'),
  'results.decideTie': writes('results'),
  'results.lockCheck': reads('scores', 'results', 'setup'),
  'results.lock': writes('results', 'scores', 'ceremony', 'backup'),
  'results.unlock': writes('results', 'scores', 'ceremony'),
  'awards.list': reads('results', 'setup'),
  'awards.create': writes('results'),
  'awards.update': writes('results'),
  'awards.delete': writes('results'),
  'awards.reorder': writes('results'),
  'awards.addPodium': writes('results'),
  'ceremony.get': reads('ceremony', 'results'),
  'ceremony.plan': reads('ceremony', 'results'),
  'ceremony.next': writes('ceremony'),
  'ceremony.back': writes('ceremony'),
  'ceremony.reset': writes('ceremony'),
  'ceremony.show': writes('ceremony'),
} as const satisfies Record<string, CallScopes>;
