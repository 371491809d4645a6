/**
 * Properties of the merge (issue 15): whatever the order in which room
 * results arrive, how often the same file is merged, and whether an older
 * stick comes back after a newer one, the head ends with every room's score
 * once, the same sheets and the same ranking.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { closeDatabase, type Db, openDatabase } from '../../../main/core/db/open';
import { computeRanking } from '../../../main/core/ranking/compute-ranking';
import { buildRankingInput } from '../../../main/core/results/ranking-input';
import { mergeRoomResult, verifyMergedRooms } from '../../../main/core/rooms/merge';
import { buildRoomResult, parseRoomResult, type RoomResult } from '../../../main/core/rooms/room-result';
import { readAllSheets, scoreEventCount, verifyScoreLog } from '../../../main/core/scoring/score-store';
import { buildHeadEvent, roomLaptop, scoreRoom } from '../../support/rooms';
import { tempDir } from '../../support/temp';

const SIZE = { rooms: 3, teamsPerRoom: 3, jurorsPerRoom: 2, criteria: 2 };
const RUNS = 25;

/** One merge: room r's early (0) or final (1) result file. */
type Step = { room: number; which: 0 | 1 };

describe('rooms: merge properties', () => {
  // Built once: a head with three rooms, each room's early and final result file.
  const dir = tempDir();
  const { head, rooms } = buildHeadEvent(dir, SIZE);
  const files: [RoomResult, RoomResult][] = rooms.map((room, i) => {
    const { db } = roomLaptop(head, room, dir);
    scoreRoom(db, room, i, { sheets: 2 + i });
    const early = parseRoomResult(buildRoomResult(db));
    scoreRoom(db, room, i + 10, { lock: i !== 1 });
    const final = parseRoomResult(buildRoomResult(db));
    closeDatabase(db);
    return [early, final];
  });
  const pristine = join(dir, 'pristine.sqlite');
  head.exec(`VACUUM INTO '${pristine}'`);
  closeDatabase(head);
  const total = files.reduce((n, [, final]) => n + final.body.scoreEvents.length, 0);

  let copies = 0;
  const freshHead = (): Db => {
    copies += 1;
    const sub = join(dir, `copy-${copies}`);
    mkdirSync(sub);
    const path = join(sub, 'head.sqlite');
    const source = openDatabase(pristine);
    source.exec(`VACUUM INTO '${path}'`);
    closeDatabase(source);
    return openDatabase(path);
  };
  // A sheet's lastSeq is its place in the head's log, which does depend on the order: everything else may not.
  const outcome = (db: Db) => ({
    sheets: readAllSheets(db).map(({ lastSeq: _, ...sheet }) => sheet),
    ranking: computeRanking(buildRankingInput(db)),
    count: scoreEventCount(db),
  });
  const mergeAll = (db: Db, steps: readonly Step[]) => {
    for (const step of steps) mergeRoomResult(db, (files[step.room] as [RoomResult, RoomResult])[step.which]);
  };

  // The reference: rooms merged once each, in room order, final files only.
  const referenceDb = freshHead();
  mergeAll(
    referenceDb,
    rooms.map((_, room) => ({ room, which: 1 as const })),
  );
  const reference = outcome(referenceDb);
  closeDatabase(referenceDb);

  /** Any sequence of early/final files that includes each room's final at least once. */
  const sequences = fc
    .tuple(
      fc.array(fc.record({ room: fc.integer({ min: 0, max: 2 }), which: fc.constantFrom<0 | 1>(0, 1) }), {
        maxLength: 6,
      }),
      fc.shuffledSubarray([0, 1, 2], { minLength: 3, maxLength: 3 }),
      fc.array(fc.nat(), { minLength: 3, maxLength: 3 }),
    )
    .map(([extra, order, at]) => {
      const steps: Step[] = [...extra];
      order.forEach((room, i) => {
        steps.splice((at[i] ?? 0) % (steps.length + 1), 0, { room, which: 1 });
      });
      return steps;
    });

  it('gives the same sheets and ranking in any order, with repeats and older files, never a score lost or doubled', () => {
    expect(reference.count).toBe(total);
    fc.assert(
      fc.property(sequences, (steps) => {
        const db = freshHead();
        try {
          mergeAll(db, steps);
          const got = outcome(db);
          expect(got.count).toBe(total);
          expect(got.sheets).toEqual(reference.sheets);
          expect(got.ranking).toEqual(reference.ranking);
          expect(verifyScoreLog(db).ok).toBe(true);
          expect(verifyMergedRooms(db)).toBeNull();
          // Idempotent: the whole sequence again changes nothing.
          const receipts = db.prepare('SELECT count(*) AS n FROM room_receipt').get();
          mergeAll(db, steps);
          expect(outcome(db)).toEqual(got);
          expect(db.prepare('SELECT count(*) AS n FROM room_receipt').get()).toEqual(receipts);
        } finally {
          closeDatabase(db);
        }
      }),
      { numRuns: RUNS },
    );
  });
});
