import type { Migration } from './types';

/**
 * Pitch day: the running order (place, status, per-team duration overrides),
 * the session (start time, the transparent draw), the timer as anchors (one
 * row, rewritten on every transition), what each phase actually took, each
 * team's stage times for the schedule, and what the projector shows.
 */
export const runningOrder: Migration = {
  name: 'running-order',
  up(db) {
    db.exec(`
      CREATE TABLE running_order (
        team_id INTEGER PRIMARY KEY REFERENCES team (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        status TEXT NOT NULL DEFAULT 'waiting'
          CHECK (status IN ('waiting', 'on_stage', 'done', 'absent', 'withdrawn')),
        -- NULL: the event's default duration applies.
        pitch_ms INTEGER CHECK (pitch_ms IS NULL OR (pitch_ms > 0 AND pitch_ms <= 86400000)),
        qa_ms INTEGER CHECK (qa_ms IS NULL OR (qa_ms >= 0 AND qa_ms <= 86400000))
      ) STRICT;
      -- At most one team on stage, enforced by the file itself.
      CREATE UNIQUE INDEX running_order_one_on_stage ON running_order (status) WHERE status = 'on_stage';

      CREATE TABLE session_info (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        -- Planned start of the session, epoch ms.
        start_ms INTEGER,
        -- The last transparent draw: seed as typed, algorithm version, the team ids
        -- it shuffled (JSON array) so anyone can re-run it, and when.
        draw_seed TEXT,
        draw_algorithm INTEGER,
        draw_team_ids TEXT,
        drawn_at INTEGER
      ) STRICT;
      INSERT INTO session_info (id) VALUES (1);

      CREATE TABLE timer_state (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        -- Incremented on every transition; windows ignore older pushes.
        revision INTEGER NOT NULL CHECK (revision >= 0),
        -- A TimerState (common/timer/types.ts) as JSON, checked by timerStateSchema on read.
        state_json TEXT NOT NULL,
        updated_at INTEGER NOT NULL
      ) STRICT;
      INSERT INTO timer_state (id, revision, state_json, updated_at) VALUES (1, 0,
        '{"status":"empty","teamId":null,"phase":"pitch","durationMs":0,"startedAt":null,"accumulatedMs":0,"plannedPitchMs":0,"plannedQaMs":0,"teamStartedAt":null}',
        0);

      CREATE TABLE phase_record (
        id INTEGER PRIMARY KEY,
        team_id INTEGER NOT NULL REFERENCES team (id) ON DELETE CASCADE,
        phase TEXT NOT NULL CHECK (phase IN ('pitch', 'qa')),
        used_ms INTEGER NOT NULL CHECK (used_ms >= 0),
        allowed_ms INTEGER NOT NULL CHECK (allowed_ms >= 0),
        overtime_ms INTEGER NOT NULL CHECK (overtime_ms >= 0),
        ended_at INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX phase_record_team ON phase_record (team_id, phase, id);

      CREATE TABLE team_stage (
        team_id INTEGER PRIMARY KEY REFERENCES team (id) ON DELETE CASCADE,
        started_at INTEGER NOT NULL,
        ended_at INTEGER
      ) STRICT;

      CREATE TABLE display_state (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        mode TEXT NOT NULL CHECK (mode IN ('timer', 'nextUp', 'message', 'logo', 'blackout')),
        -- Where the blackout key returns to.
        mode_before_blackout TEXT NOT NULL
          CHECK (mode_before_blackout IN ('timer', 'nextUp', 'message', 'logo')),
        message TEXT NOT NULL,
        -- The OS display the chair picked for the projector (Electron display id).
        screen_id INTEGER,
        -- Last bounds of the display window when it is a normal window (JSON {x,y,width,height}).
        window_bounds TEXT
      ) STRICT;
      INSERT INTO display_state (id, mode, mode_before_blackout, message) VALUES (1, 'timer', 'timer', '');
    `);
  },
};
