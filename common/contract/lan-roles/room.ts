import type { LanRoleSpec } from './types';

/**
 * A room laptop (issue 15): pushes its sealed room result to the head
 * laptop, nothing else. The result outgrows a WebSocket frame (a room's
 * whole score log), so the push is one HTTP POST to `LAN_ROOM_PUSH_PATH`
 * with the login's bearer token; over the WebSocket this role may make no
 * call and receives no event.
 */
export const roomRole = {
  role: 'room',
  credential: 'link',
  calls: [],
  events: [],
} as const satisfies LanRoleSpec<'room'>;

/** The room push endpoint: POST, `Authorization: Bearer <room token>`, body = the room result's JSON text. */
export const LAN_ROOM_PUSH_PATH = '/api/room-push';
/** Largest room result a push may carry (a room of 20 teams × 8 jurors × 10 criteria with comments is well under 2 MB). */
export const LAN_ROOM_PUSH_MAX_BYTES = 8 * 1024 * 1024;
