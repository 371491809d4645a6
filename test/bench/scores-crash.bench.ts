/**
 * Crash safety of score writes alone as figures (the full crash loop with timers is test/bench/crash-loop.bench.ts: crash.cycles, crash.lost_scores):
 * a child process records scores in a loop through the real store and is
 * SIGKILLed at random moments, 20 times; then every acknowledged score is
 * looked up in the file. The test of the same thing is
 * test/integration/scoring/crash.test.ts (10 cycles, asserts zero lost).
 */
import { closeDatabase, openDatabase } from '../../main/core/db/open';
import { closeEventFile } from '../../main/core/event-file';
import { verifyScoreLog } from '../../main/core/scoring/score-store';
import { type Ack, childArgs, lostAcks, runAndKill, seeded } from '../integration/scoring/crash-runner';
import type { Bench, BenchFigure } from './figure';
import { benchApp } from './scores-app';

const CYCLES = 20;

const bench: Bench = async () => {
  const app = await benchApp({ teams: 4, jurors: 3, criteria: 2 });
  try {
    const session = app.ctx.requireEventFile();
    closeEventFile(session);
    app.ctx.eventFile = null;
    const args = childArgs(
      session.path,
      app.jurorIds,
      app.teamIds,
      app.criteria.map((c) => c.id),
    );
    const random = seeded(Date.now());
    const acks: Ack[] = [];
    for (let cycle = 0; cycle < CYCLES; cycle += 1)
      acks.push(...(await runAndKill(args, cycle * 1000, random)));
    const db = openDatabase(session.path);
    try {
      const integrity = db.pragma('integrity_check', { simple: true });
      const chain = verifyScoreLog(db);
      const note = `${acks.length} acknowledged writes; integrity_check ${String(integrity)}; chain ${chain.ok ? 'intact' : 'BROKEN'}`;
      const figures: BenchFigure[] = [
        { id: 'scores.crash_cycles', value: CYCLES, unit: 'kills', better: 'higher', note },
        {
          id: 'scores.crash_lost_scores',
          value: lostAcks(db, acks).length,
          unit: 'scores',
          better: 'lower',
          note,
        },
      ];
      return figures;
    } finally {
      closeDatabase(db);
    }
  } finally {
    app.close();
  }
};

export default bench;
