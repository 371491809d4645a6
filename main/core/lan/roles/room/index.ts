/**
 * A room laptop's login (issue 15): its one action, pushing its room
 * result, is an HTTP POST (accept.ts, served by http-api.ts) because a whole
 * score log outgrows a WebSocket frame. Over the WebSocket it may make no
 * call: its handler map is empty, so every call is refused.
 */
import { roomRole } from '../../../../../common/contract/lan-roles/room';
import type { NetworkRoleDefinition } from '../types';

export const room: NetworkRoleDefinition<'room'> = {
  ...roomRole,
  handlers: () => ({}),
};
