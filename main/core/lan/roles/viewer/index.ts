import { viewerRole } from '../../../../../common/contract/lan-roles/viewer';
import type { NetworkRoleDefinition } from '../types';

/** A viewer screen: the projector's own reads, the app's handlers as they are. */
export const viewer: NetworkRoleDefinition<'viewer'> = {
  ...viewerRole,
  handlers: (_ctx, services) => ({ ...services.reads }),
};
