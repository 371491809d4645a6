import type { Migration } from './types';

/** Makes `table` append-only (same wording as the score log's triggers, migration 003). */
function appendOnly(table: string): string {
  return `
    CREATE TRIGGER ${table}_no_update BEFORE UPDATE ON ${table}
      BEGIN SELECT RAISE(ABORT, '${table} is append-only: rows cannot be changed'); END;
    CREATE TRIGGER ${table}_no_delete BEFORE DELETE ON ${table}
      BEGIN SELECT RAISE(ABORT, '${table} is append-only: rows cannot be deleted'); END;`;
}

/**
 * Rooms judged in parallel on several laptops (issue 15, main/core/rooms).
 *
 * On the head laptop:
 * - round: the rounds of the event. Every file gets round 1, the preliminary
 *   round, so an existing event is "one round" without any setup;
 * - pool (a room of a round), pool_team (its teams in running order),
 *   pool_juror (its jury). A round without pools is one pool of everyone: an
 *   existing file keeps working exactly as before. A team and a juror sit in
 *   at most one pool per round (UNIQUE (round_id, …));
 * - room_file: every room file the head wrote, with the key that seals the
 *   room result files coming back from it (HMAC-SHA256);
 * - score_event_origin: for each score event merged from a room, where it
 *   came from (room, room file, laptop) and its place in the room's own chain
 *   (seq, prev hash, hash), so each room's chain can be re-verified from the
 *   head file alone. Append-only, like the log;
 * - room_receipt: every room result that changed something (new events or a
 *   new lock state), with when it arrived: the "last heard" of the Rooms page;
 * - final_round_record: a final round's finalist rule, stated before the
 *   round, the finalists it gave and the final's (drawn) running order.
 *   Append-only: the record of how finalists were chosen cannot be rewritten.
 *
 * In a room file (written by the head, opened on the room laptop):
 * - room_identity: the head event's identity (uid, name), the round and pool,
 *   the room file's uid and its sealing key. Empty in every other file.
 *
 * Additive: no existing table or row changes.
 */
export const rooms: Migration = {
  name: 'rooms',
  up(db) {
    db.exec(`
      CREATE TABLE round (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('preliminary', 'final')),
        name TEXT NOT NULL,
        position INTEGER NOT NULL
      ) STRICT;
      INSERT INTO round (id, kind, name, position) VALUES (1, 'preliminary', '', 1);

      CREATE TABLE pool (
        id INTEGER PRIMARY KEY,
        round_id INTEGER NOT NULL REFERENCES round (id),
        name TEXT NOT NULL CHECK (length(trim(name)) > 0),
        position INTEGER NOT NULL
      ) STRICT;
      CREATE UNIQUE INDEX pool_name_unique ON pool (round_id, lower(trim(name)));

      CREATE TABLE pool_team (
        pool_id INTEGER NOT NULL REFERENCES pool (id) ON DELETE CASCADE,
        round_id INTEGER NOT NULL REFERENCES round (id),
        team_id INTEGER NOT NULL REFERENCES team (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        PRIMARY KEY (pool_id, team_id),
        UNIQUE (round_id, team_id)
      ) STRICT;

      CREATE TABLE pool_juror (
        pool_id INTEGER NOT NULL REFERENCES pool (id) ON DELETE CASCADE,
        round_id INTEGER NOT NULL REFERENCES round (id),
        juror_id INTEGER NOT NULL REFERENCES juror (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        PRIMARY KEY (pool_id, juror_id),
        UNIQUE (round_id, juror_id)
      ) STRICT;

      CREATE TABLE room_file (
        uid TEXT PRIMARY KEY CHECK (length(uid) = 32),
        pool_id INTEGER NOT NULL REFERENCES pool (id),
        -- 32 random bytes as hex: seals the room result files of this room file.
        seal_key TEXT NOT NULL CHECK (length(seal_key) = 64),
        written_at_utc TEXT NOT NULL
      ) WITHOUT ROWID, STRICT;
      CREATE INDEX room_file_pool ON room_file (pool_id);
      ${appendOnly('room_file')}

      CREATE TABLE score_event_origin (
        seq INTEGER PRIMARY KEY REFERENCES score_event (seq),
        pool_id INTEGER NOT NULL,
        room_file_uid TEXT NOT NULL,
        laptop TEXT NOT NULL,
        room_seq INTEGER NOT NULL CHECK (room_seq > 0),
        room_prev_hash TEXT NOT NULL CHECK (length(room_prev_hash) = 64),
        room_hash TEXT NOT NULL CHECK (length(room_hash) = 64),
        UNIQUE (room_file_uid, room_seq)
      ) STRICT;
      CREATE INDEX score_event_origin_pool ON score_event_origin (pool_id, room_seq);
      ${appendOnly('score_event_origin')}

      CREATE TABLE room_receipt (
        id INTEGER PRIMARY KEY,
        pool_id INTEGER NOT NULL,
        room_file_uid TEXT NOT NULL,
        laptop TEXT NOT NULL,
        received_at_utc TEXT NOT NULL,
        -- The room's log as the file held it: its length and last hash.
        event_count INTEGER NOT NULL CHECK (event_count >= 0),
        last_hash TEXT NOT NULL CHECK (length(last_hash) = 64),
        -- Its lock records: how many, and the fingerprint of the current lock (NULL: not locked).
        lock_records INTEGER NOT NULL CHECK (lock_records >= 0),
        lock_hash TEXT CHECK (lock_hash IS NULL OR length(lock_hash) = 64),
        -- Score events this file added to the head's log.
        added INTEGER NOT NULL CHECK (added >= 0),
        written_at_utc TEXT NOT NULL
      ) STRICT;
      CREATE INDEX room_receipt_pool ON room_receipt (pool_id, id);
      ${appendOnly('room_receipt')}

      CREATE TABLE final_round_record (
        round_id INTEGER PRIMARY KEY REFERENCES round (id),
        -- The finalist rule stated before the round (main/core/rooms/final-round.ts), canonical JSON.
        rule_json TEXT NOT NULL,
        -- The finalists the rule gave, and the final's running order (JSON arrays of team ids).
        finalists_json TEXT NOT NULL,
        draw_seed TEXT,
        order_json TEXT NOT NULL,
        decided_at_utc TEXT NOT NULL
      ) STRICT;
      ${appendOnly('final_round_record')}

      CREATE TABLE room_identity (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        head_event_uid TEXT NOT NULL,
        head_event_name TEXT NOT NULL,
        round_id INTEGER NOT NULL,
        pool_id INTEGER NOT NULL,
        pool_name TEXT NOT NULL,
        file_uid TEXT NOT NULL CHECK (length(file_uid) = 32),
        seal_key TEXT NOT NULL CHECK (length(seal_key) = 64),
        written_at_utc TEXT NOT NULL
      ) STRICT;
    `);
  },
};
