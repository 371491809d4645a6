/**
 * An independent witness's laptop or phone: one read (view.ts), nothing that
 * writes. Its login is a link the chair creates, like a viewer screen's.
 */
import { observerRole } from '../../../../../common/contract/lan-roles/observer';
import type { NetworkRoleDefinition } from '../types';
import { readObserverView } from './view';

export const observer: NetworkRoleDefinition<'observer'> = {
  ...observerRole,
  handlers: (ctx) => ({ 'observer.view': () => readObserverView(ctx.requireEventFile().db) }),
};
