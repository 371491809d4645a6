import type { Migration } from './types';

/**
 * Prize tracks (issue 15): a grand prize, theme prizes, a jury's favourite,
 * each with its entered teams, its jurors, its criteria and weights, its
 * method and tie-break chain, its awards, its deliberation and its own lock.
 *
 * The MAIN track is the event as it was before tracks existed, and its data
 * stays where it was: every team, juror and criterion (with the criteria's
 * weights), scoring_settings (method, tie-breaks, chair decisions), recusal,
 * award, results_lock and ceremony_state. So a file opened after this
 * migration computes, locks and verifies exactly as before, with the same
 * results fingerprint, and a one-room event needs no track setup at all.
 * Every file gets that one main track here (name NULL: it is printed in the
 * event's language until the chair renames it).
 *
 * Other tracks keep their own rows in the track_* tables below. Scores stay
 * the event's one hash-chained log: a juror's sheet for a team serves every
 * track the two share. The overtime penalty is the event's (declared once, in
 * advance) and applies in every track.
 */
export const tracks: Migration = {
  name: 'tracks',
  up(db) {
    db.exec(`
      CREATE TABLE track (
        id INTEGER PRIMARY KEY,
        is_main INTEGER NOT NULL CHECK (is_main IN (0, 1)),
        name TEXT CHECK (name IS NULL OR length(trim(name)) > 0),
        position INTEGER NOT NULL,
        -- Other tracks only (the main track's are in scoring_settings). The method is
        -- checked on read against the one list (common/contract/aggregation-methods.ts).
        method TEXT,
        -- TieBreakRule[] as JSON, checked on read.
        tie_breaks TEXT,
        -- { orderedTeamIds, atUtc }[] as JSON: the chair's recorded decisions in this track.
        chair_decisions TEXT,
        created_at TEXT NOT NULL,
        CHECK ((is_main = 1 AND method IS NULL AND tie_breaks IS NULL AND chair_decisions IS NULL)
            OR (is_main = 0 AND name IS NOT NULL AND method IS NOT NULL AND tie_breaks IS NOT NULL
                AND chair_decisions IS NOT NULL))
      ) STRICT;
      CREATE UNIQUE INDEX track_one_main ON track (is_main) WHERE is_main = 1;
      CREATE UNIQUE INDEX track_name_unique ON track (lower(trim(name))) WHERE name IS NOT NULL;
      INSERT INTO track (is_main, name, position, created_at)
        VALUES (1, NULL, 0, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
      CREATE TRIGGER track_keep_main BEFORE DELETE ON track WHEN OLD.is_main = 1
        BEGIN SELECT RAISE(ABORT, 'tracks.mainUndeletable'); END;

      CREATE TABLE track_team (
        track_id INTEGER NOT NULL REFERENCES track (id) ON DELETE CASCADE,
        team_id INTEGER NOT NULL REFERENCES team (id) ON DELETE CASCADE,
        PRIMARY KEY (track_id, team_id)
      ) STRICT;
      CREATE TABLE track_juror (
        track_id INTEGER NOT NULL REFERENCES track (id) ON DELETE CASCADE,
        juror_id INTEGER NOT NULL REFERENCES juror (id) ON DELETE CASCADE,
        PRIMARY KEY (track_id, juror_id)
      ) STRICT;
      -- The track's criteria with its own weights (the scales stay the criterion's).
      CREATE TABLE track_criterion (
        track_id INTEGER NOT NULL REFERENCES track (id) ON DELETE CASCADE,
        criterion_id INTEGER NOT NULL REFERENCES criterion (id) ON DELETE CASCADE,
        weight REAL NOT NULL CHECK (weight >= 0),
        PRIMARY KEY (track_id, criterion_id)
      ) STRICT;
      -- A conflict of interest within one track (the main track's are in recusal).
      CREATE TABLE track_recusal (
        track_id INTEGER NOT NULL REFERENCES track (id) ON DELETE CASCADE,
        juror_id INTEGER NOT NULL REFERENCES juror (id) ON DELETE CASCADE,
        team_id INTEGER NOT NULL REFERENCES team (id) ON DELETE CASCADE,
        reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
        actor TEXT NOT NULL,
        at_utc TEXT NOT NULL,
        PRIMARY KEY (track_id, juror_id, team_id)
      ) STRICT;
      CREATE TABLE track_award (
        id INTEGER PRIMARY KEY,
        track_id INTEGER NOT NULL REFERENCES track (id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('podium', 'special')),
        name TEXT NOT NULL CHECK (length(trim(name)) > 0),
        podium_rank INTEGER CHECK (podium_rank IS NULL OR podium_rank >= 1),
        team_id INTEGER REFERENCES team (id) ON DELETE SET NULL,
        position INTEGER NOT NULL,
        CHECK ((kind = 'podium' AND podium_rank IS NOT NULL AND team_id IS NULL)
            OR (kind = 'special' AND podium_rank IS NULL))
      ) STRICT;

      -- Lock and unlock records of the other tracks: results_lock's shape, one
      -- record chain per track. Append-only; a track that was ever locked keeps
      -- its history, so it cannot be deleted.
      CREATE TABLE track_lock (
        id INTEGER PRIMARY KEY,
        track_id INTEGER NOT NULL,
        action TEXT NOT NULL CHECK (action IN ('lock', 'unlock')),
        at_utc TEXT NOT NULL,
        actor TEXT NOT NULL CHECK (length(trim(actor)) > 0),
        reason TEXT,
        payload_json TEXT,
        hash TEXT,
        record_hash TEXT NOT NULL CHECK (length(record_hash) = 64),
        missing_json TEXT,
        CHECK (action = 'unlock' OR (payload_json IS NOT NULL AND length(hash) = 64)),
        CHECK (action = 'lock' OR length(trim(coalesce(reason, ''))) > 0)
      ) STRICT;
      CREATE INDEX track_lock_track ON track_lock (track_id, id);
      CREATE TRIGGER track_lock_no_update BEFORE UPDATE ON track_lock
        BEGIN SELECT RAISE(ABORT, 'track_lock is append-only: rows cannot be changed'); END;
      CREATE TRIGGER track_lock_no_delete BEFORE DELETE ON track_lock
        BEGIN SELECT RAISE(ABORT, 'track_lock is append-only: rows cannot be deleted'); END;
      CREATE TRIGGER track_keep_locked BEFORE DELETE ON track
        WHEN EXISTS (SELECT 1 FROM track_lock WHERE track_id = OLD.id)
        BEGIN SELECT RAISE(ABORT, 'tracks.hasLockHistory'); END;
    `);
  },
};
