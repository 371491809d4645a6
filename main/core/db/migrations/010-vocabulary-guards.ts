import type { Migration } from './types';

/**
 * Drops the CHECK constraints that repeated the shared vocabularies
 * (scoring_settings.method: the ranking methods; display_state.mode and
 * mode_before_blackout: the projector modes). The database still refuses an
 * unknown value: triggers generated from the lists in common/contract take
 * over, recreated at every open (main/core/db/vocabulary-guards.ts), so a new
 * method or mode never needs another table rebuild.
 *
 * SQLite changes a CHECK only by rebuilding the table: both are one-row
 * tables with no index, trigger or foreign key pointing at them; the row is
 * copied column by column, every other constraint kept as it was. The
 * append-only, hash-chained score_event keeps its CHECK on the kind.
 */
export const vocabularyGuards: Migration = {
  name: 'vocabulary-guards',
  // Safe either way (nothing points at these two tables); kept on so a copy of this rebuild for another table cannot silently delete child rows.
  foreignKeysOff: true,
  up(db) {
    db.exec(`
      CREATE TABLE scoring_settings_new (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        -- One of AGGREGATION_METHOD_IDS (common/contract/aggregation-methods.ts), guarded by a trigger.
        method TEXT NOT NULL,
        -- TieBreakRule[] as JSON (main/core/ranking/types.ts), checked on read; kinds guarded by a trigger.
        tie_breaks TEXT NOT NULL,
        -- { orderedTeamIds, atUtc }[] as JSON: the chair's recorded decisions.
        chair_decisions TEXT NOT NULL,
        -- Points per started 30 s over the pitch time; NULL = no penalty declared.
        penalty_points REAL CHECK (penalty_points IS NULL OR penalty_points >= 0),
        updated_at TEXT NOT NULL
      ) STRICT;
      INSERT INTO scoring_settings_new (id, method, tie_breaks, chair_decisions, penalty_points, updated_at)
        SELECT id, method, tie_breaks, chair_decisions, penalty_points, updated_at FROM scoring_settings;
      DROP TABLE scoring_settings;
      ALTER TABLE scoring_settings_new RENAME TO scoring_settings;

      CREATE TABLE display_state_new (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        -- One of DISPLAY_MODES (common/contract/display-modes.ts), guarded by a trigger.
        mode TEXT NOT NULL,
        -- Where the blackout key returns to: one of VISIBLE_MODES, guarded by a trigger.
        mode_before_blackout TEXT NOT NULL,
        message TEXT NOT NULL,
        -- The OS display the chair picked for the projector (Electron display id).
        screen_id INTEGER,
        -- Last bounds of the display window when it is a normal window (JSON {x,y,width,height}).
        window_bounds TEXT
      ) STRICT;
      INSERT INTO display_state_new (id, mode, mode_before_blackout, message, screen_id, window_bounds)
        SELECT id, mode, mode_before_blackout, message, screen_id, window_bounds FROM display_state;
      DROP TABLE display_state;
      ALTER TABLE display_state_new RENAME TO display_state;
    `);
  },
};
