/**
 * The room a room laptop runs, for its projector. pitch-day sits below the
 * rooms layer (.dependency-cruiser.cjs), so it reads the one row of
 * `room_identity` (migration 012, written by rooms/room-file.ts) itself.
 * The head laptop and every ordinary event file have no such row.
 */
import type { Db } from '../db/open';

export interface RoomBadge {
  /** The head event's name, as the head wrote it into the room file. */
  headEventName: string;
  roomName: string;
}

export function readRoomBadge(db: Db): RoomBadge | null {
  const row = db
    .prepare('SELECT head_event_name AS headEventName, pool_name AS roomName FROM room_identity WHERE id = 1')
    .get() as RoomBadge | undefined;
  return row ?? null;
}

/**
 * The event name to show above the room name. A room file's event is named
 * "<event> — <room>" (room-file.ts); the projector shows the room on its own
 * line, so that suffix is dropped rather than said twice. A name the chair
 * changed on the room laptop is shown as it is.
 */
export function eventNameBesideRoom(eventName: string, roomName: string): string {
  const suffix = ` — ${roomName}`;
  return eventName.endsWith(suffix) && eventName.length > suffix.length
    ? eventName.slice(0, -suffix.length)
    : eventName;
}
