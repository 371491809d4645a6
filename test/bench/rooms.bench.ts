/**
 * rooms.merge_ms: the head laptop merges three room result files (3 rooms ×
 * 6 teams × 4 jurors × 6 criteria, every sheet submitted, each room locked):
 * parse and schema-check each file, check its seal, its chain and its lock
 * (the lock's ranking recomputed), check each new event against the head's
 * rules, append them to the head's chain with their origins. Each run merges
 * into a fresh copy of the same head file, so every run does the same work.
 * Also reported: merging the same three files again (nothing to add).
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { closeDatabase, openDatabase } from '../../main/core/db/open';
import { mergeRoomResult } from '../../main/core/rooms/merge';
import { buildRoomResult, parseRoomResult } from '../../main/core/rooms/room-result';
import { buildHeadEvent, roomLaptop, scoreRoom } from '../support/rooms';
import type { Bench, BenchFigure } from './figure';

const SIZE = { rooms: 3, teamsPerRoom: 6, jurorsPerRoom: 4, criteria: 6 };
const RUNS = 11;

const median = (samples: number[]) => {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
};
const round2 = (x: number) => Math.round(x * 100) / 100;

const bench: Bench = async () => {
  const dir = mkdtempSync(join(tmpdir(), 'pitch-jury-bench-rooms-'));
  try {
    const { head, rooms } = buildHeadEvent(dir, SIZE);
    const texts = rooms.map((room, i) => {
      const { db } = roomLaptop(head, room, dir);
      scoreRoom(db, room, i, { lock: true });
      const text = buildRoomResult(db);
      closeDatabase(db);
      return text;
    });
    const pristine = join(dir, 'pristine.sqlite');
    head.exec(`VACUUM INTO '${pristine}'`);
    closeDatabase(head);

    const first: number[] = [];
    const again: number[] = [];
    let events = 0;
    for (let run = 0; run < RUNS + 2; run += 1) {
      const sub = join(dir, `run-${run}`);
      mkdirSync(sub);
      const source = openDatabase(pristine);
      source.exec(`VACUUM INTO '${join(sub, 'head.sqlite')}'`);
      closeDatabase(source);
      const db = openDatabase(join(sub, 'head.sqlite'));
      const mergeAll = () => {
        let added = 0;
        for (const text of texts) added += mergeRoomResult(db, parseRoomResult(text)).added;
        return added;
      };
      let start = performance.now();
      events = mergeAll();
      const t1 = performance.now() - start;
      start = performance.now();
      mergeAll();
      const t2 = performance.now() - start;
      closeDatabase(db);
      // The first two runs warm up (JIT, page cache).
      if (run >= 2) {
        first.push(t1);
        again.push(t2);
      }
    }
    const size = `${SIZE.rooms} rooms × ${SIZE.teamsPerRoom} teams × ${SIZE.jurorsPerRoom} jurors × ${SIZE.criteria} criteria, ${events} score events`;
    const figures: BenchFigure[] = [
      {
        id: 'rooms.merge_ms',
        value: round2(median(first)),
        unit: 'ms',
        better: 'lower',
        note: `median of ${RUNS}, three room results parsed, verified and merged, ${size}; target ≤ 100 ms`,
      },
      {
        id: 'rooms.merge_again_ms',
        value: round2(median(again)),
        unit: 'ms',
        better: 'lower',
        note: `median of ${RUNS}, the same three files merged again (nothing added)`,
      },
    ];
    return figures;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};

export default bench;
