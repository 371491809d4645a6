import type { Migration } from './types';

/**
 * Rooms over the venue network (issue 15, network role `room`):
 * - room_link (head laptop): which room a `room` link login may push for.
 *   The login itself is an ordinary lan_credential row (its token stored as
 *   a digest only); this row binds it to one pool. No foreign key to pool:
 *   saving the rooms may replace pool rows, and a refused push is the safe
 *   outcome for a binding whose room is gone.
 * - room_push_settings (room laptop, inside a room file): the head's address
 *   and the room login's token, so the room laptop pushes with no typing.
 *   The room file already holds its seal key in clear; the token is no more
 *   secret than that key, and it only lets its holder push this room.
 * Additive only: no existing row, column or result changes.
 */
export const roomPush: Migration = {
  name: 'roomPush',
  up(db) {
    db.exec(`
      CREATE TABLE room_link (
        credential_id INTEGER PRIMARY KEY REFERENCES lan_credential (id),
        pool_id INTEGER NOT NULL,
        -- The head's address when the login was issued (the local server's), written with the token into the room file.
        head_address TEXT,
        created_at_utc TEXT NOT NULL
      ) STRICT;
      CREATE INDEX room_link_pool ON room_link (pool_id);

      CREATE TABLE room_push_settings (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        head_address TEXT NOT NULL,
        token TEXT NOT NULL
      ) STRICT;
    `);
  },
};
