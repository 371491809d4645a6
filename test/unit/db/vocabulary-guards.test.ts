/**
 * The shared vocabularies in the database: no CHECK repeats them any more
 * (migration 010); triggers generated from the lists refuse an unknown value,
 * and a new value is a list entry, never a migration.
 */
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { AGGREGATION_METHOD_IDS } from '../../../common/contract/aggregation-methods';
import { DISPLAY_MODES } from '../../../common/contract/display-modes';
import { isMessageKey, translate } from '../../../common/i18n';
import { MIGRATIONS } from '../../../main/core/db/migrations';
import {
  closeDatabase,
  LATEST_SCHEMA_VERSION,
  openDatabase,
  schemaVersion,
} from '../../../main/core/db/open';
import {
  installVocabularyGuards,
  UNKNOWN_VALUE,
  VOCABULARY_GUARDS,
} from '../../../main/core/db/vocabulary-guards';
import { tempDir } from '../../support/temp';

/** A file as Pitch Jury wrote it before migration 010 (migrations 1–8), with settings away from the defaults. */
function fileAtVersion8(path: string): void {
  const db = new Database(path);
  db.transaction(() => {
    for (const migration of MIGRATIONS.slice(0, 8)) migration.up(db);
    db.pragma('user_version = 8');
  })();
  db.prepare(
    "UPDATE scoring_settings SET method = 'borda', tie_breaks = ?, chair_decisions = ?, penalty_points = 0.5 WHERE id = 1",
  ).run('[{"kind":"head_to_head"},{"kind":"chair_decision"}]', '[{"orderedTeamIds":[2,1],"atUtc":"x"}]');
  db.prepare(
    "UPDATE display_state SET mode = 'message', mode_before_blackout = 'logo', message = 'Tāmaʻa Teriʻi', screen_id = 7, window_bounds = '{\"x\":1}' WHERE id = 1",
  ).run();
  db.close();
}

function refusal(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  return null;
}

describe('vocabulary guards', () => {
  const dir = tempDir();

  it('open a file of migrations 1–8, keep its settings and drop the CHECKs that repeated the lists', () => {
    const path = join(dir, 'v8.sqlite');
    fileAtVersion8(path);
    const db = openDatabase(path);
    expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
    expect(db.prepare('SELECT * FROM scoring_settings').all()).toEqual([
      {
        id: 1,
        method: 'borda',
        tie_breaks: '[{"kind":"head_to_head"},{"kind":"chair_decision"}]',
        chair_decisions: '[{"orderedTeamIds":[2,1],"atUtc":"x"}]',
        penalty_points: 0.5,
        updated_at: expect.any(String),
      },
    ]);
    expect(db.prepare('SELECT * FROM display_state').all()).toEqual([
      {
        id: 1,
        mode: 'message',
        mode_before_blackout: 'logo',
        message: 'Tāmaʻa Teriʻi',
        screen_id: 7,
        window_bounds: '{"x":1}',
      },
    ]);
    const tableSql = (name: string) =>
      (
        db.prepare("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?").get(name) as {
          sql: string;
        }
      ).sql;
    expect(tableSql('scoring_settings')).not.toContain('borda');
    expect(tableSql('display_state')).not.toContain('nextUp');
    // The constraints that are not vocabularies stay.
    expect(() => db.prepare('UPDATE scoring_settings SET penalty_points = -1').run()).toThrow(/CHECK/);
    expect(() =>
      db
        .prepare(
          "INSERT INTO display_state (id, mode, mode_before_blackout, message) VALUES (2, 'timer', 'timer', '')",
        )
        .run(),
    ).toThrow(/CHECK/);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    closeDatabase(db);
  });

  it('still refuse a value outside the lists, with a translated reason', () => {
    const db = openDatabase(join(dir, 'fresh.sqlite'));
    const bad: [string, unknown[]][] = [
      ["UPDATE scoring_settings SET method = 'average'", []],
      ['UPDATE scoring_settings SET tie_breaks = ?', ['[{"kind":"first_places"},{"kind":"coin_flip"}]']],
      ['UPDATE scoring_settings SET tie_breaks = ?', ['[{"criterionId":3}]']],
      ["UPDATE display_state SET mode = 'disco'", []],
      ["UPDATE display_state SET mode_before_blackout = 'blackout'", []],
    ];
    for (const [sql, params] of bad) {
      const error = refusal(() => db.prepare(sql).run(...params));
      expect(error, sql).toMatchObject({ code: 'SQLITE_CONSTRAINT_TRIGGER', message: UNKNOWN_VALUE });
    }
    db.exec('DELETE FROM display_state');
    expect(
      refusal(() =>
        db
          .prepare(
            "INSERT INTO display_state (id, mode, mode_before_blackout, message) VALUES (1, 'disco', 'timer', '')",
          )
          .run(),
      ),
    ).toMatchObject({ code: 'SQLITE_CONSTRAINT_TRIGGER' });
    // Every listed value goes in.
    db.prepare(
      "INSERT INTO display_state (id, mode, mode_before_blackout, message) VALUES (1, 'timer', 'timer', '')",
    ).run();
    for (const mode of DISPLAY_MODES) db.prepare('UPDATE display_state SET mode = ?').run(mode);
    for (const method of AGGREGATION_METHOD_IDS)
      db.prepare('UPDATE scoring_settings SET method = ?').run(method);
    db.prepare('UPDATE scoring_settings SET tie_breaks = ?').run(
      '[{"kind":"criterion","criterionId":1},{"kind":"first_places"},{"kind":"head_to_head"},{"kind":"chair_decision"}]',
    );
    expect(isMessageKey(UNKNOWN_VALUE)).toBe(true);
    expect(translate('en', UNKNOWN_VALUE, {})).toMatch(/Nothing was saved/);
    closeDatabase(db);
  });

  it('take a new value from the list alone: no migration, and a reopen with the real lists refuses it again', () => {
    const path = join(dir, 'grow.sqlite');
    closeDatabase(openDatabase(path));
    const db = openDatabase(path);
    const version = schemaVersion(db);
    const withExtraMode = VOCABULARY_GUARDS.map((guard) =>
      guard.column === 'mode' ? { ...guard, values: [...guard.values, 'test_only_mode'] } : guard,
    );
    installVocabularyGuards(db, withExtraMode);
    db.prepare("UPDATE display_state SET mode = 'test_only_mode'").run();
    expect(db.prepare('SELECT mode FROM display_state').get()).toEqual({ mode: 'test_only_mode' });
    expect(schemaVersion(db)).toBe(version);
    db.prepare("UPDATE display_state SET mode = 'timer'").run();
    closeDatabase(db);

    const reopened = openDatabase(path);
    expect(
      refusal(() => reopened.prepare("UPDATE display_state SET mode = 'test_only_mode'").run()),
    ).toMatchObject({
      message: UNKNOWN_VALUE,
    });
    closeDatabase(reopened);
  });

  it('write nothing when a file is reopened with the same lists', () => {
    const path = join(dir, 'same.sqlite');
    closeDatabase(openDatabase(path));
    const cookie = (db: Database.Database) => db.pragma('schema_version', { simple: true });
    const first = openDatabase(path);
    const before = cookie(first);
    closeDatabase(first);
    const second = openDatabase(path);
    expect(cookie(second)).toBe(before);
    closeDatabase(second);
  });
});
