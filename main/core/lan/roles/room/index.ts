/**
 * A room laptop's login (issue 15): its one action, pushing its room
 * result, is an HTTP POST (served by http-api.ts, merged by
 * main/core/rooms/push/accept.ts, handed in by api/core.ts) because a whole
 * score log outgrows a WebSocket frame. Over the WebSocket it may make no
 * call: its handler map is empty, so every call is refused.
 */
import { roomRole } from '../../../../../common/contract/lan-roles/room';
import type { NetworkRoleDefinition } from '../types';

export const room: NetworkRoleDefinition<'room'> = {
  ...roomRole,
  handlers: () => ({}),
};
