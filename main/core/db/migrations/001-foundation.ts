import type { Migration } from './types';

/** Event setup: the event itself, teams with members, jurors, criteria, timer defaults. */
export const foundation: Migration = {
  name: 'foundation',
  up(db) {
    db.exec(`
      CREATE TABLE event (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        name TEXT NOT NULL,
        start_date TEXT NOT NULL,
        end_date TEXT NOT NULL,
        venue TEXT NOT NULL,
        city TEXT NOT NULL,
        organiser TEXT NOT NULL,
        locale TEXT NOT NULL CHECK (locale IN ('fr', 'en')),
        logo_mime TEXT,
        logo_base64 TEXT,
        scale_max INTEGER NOT NULL CHECK (scale_max > 0),
        pitch_ms INTEGER NOT NULL CHECK (pitch_ms > 0),
        qa_ms INTEGER NOT NULL CHECK (qa_ms >= 0),
        changeover_ms INTEGER NOT NULL CHECK (changeover_ms >= 0),
        amber_at_ms INTEGER NOT NULL CHECK (amber_at_ms >= 0),
        red_at_ms INTEGER NOT NULL CHECK (red_at_ms >= 0),
        -- A random id that identifies this event across copies of the file (certificate codes).
        uid TEXT NOT NULL,
        created_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE team (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL CHECK (length(trim(name)) > 0),
        project_title TEXT NOT NULL,
        position INTEGER NOT NULL
      ) STRICT;
      CREATE UNIQUE INDEX team_name_unique ON team (lower(trim(name)));

      CREATE TABLE member (
        id INTEGER PRIMARY KEY,
        team_id INTEGER NOT NULL REFERENCES team (id) ON DELETE CASCADE,
        name TEXT NOT NULL CHECK (length(trim(name)) > 0),
        email TEXT,
        position INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX member_team ON member (team_id, position);

      CREATE TABLE juror (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL CHECK (length(trim(name)) > 0),
        title TEXT NOT NULL,
        position INTEGER NOT NULL
      ) STRICT;

      CREATE TABLE criterion (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL CHECK (length(trim(name)) > 0),
        description TEXT NOT NULL,
        weight REAL NOT NULL CHECK (weight >= 0),
        min REAL NOT NULL,
        max REAL NOT NULL,
        step REAL NOT NULL CHECK (step > 0),
        position INTEGER NOT NULL,
        CHECK (max > min)
      ) STRICT;

      CREATE TABLE criterion_level (
        criterion_id INTEGER NOT NULL REFERENCES criterion (id) ON DELETE CASCADE,
        value REAL NOT NULL,
        label TEXT NOT NULL,
        PRIMARY KEY (criterion_id, value)
      ) STRICT;
    `);
  },
};
