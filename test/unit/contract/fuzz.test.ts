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

const seed = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);
const numRuns = Number(process.env.FUZZ_RUNS ?? 60);

describe(`contract fuzzing (seed ${seed}, ${numRuns} runs per call; rerun with FUZZ_SEED=${seed})`, () => {
  it('answers every input to every call with a result, and rejected calls change nothing', async () => {
    const app = testApp();
    await app.invoke('file.loadDemo', {});
    const db = app.ctx.requireSession().db;
    const internalErrors: string[] = [];

    for (const name of Object.keys(calls) as CallName[]) {
      const schema = calls[name].input;
      await fc.assert(
        fc.asyncProperty(arbitraryFor(schema), async (input) => {
          const valid = schema.safeParse(input ?? {}).success;
          if (SWITCHES_FILE.has(name) && valid) return; // would replace the open event
          const before = snapshot(db);
          const result = await app.invoke(name, input);
          expect(typeof result.ok).toBe('boolean');
          if (!result.ok) {
            expect(result.error.message.length).toBeGreaterThan(0);
            if (!valid) expect(result.error.code).toBe('error.invalidInput');
            if (result.error.code === 'error.internal')
              internalErrors.push(`${name}: ${result.error.message}`);
            expect(snapshot(db), `${name} was refused but changed the database`).toBe(before);
          }
        }),
        { numRuns, seed, endOnFailure: true },
      );
    }
    expect(internalErrors).toEqual([]);
  });
});
