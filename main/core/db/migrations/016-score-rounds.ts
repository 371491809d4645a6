import type { Migration } from './types';

/**
 * Scoring a final round (issue 15, rounds): a score event names its round.
 *
 * - score_event.round_id: the round whose sheet the event belongs to. A
 *   finalist is scored again in the final, often by jurors who also sat in a
 *   preliminary room, so a sheet is (round, juror, team). Every existing event
 *   is round 1, the preliminary round every file has (migration 012), and the
 *   hash of a round-1 event is computed exactly as before (the round enters
 *   the hashed content only when it is not 1, main/core/scoring/hash-chain.ts),
 *   so every existing chain, lock and fingerprint stays valid.
 * - track.round_id: the round whose sheets a prize track ranks. The main
 *   track and every existing track rank round 1; the final's track ranks the
 *   final (main/core/rooms/final-round.ts).
 *
 * ADD COLUMN with a constant default rewrites no row: the append-only
 * triggers never fire, and the old rows read as round 1.
 */
export const scoreRounds: Migration = {
  name: 'scoreRounds',
  up(db) {
    db.exec(`
      ALTER TABLE score_event ADD COLUMN round_id INTEGER NOT NULL DEFAULT 1 CHECK (round_id > 0);
      CREATE INDEX score_event_round_sheet ON score_event (round_id, juror_id, team_id, seq);
      ALTER TABLE track ADD COLUMN round_id INTEGER NOT NULL DEFAULT 1 CHECK (round_id > 0);
    `);
  },
};
