import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { closeDatabase, type Db, openDatabase } from '../../../main/core/db/open';
import { deriveSheets, type ScoreEventDraft, submittedSheets } from '../../../main/core/scoring/hash-chain';
import {
  appendScoreEvents,
  readAllSheets,
  readAllSheetsUncached,
  readScoreLog,
  readSubmittedSheets,
} from '../../../main/core/scoring/score-store';
import { sheetCacheStats } from '../../../main/core/scoring/sheet-cache';
import { tempDir } from '../../support/temp';

/**
 * The per-connection sheet cache must always give what a fresh derive of the
 * whole log gives, whatever happened to the file in between: appends through
 * this connection or another one, a transaction rolled back after the cache
 * read inside it, the connection reopened, an event edited or removed by
 * another process (triggers dropped), an older copy restored over the file.
 */

const at = (minute: number) => new Date(Date.UTC(2026, 8, 30, 10, minute)).toISOString();

type DraftSpec = {
  kind: ScoreEventDraft['kind'];
  jurorId: number;
  teamId: number;
  criterionId: number;
  value: number | null;
  comment: string | null;
  minute: number;
  /** The round of the sheet (migration 016): the cache keeps each round's sheets apart. */
  round?: number;
};

function toDraft(spec: DraftSpec): ScoreEventDraft {
  return {
    jurorId: spec.jurorId,
    teamId: spec.teamId,
    criterionId: spec.kind === 'score' ? spec.criterionId : null,
    value: spec.kind === 'score' ? spec.value : null,
    kind: spec.kind,
    comment: spec.kind === 'comment' ? spec.comment : null,
    actor: 'chair',
    atUtc: at(spec.minute),
    reason: spec.kind === 'reopen' ? 'erreur de saisie' : null,
    ...(spec.round === undefined || spec.round === 1 ? {} : { roundId: spec.round }),
  };
}

const draftSpec: fc.Arbitrary<DraftSpec> = fc.record({
  kind: fc.constantFrom('score', 'score', 'comment', 'submit', 'reopen'),
  jurorId: fc.integer({ min: 1, max: 3 }),
  teamId: fc.integer({ min: 1, max: 3 }),
  criterionId: fc.integer({ min: 1, max: 2 }),
  value: fc.option(fc.integer({ min: 0, max: 10 }), { nil: null, freq: 5 }),
  comment: fc.constantFrom(null, '', 'Très bon pitch', 'Tāmaʻa Teriʻi : « clair »'),
  minute: fc.integer({ min: 0, max: 59 }),
  round: fc.constantFrom(1, 1, 2),
});

function append(db: Db, drafts: readonly ScoreEventDraft[]): void {
  db.transaction(() => appendScoreEvents(db, drafts)).immediate();
}

/** What the cache must equal: the whole log read and derived now, by the two uncached paths. */
function expectFresh(db: Db): void {
  for (const round of [1, 2]) {
    const fresh = deriveSheets(readScoreLog(db), round);
    expect(readAllSheets(db, round)).toEqual(fresh);
    expect(readAllSheetsUncached(db, round)).toEqual(fresh);
    expect(readSubmittedSheets(db, round)).toEqual(submittedSheets(fresh));
  }
}

/** Another process changing what triggers forbid: a tamper tool, or a botched manual edit. */
function withoutAppendOnly(db: Db, change: () => void): void {
  db.exec('DROP TRIGGER score_event_no_update; DROP TRIGGER score_event_no_delete;');
  try {
    change();
  } finally {
    db.exec(`
      CREATE TRIGGER score_event_no_update BEFORE UPDATE ON score_event
        BEGIN SELECT RAISE(ABORT, 'score_event is append-only: rows cannot be changed'); END;
      CREATE TRIGGER score_event_no_delete BEFORE DELETE ON score_event
        BEGIN SELECT RAISE(ABORT, 'score_event is append-only: rows cannot be deleted'); END;`);
  }
}

type Step =
  | { t: 'appendA'; drafts: DraftSpec[] }
  | { t: 'appendB'; drafts: DraftSpec[] }
  | { t: 'readA' }
  | { t: 'readB' }
  | { t: 'rolledBack'; drafts: DraftSpec[] }
  | { t: 'reopenA' }
  | { t: 'tamper'; pick: number; value: number }
  | { t: 'truncate'; keep: number };

const drafts = fc.array(draftSpec, { minLength: 1, maxLength: 6 });
const step: fc.Arbitrary<Step> = fc.oneof(
  { arbitrary: fc.record({ t: fc.constant('appendA' as const), drafts }), weight: 4 },
  { arbitrary: fc.record({ t: fc.constant('appendB' as const), drafts }), weight: 2 },
  { arbitrary: fc.constant({ t: 'readA' as const }), weight: 4 },
  { arbitrary: fc.constant({ t: 'readB' as const }), weight: 1 },
  { arbitrary: fc.record({ t: fc.constant('rolledBack' as const), drafts }), weight: 2 },
  { arbitrary: fc.constant({ t: 'reopenA' as const }), weight: 1 },
  {
    arbitrary: fc.record({
      t: fc.constant('tamper' as const),
      pick: fc.nat(),
      value: fc.integer({ min: 0, max: 10 }),
    }),
    weight: 1,
  },
  { arbitrary: fc.record({ t: fc.constant('truncate' as const), keep: fc.nat() }), weight: 1 },
);

