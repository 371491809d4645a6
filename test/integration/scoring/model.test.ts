import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { closeDatabase, openDatabase } from '../../../main/core/db/open';
import { readAllSheets, readScoreLog, verifyScoreLog } from '../../../main/core/scoring/score-store';
import { reopenSheet, saveSheetDraft, submitSheet } from '../../../main/core/scoring/sheet-ops';
import { tempDir } from '../../support/temp';

/**
 * The score store against a model of the rules, over random sequences of
 * juror actions on a real file: drafts (in and out of range), submits (complete
 * or not), reopens (with or without a reason). After every sequence the sheets
 * derived from SQLite equal the model's, the log holds exactly one event per
 * accepted change, and the hash chain verifies.
 */

const JURORS = [1, 2];
const TEAMS = [1, 2];
const CRITERIA = [1, 2]; // both 0..3, step 1
const AT = '2026-11-27T10:00:00.000Z';

type Action =
  | { kind: 'save'; juror: number; team: number; criterion: number; value: number }
  | { kind: 'submit'; juror: number; team: number }
  | { kind: 'reopen'; juror: number; team: number; reason: string };

const who = { juror: fc.constantFrom(...JURORS), team: fc.constantFrom(...TEAMS) };
const action: fc.Arbitrary<Action> = fc.oneof(
  fc.record({
    kind: fc.constant('save' as const),
    ...who,
    criterion: fc.constantFrom(...CRITERIA),
    value: fc.integer({ min: -1, max: 4 }),
  }),
  fc.record({ kind: fc.constant('submit' as const), ...who }),
  fc.record({
    kind: fc.constant('reopen' as const),
    ...who,
    reason: fc.constantFrom('', '  ', 'erreur de saisie'),
  }),
);

interface ModelSheet {
  scores: Record<number, number>;
  status: 'draft' | 'submitted';
}

/** The rules, written plainly: returns the refusal code or null, and how many events were appended. */
function apply(model: Map<string, ModelSheet>, a: Action): { refusal: string | null; events: number } {
  const key = `${a.juror}:${a.team}`;
  const sheet = model.get(key) ?? { scores: {}, status: 'draft' as const };
  if (a.kind === 'save') {
    if (sheet.status === 'submitted') return { refusal: 'scoring.sheetSubmitted', events: 0 };
    if (a.value < 0 || a.value > 3) return { refusal: 'scoring.outOfRange', events: 0 };
    if (sheet.scores[a.criterion] === a.value) return { refusal: null, events: 0 };
    model.set(key, { ...sheet, scores: { ...sheet.scores, [a.criterion]: a.value } });
    return { refusal: null, events: 1 };
  }
  if (a.kind === 'submit') {
    if (sheet.status === 'submitted') return { refusal: 'scoring.alreadySubmitted', events: 0 };
    if (!CRITERIA.every((c) => sheet.scores[c] !== undefined))
      return { refusal: 'scoring.incomplete', events: 0 };
    model.set(key, { ...sheet, status: 'submitted' });
    return { refusal: null, events: 1 };
  }
  if (sheet.status !== 'submitted') return { refusal: 'scoring.notSubmitted', events: 0 };
  if (!a.reason.trim()) return { refusal: 'scoring.reasonRequired', events: 0 };
  model.set(key, { ...sheet, status: 'draft' });
  return { refusal: null, events: 1 };
}

function run(db: ReturnType<typeof openDatabase>, a: Action): string | null {
  const owner = { jurorId: a.juror, teamId: a.team, actor: `juror:${a.juror}` };
  try {
    if (a.kind === 'save')
      saveSheetDraft(db, owner, { scores: [{ criterionId: a.criterion, value: a.value }] }, AT);
    else if (a.kind === 'submit') submitSheet(db, owner, null, AT);
    else reopenSheet(db, owner, a.reason, AT);
    return null;
  } catch (error) {
    return (error as { code?: string }).code ?? String(error);
  }
}

describe('the score store against a model of the rules', () => {
  const dir = tempDir();
  let file = 0;

  it('derives exactly the model’s sheets and appends one event per accepted change', () => {
    fc.assert(
      fc.property(fc.array(action, { maxLength: 30 }), (actions) => {
        file += 1;
        const db = openDatabase(join(dir, `model-${file}.sqlite`));
        try {
          for (const id of JURORS)
            db.prepare("INSERT INTO juror (id, name, title, position) VALUES (?, ?, '', ?)").run(
              id,
              `J${id}`,
              id,
            );
          for (const id of TEAMS)
            db.prepare("INSERT INTO team (id, name, project_title, position) VALUES (?, ?, '', ?)").run(
              id,
              `T${id}`,
              id,
            );
          for (const id of CRITERIA) {
            db.prepare(
              "INSERT INTO criterion (id, name, description, weight, min, max, step, position) VALUES (?, ?, '', 50, 0, 3, 1, ?)",
            ).run(id, `C${id}`, id);
          }
          const model = new Map<string, ModelSheet>();
          let expectedEvents = 0;
          for (const a of actions) {
            const predicted = apply(model, a);
            expect(run(db, a), JSON.stringify(a)).toBe(predicted.refusal);
            expectedEvents += predicted.events;
          }
          const derived = readAllSheets(db).map((s) => ({
            key: `${s.jurorId}:${s.teamId}`,
            scores: s.scores,
            status: s.status,
          }));
          const expected = [...model.entries()]
            .filter(([, sheet]) => Object.keys(sheet.scores).length > 0)
            .map(([key, sheet]) => ({ key, scores: sheet.scores, status: sheet.status }))
            .sort((a, b) => a.key.localeCompare(b.key));
          expect(derived).toEqual(expected);
          expect(readScoreLog(db)).toHaveLength(expectedEvents);
          expect(verifyScoreLog(db)).toMatchObject({ ok: true, count: expectedEvents });
        } finally {
          closeDatabase(db);
        }
      }),
      { numRuns: 40 },
    );
  });
});
