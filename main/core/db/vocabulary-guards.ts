import type Database from 'better-sqlite3';
import { AGGREGATION_METHOD_IDS } from '../../../common/contract/aggregation-methods';
import { DISPLAY_MODES, VISIBLE_MODES } from '../../../common/contract/display-modes';
import { TIE_BREAK_KINDS } from '../../../common/contract/tie-break-kinds';

/**
 * The database refuses a value outside the shared vocabularies (common/contract)
 * with triggers generated from those lists, not with CHECK constraints that
 * repeat them: SQLite cannot change a CHECK without rebuilding its table, so a
 * new ranking method or projector mode would need a hand-written migration.
 * The triggers are compared with the lists at every writable open and
 * replaced when they differ, so adding a value is only a list entry.
 *
 * They RAISE a translation key, which the dispatcher turns into a clear
 * refusal (main/core/api/dispatch.ts). The contract already refuses such
 * values at the boundary; these keep a file safe from any other writer (a
 * bug, a CLI, an import).
 */
export interface VocabularyGuard {
  /** Part of the trigger names: vocab_<name>_insert / vocab_<name>_update. */
  name: string;
  table: string;
  column: string;
  values: readonly string[];
  /** `json-kinds`: the column holds a JSON array of { kind } objects, each kind from `values`. */
  shape?: 'value' | 'json-kinds';
}

export const VOCABULARY_GUARDS: readonly VocabularyGuard[] = [
  { name: 'scoring_method', table: 'scoring_settings', column: 'method', values: AGGREGATION_METHOD_IDS },
  {
    name: 'scoring_tie_breaks',
    table: 'scoring_settings',
    column: 'tie_breaks',
    values: TIE_BREAK_KINDS,
    shape: 'json-kinds',
  },
  { name: 'display_mode', table: 'display_state', column: 'mode', values: DISPLAY_MODES },
  {
    name: 'display_mode_before_blackout',
    table: 'display_state',
    column: 'mode_before_blackout',
    values: VISIBLE_MODES,
  },
];

/** The translation key the triggers raise (common/i18n/vocabulary.ts). */
export const UNKNOWN_VALUE = 'db.unknownValue';
const PREFIX = 'vocab_';

function quote(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}

function refused(guard: VocabularyGuard): string {
  const list = guard.values.map(quote).join(', ');
  const value = `NEW.${guard.column}`;
  if (guard.shape === 'json-kinds')
    // Malformed JSON is left to the reader's check ("checked on read"); a well-formed chain names known kinds only.
    return `json_valid(${value}) AND EXISTS (SELECT 1 FROM json_each(${value})
      WHERE json_extract(value, '$.kind') IS NULL OR json_extract(value, '$.kind') NOT IN (${list}))`;
  return `${value} IS NOT NULL AND ${value} NOT IN (${list})`;
}

/** The triggers of `guards`, by name, as SQLite stores their text in sqlite_master. */
export function vocabularyTriggers(guards: readonly VocabularyGuard[]): Map<string, string> {
  const triggers = new Map<string, string>();
  for (const guard of guards) {
    for (const [event, on] of [
      ['insert', 'INSERT'],
      ['update', `UPDATE OF ${guard.column}`],
    ] as const) {
      const name = `${PREFIX}${guard.name}_${event}`;
      triggers.set(
        name,
        `CREATE TRIGGER ${name} BEFORE ${on} ON ${guard.table}
      WHEN ${refused(guard)}
      BEGIN SELECT RAISE(ABORT, '${UNKNOWN_VALUE}'); END`,
      );
    }
  }
  return triggers;
}

/**
 * Makes the file's guard triggers exactly those of `guards`: creates missing
 * ones, replaces changed ones, drops those of a list entry that no longer
 * exists. Writes nothing when they already match (an ordinary reopen).
 */
export function installVocabularyGuards(
  db: Database.Database,
  guards: readonly VocabularyGuard[] = VOCABULARY_GUARDS,
): void {
  const wanted = vocabularyTriggers(guards);
  const present = new Map(
    (
      db
        .prepare(
          "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'vocab\\_%' ESCAPE '\\'",
        )
        .all() as { name: string; sql: string }[]
    ).map((t) => [t.name, t.sql]),
  );
  const stale = [...present.keys()].filter((name) => wanted.get(name) !== present.get(name));
  const missing = [...wanted].filter(([name, sql]) => present.get(name) !== sql);
  if (stale.length === 0 && missing.length === 0) return;
  db.transaction(() => {
    for (const name of stale) db.exec(`DROP TRIGGER ${name}`);
    for (const [, sql] of missing) db.exec(sql);
  }).immediate();
}
