/**
 * Fuzzing the contract: every handler receives random and malformed inputs
 * derived from its own zod schema. Whatever arrives, the dispatcher answers
 * (never throws), never reports an internal error for input that passed
 * validation, and a rejected call leaves the database exactly as it was.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CallName, calls } from '../../../common/contract';
import type { Db } from '../../../main/core/db/open';
import { testApp } from '../../support/temp';
import { arbitraryFor } from '../../support/zod-arbitrary';

/** Calls that switch or create event files: fuzzed for rejection only, so the session stays put. */
const SWITCHES_FILE = new Set<string>([
  'file.new',
  'file.loadDemo',
  'file.open',
  'file.openRecent',
  'file.saveCopy',
]);

function snapshot(db: Db): string {
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as {
    name: string;
  }[];
  return JSON.stringify(tables.map(({ name }) => [name, db.prepare(`SELECT * FROM "${name}"`).all()]));
}

/** Rows written by this connection since it opened (rolled-back writes included). */
function totalChanges(db: Db): number {
  return (db.prepare('SELECT total_changes() AS n').get() as { n: number }).n;
}

/**
 * Reading every table costs milliseconds and most fuzzed calls are refused
 * without writing: the snapshot is retaken only after something wrote, and a
 * refused call is compared table by table only when it wrote (then rolled back).
 */
function snapshots(db: Db) {
  let cached = '';
  let cachedAt = -1;
  return {
    before(): { text: string; changes: number } {
      const changes = totalChanges(db);
      if (changes !== cachedAt) {
        cached = snapshot(db);
        cachedAt = changes;
      }
      return { text: cached, changes };
    },
    after(before: { text: string; changes: number }): string {
      return totalChanges(db) === before.changes ? before.text : snapshot(db);
    },
  };
}

const seed = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);
const numRuns = Number(process.env.FUZZ_RUNS ?? 60);

// Bounded by the number of runs, never by time: no per-test timeout (0) that a slow or loaded machine would hit.
describe(`contract fuzzing (seed ${seed}, ${numRuns} runs per call; rerun with FUZZ_SEED=${seed})`, {
  timeout: 0,
}, () => {
  it('answers every input to every call with a result, and rejected calls change nothing', async () => {
    const app = testApp();
    await app.invoke('file.loadDemo', {});
    const db = app.ctx.requireEventFile().db;
    const snap = snapshots(db);
    const internalErrors: string[] = [];

    for (const name of Object.keys(calls) as CallName[]) {
      const schema = calls[name].input;
      // A valid input already answered is not sent again: `backup.now` with `{}` is one real backup, not 60.
      const validSent = new Set<string>();
      await fc.assert(
        fc.asyncProperty(arbitraryFor(schema), async (input) => {
          const parsed = schema.safeParse(input ?? {});
          if (parsed.success) {
            if (SWITCHES_FILE.has(name)) return; // would replace the open event
            const key = JSON.stringify(parsed.data) ?? '';
            if (validSent.has(key)) return;
            validSent.add(key);
          }
          const before = snap.before();
          const result = await app.invoke(name, input);
          expect(typeof result.ok).toBe('boolean');
          if (!result.ok) {
            expect(result.error.message.length).toBeGreaterThan(0);
            if (!parsed.success) expect(result.error.code).toBe('error.invalidInput');
            if (result.error.code === 'error.internal')
              internalErrors.push(`${name}: ${result.error.message}`);
            expect(snap.after(before), `${name} was refused but changed the database`).toBe(before.text);
          }
        }),
        { numRuns, seed, endOnFailure: true },
      );
    }
    expect(internalErrors).toEqual([]);
  });
});
