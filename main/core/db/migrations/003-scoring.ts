import type { Migration } from './types';

/** A trigger pair that makes `table` append-only: the file itself refuses edits and removals. */
function appendOnly(table: string): string {
  return `
    CREATE TRIGGER ${table}_no_update BEFORE UPDATE ON ${table}
      BEGIN SELECT RAISE(ABORT, '${table} is append-only: rows cannot be changed'); END;
    CREATE TRIGGER ${table}_no_delete BEFORE DELETE ON ${table}
      BEGIN SELECT RAISE(ABORT, '${table} is append-only: rows cannot be deleted'); END;`;
}

/**
 * Jury scoring and results:
 * - score_event: the append-only, hash-chained log of score facts (the sheets
 *   are derived from it, main/core/scoring/hash-chain.ts). No foreign keys on
 *   purpose: a fact must outlive the setup row it names, so instead the setup
 *   rows a score names cannot be deleted (their ids would otherwise be reused
 *   by SQLite and inherit someone else's scores).
 * - recusal: conflicts of interest (juror × team, with the reason).
 * - scoring_settings: aggregation method, tie-break chain, chair decisions,
 *   the overtime penalty declared in advance.
 * - results_lock: append-only lock/unlock records; a lock stores the canonical
 *   JSON of the results and its SHA-256.
 * - award, ceremony_state: podium and special awards, and how far the
 *   ceremony has revealed them.
 * - juror_pin: optional PINs, salted scrypt hashes only.
 */
export const scoring: Migration = {
  name: 'scoring',
  up(db) {
    db.exec(`
      CREATE TABLE score_event (
        seq INTEGER PRIMARY KEY CHECK (seq > 0),
        juror_id INTEGER NOT NULL,
        team_id INTEGER NOT NULL,
        criterion_id INTEGER,
        value REAL,
        kind TEXT NOT NULL CHECK (kind IN ('score', 'comment', 'submit', 'reopen')),
        comment TEXT,
        actor TEXT NOT NULL CHECK (length(trim(actor)) > 0),
        at_utc TEXT NOT NULL,
        reason TEXT,
        prev_hash TEXT NOT NULL CHECK (length(prev_hash) = 64),
        hash TEXT NOT NULL UNIQUE CHECK (length(hash) = 64),
        CHECK (kind = 'score' OR (criterion_id IS NULL AND value IS NULL)),
        CHECK (kind = 'score' OR kind = 'comment' OR comment IS NULL),
        CHECK (kind <> 'reopen' OR length(trim(coalesce(reason, ''))) > 0)
      ) STRICT;
      CREATE INDEX score_event_sheet ON score_event (juror_id, team_id, seq);
      ${appendOnly('score_event')}

      CREATE TRIGGER juror_keep_scored BEFORE DELETE ON juror
        WHEN EXISTS (SELECT 1 FROM score_event WHERE juror_id = OLD.id)
        BEGIN SELECT RAISE(ABORT, 'scoring.jurorHasScores'); END;
      CREATE TRIGGER team_keep_scored BEFORE DELETE ON team
        WHEN EXISTS (SELECT 1 FROM score_event WHERE team_id = OLD.id)
        BEGIN SELECT RAISE(ABORT, 'scoring.teamHasScores'); END;
      CREATE TRIGGER criterion_keep_scored BEFORE DELETE ON criterion
        WHEN EXISTS (SELECT 1 FROM score_event WHERE criterion_id = OLD.id)
        BEGIN SELECT RAISE(ABORT, 'scoring.criterionHasScores'); END;

      CREATE TABLE recusal (
        juror_id INTEGER NOT NULL REFERENCES juror (id) ON DELETE CASCADE,
        team_id INTEGER NOT NULL REFERENCES team (id) ON DELETE CASCADE,
        reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
        actor TEXT NOT NULL,
        at_utc TEXT NOT NULL,
        PRIMARY KEY (juror_id, team_id)
      ) STRICT;

      CREATE TABLE scoring_settings (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        method TEXT NOT NULL
          CHECK (method IN ('weighted_mean', 'trimmed_mean', 'median', 'zscore', 'borda')),
        -- TieBreakRule[] as JSON (main/core/ranking/types.ts), checked on read.
        tie_breaks TEXT NOT NULL,
        -- { orderedTeamIds, atUtc }[] as JSON: the chair's recorded decisions.
        chair_decisions TEXT NOT NULL,
        -- Points per started 30 s over the pitch time; NULL = no penalty declared.
        penalty_points REAL CHECK (penalty_points IS NULL OR penalty_points >= 0),
        updated_at TEXT NOT NULL
      ) STRICT;
      INSERT INTO scoring_settings (id, method, tie_breaks, chair_decisions, penalty_points, updated_at)
        VALUES (1, 'weighted_mean', '[{"kind":"first_places"},{"kind":"chair_decision"}]', '[]', NULL,
                strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));

      CREATE TABLE results_lock (
        id INTEGER PRIMARY KEY,
        action TEXT NOT NULL CHECK (action IN ('lock', 'unlock')),
        at_utc TEXT NOT NULL,
        actor TEXT NOT NULL CHECK (length(trim(actor)) > 0),
        reason TEXT,
        -- Lock only: canonical JSON of the locked results and its SHA-256 (lowercase hex).
        payload_json TEXT,
        hash TEXT,
        CHECK (action = 'unlock' OR (payload_json IS NOT NULL AND length(hash) = 64)),
        CHECK (action = 'lock' OR length(trim(coalesce(reason, ''))) > 0)
      ) STRICT;
      ${appendOnly('results_lock')}

      CREATE TABLE award (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('podium', 'special')),
        name TEXT NOT NULL CHECK (length(trim(name)) > 0),
        -- Podium awards go to whoever holds this rank; special awards to a chosen team.
        podium_rank INTEGER CHECK (podium_rank IS NULL OR podium_rank >= 1),
        team_id INTEGER REFERENCES team (id) ON DELETE SET NULL,
        position INTEGER NOT NULL,
        CHECK ((kind = 'podium' AND podium_rank IS NOT NULL AND team_id IS NULL)
            OR (kind = 'special' AND podium_rank IS NULL))
      ) STRICT;

      CREATE TABLE ceremony_state (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        revealed INTEGER NOT NULL CHECK (revealed >= 0),
        -- 1 while the projector shows the ceremony instead of the timer (blackout still wins).
        on_screen INTEGER NOT NULL CHECK (on_screen IN (0, 1))
      ) STRICT;
      INSERT INTO ceremony_state (id, revealed, on_screen) VALUES (1, 0, 0);

      CREATE TABLE juror_pin (
        juror_id INTEGER PRIMARY KEY REFERENCES juror (id) ON DELETE CASCADE,
        -- scrypt parameters, salt and derived key (base64), never the PIN itself.
        cost INTEGER NOT NULL,
        salt TEXT NOT NULL,
        hash TEXT NOT NULL,
        at_utc TEXT NOT NULL
      ) STRICT;
    `);
  },
};
