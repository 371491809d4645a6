/**
 * The one list of network roles. A new role is a file next to this one (its
 * calls, events and credential kind), a name in `LAN_ROLES`, an entry in
 * `LAN_ROLE_SPECS` (the type makes a missing one an error), then its handlers
 * (main/core/lan/roles/<role>/) and its page (renderer/src/lan/role-pages.tsx).
 */
import { ballotRole } from './ballot';
import { jurorRole } from './juror';
import { observerRole } from './observer';
import { roomRole } from './room';
import type { LanCallName, LanRoleSpec } from './types';
import { viewerRole } from './viewer';

export type { LanCallName, LanCredentialKind, LanEventName, LanRoleSpec } from './types';

export const LAN_ROLES = ['juror', 'viewer', 'observer', 'ballot', 'room'] as const;
export type LanRole = (typeof LAN_ROLES)[number];

export const LAN_ROLE_SPECS: { readonly [R in LanRole]: LanRoleSpec<R> } = {
  juror: jurorRole,
  viewer: viewerRole,
  observer: observerRole,
  ballot: ballotRole,
  room: roomRole,
};

export function isLanRole(value: unknown): value is LanRole {
  return typeof value === 'string' && (LAN_ROLES as readonly string[]).includes(value);
}

export function roleMayCall(role: LanRole, name: string): boolean {
  return (LAN_ROLE_SPECS[role].calls as readonly string[]).includes(name);
}

export function roleReceives(role: LanRole, event: string): boolean {
  return (LAN_ROLE_SPECS[role].events as readonly string[]).includes(event);
}

/** A write this role retries with an idempotency key (and that spends its write budget). */
export function isIdempotentCall(role: LanRole, name: string): boolean {
  return (LAN_ROLE_SPECS[role].idempotentCalls ?? ([] as readonly LanCallName[])).includes(
    name as LanCallName,
  );
}

/** A call that writes to the event file, so spends the login's write budget: keyed writes and the role's `writeCalls`. */
export function isWriteCall(role: LanRole, name: string): boolean {
  return (
    isIdempotentCall(role, name) ||
    (LAN_ROLE_SPECS[role].writeCalls ?? ([] as readonly LanCallName[])).includes(name as LanCallName)
  );
}

/** Whether a change announcing these scopes concerns this role's devices (`file` always does). */
export function roleFollowsChange(role: LanRole, scopes: readonly string[]): boolean {
  const only: readonly string[] | undefined = LAN_ROLE_SPECS[role].scopes;
  return !only || scopes.some((s) => s === 'file' || only.includes(s));
}

/** The roles whose logins are links the chair creates (and lists) by label. */
export const LINK_ROLES: readonly LanRole[] = LAN_ROLES.filter(
  (r) => LAN_ROLE_SPECS[r].credential === 'link',
);
