import { describe, expect, it } from 'vitest';
import { closeDatabase, openDatabase } from '../../../main/core/db/open';
import { closeEventFile } from '../../../main/core/event-file';
import { readScoreLog, verifyScoreLog } from '../../../main/core/scoring/score-store';
import { type Ack, childArgs, lostAcks, runAndKill, seeded } from './crash-runner';
import { scoringEvent } from './fixture';

const CYCLES = 10;

describe('crash safety of score submission', () => {
  it(`keeps every acknowledged score through ${CYCLES} SIGKILLs, with an intact file and chain`, async () => {
    const e = await scoringEvent();
    const path = e.app.ctx.requireEventFile().path;
    // The parent lets go of the file: the child is the only writer, as the app would be.
    closeEventFile(e.app.ctx.requireEventFile());
    e.app.ctx.eventFile = null;

    const args = childArgs(path, e.jurorIds, e.teamIds, [e.impact, e.pitch]);
    const random = seeded(20261127);
    const acks: Ack[] = [];
    for (let cycle = 0; cycle < CYCLES; cycle += 1) {
      acks.push(...(await runAndKill(args, cycle * 1000, random)));
    }

    const db = openDatabase(path);
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      const log = readScoreLog(db);
      const lost = lostAcks(db, acks);
      expect(acks.length).toBeGreaterThanOrEqual(CYCLES);
      expect(lost).toEqual([]);
      expect(verifyScoreLog(db)).toMatchObject({ ok: true, count: log.length });
    } finally {
      closeDatabase(db);
    }
  });
});
