import { type CallScopes, reads, writes } from './refresh-scopes';

/** Refresh scopes of the calls in session.ts (zod-free: the renderer and the preload import it). */
export const sessionScopes = {
  'order.get': reads('order', 'setup'),
  'order.reorder': writes('order', 'display'),
  'order.draw': writes('order', 'display'),
  'order.setStatus': writes('order', 'display'),
  'order.moveToEnd': writes('order', 'display'),
  'order.setOverrides': writes('order'),
  'session.setStart': writes('order'),
  // The clock itself comes with `timer.changed`; the thresholds come from the setup.
  'timer.get': reads('setup'),
  'timer.command': writes('order', 'display'),
  'timer.undo': writes('order', 'display'),
  'checklist.get': reads('setup', 'order', 'scores', 'results', 'checklist', 'documents'),
  'checklist.mark': writes('checklist'),
  'display.get': reads('display', 'order', 'setup'),
  'display.set': writes('display'),
  'display.toggleBlackout': writes('display'),
  'display.listScreens': reads('display'),
  'display.open': writes('display'),
  'display.close': writes(),
} as const satisfies Record<string, CallScopes>;