describe('the per-connection sheet cache', () => {
  const dir = tempDir();
  let files = 0;
  const open = () => openDatabase(join(dir, `cache-${++files}.sqlite`));

  it('equals a fresh derive after any interleaving of appends, rollbacks, reopens and other writers', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 25 }), (steps) => {
        const path = join(dir, `cache-${++files}.sqlite`);
        let a = openDatabase(path);
        const b = openDatabase(path);
        try {
          expectFresh(a);
          for (const s of steps) {
            switch (s.t) {
              case 'appendA':
                append(a, s.drafts.map(toDraft));
                break;
              case 'appendB':
                append(b, s.drafts.map(toDraft));
                break;
              case 'readA':
                expectFresh(a);
                break;
              case 'readB':
                expectFresh(b);
                break;
              case 'rolledBack':
                expect(() =>
                  a.transaction(() => {
                    appendScoreEvents(a, s.drafts.map(toDraft));
                    expectFresh(a); // the cache takes in events that are about to disappear
                    throw new Error('rolled back');
                  })(),
                ).toThrow('rolled back');
                break;
              case 'reopenA':
                closeDatabase(a);
                a = openDatabase(path);
                break;
              case 'tamper': {
                const log = readScoreLog(b).filter((e) => e.kind === 'score' && e.value !== null);
                const target = log[s.pick % Math.max(1, log.length)];
                if (target) {
                  withoutAppendOnly(b, () =>
                    b
                      .prepare('UPDATE score_event SET value = ? WHERE seq = ?')
                      .run(s.value + 0.5, target.seq),
                  );
                }
                break;
              }
              case 'truncate': {
                const count = readScoreLog(b).length;
                withoutAppendOnly(b, () =>
                  b.prepare('DELETE FROM score_event WHERE seq > ?').run(s.keep % (count + 1)),
                );
                break;
              }
            }
          }
          // Checked only on read steps and here, so several changes can pile up between two reads.
          expectFresh(a);
          expectFresh(b);
        } finally {
          closeDatabase(a);
          closeDatabase(b);
        }
      }),
      { numRuns: 40 },
    );
  });

  it('answers from memory when nothing changed, and reads only the new events after an append', () => {
    const db = open();
    try {
      append(db, [
        toDraft({ kind: 'score', jurorId: 1, teamId: 1, criterionId: 1, value: 4, comment: null, minute: 1 }),
      ]);
      readAllSheets(db);
      const first = sheetCacheStats(db);
      expect(first).toMatchObject({ rebuilds: 1, extensions: 0, eventsRead: 1 });

      readAllSheets(db);
      readSubmittedSheets(db);
      expect(sheetCacheStats(db)).toMatchObject({ hits: 2, rebuilds: 1, eventsRead: 1 });

      append(db, [
        toDraft({ kind: 'score', jurorId: 1, teamId: 1, criterionId: 2, value: 7, comment: null, minute: 2 }),
        toDraft({
          kind: 'submit',
          jurorId: 1,
          teamId: 1,
          criterionId: 1,
          value: null,
          comment: null,
          minute: 3,
        }),
        toDraft({ kind: 'score', jurorId: 2, teamId: 1, criterionId: 1, value: 3, comment: null, minute: 4 }),
      ]);
      expect(readSubmittedSheets(db)).toEqual([{ jurorId: 1, teamId: 1, scores: { 1: 4, 2: 7 } }]);
      expect(sheetCacheStats(db)).toMatchObject({ extensions: 1, rebuilds: 1, eventsRead: 4 });
      expectFresh(db);
    } finally {
      closeDatabase(db);
    }
  });

  it('derives everything again when the events it read were rolled back and others took their seq', () => {
    const db = open();
    const spec = (jurorId: number, value: number, minute: number) =>
      toDraft({ kind: 'score', jurorId, teamId: 1, criterionId: 1, value, comment: null, minute });
    try {
      append(db, [spec(1, 1, 1)]);
      expect(readAllSheets(db)).toHaveLength(1);
      expect(() =>
        db.transaction(() => {
          appendScoreEvents(db, [spec(1, 9, 2)]);
          expect(readAllSheets(db)[0]?.scores).toEqual({ 1: 9 });
          throw new Error('rolled back');
        })(),
      ).toThrow('rolled back');
      // seq 2 now holds another event, and the log is longer than what the cache saw.
      append(db, [spec(2, 3, 3), spec(2, 4, 4)]);
      expect(readAllSheets(db).map((s) => s.scores)).toEqual([{ 1: 1 }, { 1: 4 }]);
      expect(sheetCacheStats(db)).toMatchObject({ rebuilds: 2, extensions: 1 });
      expectFresh(db);
    } finally {
      closeDatabase(db);
    }
  });

  it('derives everything again after another connection commits, even a change that keeps the head', () => {
    const path = join(dir, `cache-${++files}.sqlite`);
    const app = openDatabase(path);
    const tool = openDatabase(path);
    try {
      append(app, [
        toDraft({ kind: 'score', jurorId: 1, teamId: 1, criterionId: 1, value: 4, comment: null, minute: 1 }),
        toDraft({ kind: 'score', jurorId: 1, teamId: 1, criterionId: 2, value: 6, comment: null, minute: 2 }),
      ]);
      expect(readAllSheets(app)[0]?.scores).toEqual({ 1: 4, 2: 6 });
      // Same max seq, same stored hash at the head: only data_version tells.
      withoutAppendOnly(tool, () => tool.prepare('UPDATE score_event SET value = 9 WHERE seq = 1').run());
      expect(readAllSheets(app)[0]?.scores).toEqual({ 1: 9, 2: 6 });
      expect(sheetCacheStats(app)).toMatchObject({ rebuilds: 2 });
    } finally {
      closeDatabase(app);
      closeDatabase(tool);
    }
  });

  it('sees an event edited through its own connection once the append-only triggers are dropped', () => {
    const db = open();
    try {
      append(db, [
        toDraft({ kind: 'score', jurorId: 1, teamId: 1, criterionId: 1, value: 4, comment: null, minute: 1 }),
      ]);
      expect(readAllSheets(db)[0]?.scores).toEqual({ 1: 4 });
      withoutAppendOnly(db, () => db.prepare('UPDATE score_event SET value = 10 WHERE seq = 1').run());
      expect(readAllSheets(db)[0]?.scores).toEqual({ 1: 10 });
      expectFresh(db);
    } finally {
      closeDatabase(db);
    }
  });

  it('sees an older copy restored over the open file with the backup API', async () => {
    const path = join(dir, `cache-${++files}.sqlite`);
    const db = openDatabase(path);
    const older = join(dir, `older-${files}.sqlite`);
    try {
      append(db, [
        toDraft({ kind: 'score', jurorId: 1, teamId: 2, criterionId: 1, value: 5, comment: null, minute: 1 }),
      ]);
      await db.backup(older);
      append(db, [
        toDraft({
          kind: 'submit',
          jurorId: 1,
          teamId: 2,
          criterionId: 1,
          value: null,
          comment: null,
          minute: 2,
        }),
      ]);
      expect(readAllSheets(db)[0]?.status).toBe('submitted');
      const source = openDatabase(older);
      try {
        await source.backup(path);
      } finally {
        closeDatabase(source);
      }
      expect(readAllSheets(db)[0]?.status).toBe('draft');
      expectFresh(db);
    } finally {
      closeDatabase(db);
    }
  });

  it('hands out frozen sheets in arrays the caller owns', () => {
    const db = open();
    try {
      append(db, [
        toDraft({ kind: 'score', jurorId: 2, teamId: 1, criterionId: 1, value: 5, comment: null, minute: 1 }),
        toDraft({ kind: 'score', jurorId: 1, teamId: 1, criterionId: 1, value: 2, comment: null, minute: 2 }),
        toDraft({
          kind: 'submit',
          jurorId: 1,
          teamId: 1,
          criterionId: 1,
          value: null,
          comment: null,
          minute: 3,
        }),
      ]);
      const sheets = readAllSheets(db);
      expect(sheets.map((s) => s.jurorId)).toEqual([1, 2]);
      sheets.reverse();
      expect(readAllSheets(db).map((s) => s.jurorId)).toEqual([1, 2]);
      const first = readAllSheets(db)[0];
      expect(() => {
        if (first) first.scores[1] = 20;
      }).toThrow(TypeError);
      const submitted = readSubmittedSheets(db)[0];
      expect(() => {
        if (submitted) (submitted as { teamId: number }).teamId = 3;
      }).toThrow(TypeError);
      expectFresh(db);
    } finally {
      closeDatabase(db);
    }
  });

  it('keeps a read-only connection up to date with a writer in another connection', () => {
    const path = join(dir, `cache-${++files}.sqlite`);
    const writer = openDatabase(path);
    const reader = openDatabase(path, { readonly: true });
    try {
      expect(readAllSheets(reader)).toEqual([]);
      for (let minute = 1; minute <= 4; minute++) {
        append(writer, [
          toDraft({
            kind: 'score',
            jurorId: minute,
            teamId: 1,
            criterionId: 1,
            value: minute,
            comment: null,
            minute,
          }),
        ]);
        expectFresh(reader);
      }
      expect(readAllSheets(reader)).toHaveLength(4);
    } finally {
      closeDatabase(reader);
      closeDatabase(writer);
    }
  });
});
