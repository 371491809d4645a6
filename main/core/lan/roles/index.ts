/**
 * The registry of network roles on the main side: one folder per role
 * (roles/<role>/index.ts) exporting its definition. The mapped type makes a
 * role of common/contract/lan-roles without a definition here a type error.
 */
import type { LanRole } from '../../../../common/contract/lan';
import { ballot } from './ballot';
import { juror } from './juror';
import { observer } from './observer';
import { room } from './room';
import type { NetworkRoleDefinition } from './types';
import { viewer } from './viewer';

export type { NetworkCall, NetworkRoleDefinition, NetworkRoleServices, ViewerReads } from './types';

export const NETWORK_ROLES: { readonly [R in LanRole]: NetworkRoleDefinition<R> } = {
  juror,
  viewer,
  observer,
  ballot,
  room,
};
