/**
 * The handlers a network page reaches, built for ONE login and ONE call and
 * passed to the app's own dispatcher (validation, translation, error shape are
 * the same as over IPC). The login's role (roles/<role>/) provides the
 * handlers of the calls it declares; every other call of the contract is a
 * handler that refuses: even a bug in the capability check in front cannot
 * reach a call that controls the session, because it is simply not wired here.
 */

import { CALL_NAMES } from '../../../common/contract/names';
import type { AppContext } from '../context/app-context';
import type { Handlers } from '../context/handler-types';
import { DomainError } from '../errors';
import { NETWORK_ROLES, type NetworkCall, type NetworkRoleServices } from './roles';

export type { NetworkCall, NetworkRoleServices, ViewerReads } from './roles';
export { formHandle } from './roles/juror';

const refuse = (): never => {
  throw new DomainError('lan.forbidden');
};

/** Every call of the contract, refusing. The type cannot follow a computed map: checked by a test instead. */
const REFUSING = Object.fromEntries(CALL_NAMES.map((name) => [name, refuse])) as unknown as Handlers;

export function networkHandlers(ctx: AppContext, services: NetworkRoleServices, call: NetworkCall): Handlers {
  // A role this build does not know (a file written by a newer version) reaches nothing.
  const role = Object.hasOwn(NETWORK_ROLES, call.principal.role) ? NETWORK_ROLES[call.principal.role] : null;
  if (!role) return REFUSING;
  const own: Partial<Record<string, unknown>> = role.handlers(ctx, services, call);
  // Only the calls the role declares: a factory returning more still opens nothing else.
  const declared = Object.fromEntries(
    role.calls.flatMap((name) => (typeof own[name] === 'function' ? [[name, own[name]]] : [])),
  );
  return { ...REFUSING, ...declared } as Handlers;
}
