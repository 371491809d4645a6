import type { Migration } from './types';

/**
 * The audience vote (prix du public, issue 16), in tables of its own: ballots
 * are not network logins (lan_credential keeps its CHECK on the role list),
 * and the audience's votes never mix with the jury's score log.
 *
 * - audience_ballot: one printed card. Only SHA-256 digests of its two secrets
 *   are stored (the 128-bit QR token and the short code typed by hand,
 *   main/core/audience/ballot-secrets.ts): a copied event file prints no
 *   ballot. `number` is the card's public number (#1, #2…), for the chair.
 * - audience_ballot_token: digests of the further tokens handed to a phone
 *   that typed the card's short code instead of scanning it.
 * - audience_event: the vote log, append-only and hash-chained like the score
 *   log (seq from 1 with no gap, prev_hash, hash; triggers refuse UPDATE and
 *   DELETE). Chair actions (ballots printed, weight, open, close, final close,
 *   void) and votes are all in it, so the verifier replays one log.
 * - audience_state: one row, what the log implies, kept for cheap reads: the
 *   voting state, the weight declared before opening, whether voting was ever
 *   opened (the weight is frozen from then on), what the projector shows, and
 *   the wrong short codes typed (for the chair).
 * Additive: no existing table changes.
 */
export const audienceVote: Migration = {
  name: 'audience-vote',
  up(db) {
    db.exec(`
      CREATE TABLE audience_ballot (
        id INTEGER PRIMARY KEY,
        number INTEGER NOT NULL UNIQUE CHECK (number > 0),
        token_sha256 TEXT NOT NULL UNIQUE,
        code_sha256 TEXT NOT NULL UNIQUE,
        created_at_utc TEXT NOT NULL
      ) STRICT;
      CREATE TABLE audience_ballot_token (
        token_sha256 TEXT PRIMARY KEY,
        ballot_id INTEGER NOT NULL REFERENCES audience_ballot (id),
        created_at_utc TEXT NOT NULL
      ) STRICT;

      CREATE TABLE audience_event (
        seq INTEGER PRIMARY KEY CHECK (seq > 0),
        kind TEXT NOT NULL CHECK (kind IN ('ballots', 'weight', 'open', 'close', 'final', 'vote', 'void')),
        ballot_id INTEGER REFERENCES audience_ballot (id),
        team_id INTEGER REFERENCES team (id),
        value REAL,
        actor TEXT NOT NULL,
        at_utc TEXT NOT NULL,
        reason TEXT,
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL UNIQUE,
        CHECK ((kind IN ('vote', 'void')) = (ballot_id IS NOT NULL)),
        CHECK ((kind = 'vote') = (team_id IS NOT NULL))
      ) STRICT;
      CREATE INDEX audience_event_ballot ON audience_event (ballot_id, seq);
      CREATE TRIGGER audience_event_no_update BEFORE UPDATE ON audience_event
        BEGIN SELECT RAISE(ABORT, 'audience_event is append-only: rows cannot be changed'); END;
      CREATE TRIGGER audience_event_no_delete BEFORE DELETE ON audience_event
        BEGIN SELECT RAISE(ABORT, 'audience_event is append-only: rows cannot be deleted'); END;
      CREATE TRIGGER audience_ballot_no_delete BEFORE DELETE ON audience_ballot
        BEGIN SELECT RAISE(ABORT, 'audience_ballot rows cannot be deleted (void a ballot instead)'); END;
      CREATE TRIGGER team_keep_audience_votes BEFORE DELETE ON team
        WHEN EXISTS (SELECT 1 FROM audience_event WHERE team_id = OLD.id)
        BEGIN SELECT RAISE(ABORT, 'audience.teamHasVotes'); END;

      CREATE TABLE audience_state (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        state TEXT NOT NULL DEFAULT 'closed' CHECK (state IN ('closed', 'open', 'final')),
        weight REAL CHECK (weight IS NULL OR (weight > 0 AND weight < 1)),
        ever_opened INTEGER NOT NULL DEFAULT 0 CHECK (ever_opened IN (0, 1)),
        show_count INTEGER NOT NULL DEFAULT 0 CHECK (show_count IN (0, 1)),
        on_projector INTEGER NOT NULL DEFAULT 0 CHECK (on_projector IN (0, 1)),
        revealed INTEGER NOT NULL DEFAULT 0 CHECK (revealed IN (0, 1)),
        wrong_codes INTEGER NOT NULL DEFAULT 0
      ) STRICT;
      INSERT INTO audience_state (id) VALUES (1);
    `);
  },
};
