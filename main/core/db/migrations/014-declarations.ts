import type { Migration } from './types';

/**
 * Declarations of interest (issue 16): before scoring, each juror declares
 * their links with the teams ("no link" is a declaration too).
 * - interest_declaration: an append-only, hash-chained log of its own
 *   (main/core/scoring/declaration-chain.ts), one row per declaration made;
 *   a juror's latest row is their current declaration. links_json is the
 *   canonical JSON of [{teamId, detail}] sorted by team id ('[]' = no link).
 *   No foreign keys, as for score events: a fact outlives the setup row it
 *   names, so instead a juror or team a declaration names cannot be deleted
 *   (SQLite would reuse the id and hand the declaration to someone else).
 * - declaration_settings: whether the chair requires a declaration before a
 *   juror may score (off in every existing file, so nothing changes for them).
 * - recusal.declaration_seq: the declaration that recused the juror for that
 *   team; NULL for a recusal the chair recorded.
 * Additive only: no existing row, column or result changes.
 */
export const declarations: Migration = {
  name: 'declarations',
  up(db) {
    db.exec(`
      CREATE TABLE interest_declaration (
        seq INTEGER PRIMARY KEY CHECK (seq > 0),
        juror_id INTEGER NOT NULL,
        links_json TEXT NOT NULL,
        actor TEXT NOT NULL CHECK (length(trim(actor)) > 0),
        at_utc TEXT NOT NULL,
        prev_hash TEXT NOT NULL CHECK (length(prev_hash) = 64),
        hash TEXT NOT NULL UNIQUE CHECK (length(hash) = 64)
      ) STRICT;
      CREATE INDEX interest_declaration_juror ON interest_declaration (juror_id, seq);
      CREATE TRIGGER interest_declaration_no_update BEFORE UPDATE ON interest_declaration
        BEGIN SELECT RAISE(ABORT, 'interest_declaration is append-only: rows cannot be changed'); END;
      CREATE TRIGGER interest_declaration_no_delete BEFORE DELETE ON interest_declaration
        BEGIN SELECT RAISE(ABORT, 'interest_declaration is append-only: rows cannot be deleted'); END;

      CREATE TRIGGER juror_keep_declared BEFORE DELETE ON juror
        WHEN EXISTS (SELECT 1 FROM interest_declaration WHERE juror_id = OLD.id)
        BEGIN SELECT RAISE(ABORT, 'declarations.jurorHasDeclaration'); END;
      CREATE TRIGGER team_keep_declared BEFORE DELETE ON team
        WHEN EXISTS (SELECT 1 FROM interest_declaration d, json_each(d.links_json) l
                      WHERE json_extract(l.value, '$.teamId') = OLD.id)
        BEGIN SELECT RAISE(ABORT, 'declarations.teamHasDeclaration'); END;

      CREATE TABLE declaration_settings (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        required INTEGER NOT NULL CHECK (required IN (0, 1)),
        updated_at TEXT NOT NULL
      ) STRICT;
      INSERT INTO declaration_settings (id, required, updated_at)
        VALUES (1, 0, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));

      ALTER TABLE recusal ADD COLUMN declaration_seq INTEGER;
    `);
  },
};
