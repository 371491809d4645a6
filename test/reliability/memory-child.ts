/**
 * Child of test/bench/core-memory.bench.ts, in two runs:
 *
 * - `fill <dir>`: creates a 300-team event (15 jurors, 8 criteria, every
 *   sheet submitted) through the real core and prints its path. Filling 4,500
 *   sheets in one go inflates the resident set (SQLite statements awaiting
 *   garbage collection), which is why it runs in a process of its own.
 * - `measure <file>` (with --expose-gc): opens that file through the
 *   dispatcher as the app does, asks what the windows ask once everything is
 *   scored (results page with ranking and deliberation, score grid, setup) and
 *   keeps the answers; prints the memory held as the difference between full
 *   collections before and after, as one JSON line.
 */
import { join } from 'node:path';
import type { CallName, CallOutput, CallResult } from '../../common/contract';
import { createCore } from '../../main/core/api/core';
import { AppContext } from '../../main/core/context/app-context';
import { closeEventFile } from '../../main/core/event-file';
import { submitSheet } from '../../main/core/scoring/sheet-ops';
import { SettingsStore } from '../../main/core/settings';
import { benchApp, seeded } from '../bench/scores-app';

const MB = 1024 * 1024;
const [mode, target] = process.argv.slice(2);
if ((mode !== 'fill' && mode !== 'measure') || !target)
  throw new Error('usage: memory-child fill|measure <path>');

async function fill(): Promise<void> {
  const app = await benchApp({ teams: 300, jurors: 15, criteria: 8 });
  const session = app.ctx.requireEventFile();
  const random = seeded(7);
  session.db.transaction(() => {
    for (const teamId of app.teamIds) {
      const quality = random();
      for (const jurorId of app.jurorIds) {
        const scores = app.criteria.map((c) => ({
          criterionId: c.id,
          value: Math.round((0.6 * quality + 0.4 * random()) * c.max * 2) / 2,
        }));
        submitSheet(session.db, { jurorId, teamId, actor: 'chair' }, { scores }, '2026-11-27T18:00:00.000Z');
      }
    }
  })();
  closeEventFile(session);
  app.ctx.eventFile = null;
  // benchApp's temp folder is left for the measuring run; the bench removes it.
  process.stdout.write(`${session.path}\n`);
}

async function measure(path: string): Promise<void> {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('run with node --expose-gc');
  const settled = () => {
    for (let i = 0; i < 3; i += 1) gc();
    const m = process.memoryUsage();
    return { heap: m.heapUsed + m.external, rss: m.rss };
  };
  const ctx = new AppContext({
    version: 'bench',
    eventsDir: join(path, '..'),
    dataDir: join(path, '..'),
    settings: new SettingsStore(null, { uiLocale: 'fr' }),
    platform: { pickEventFileToOpen: async () => path, pickCopyDestination: async () => null },
    emit: () => undefined,
  });
  const dispatch = createCore(ctx).dispatch;
  const call = async <N extends CallName>(name: N): Promise<CallOutput<N>> => {
    const result = (await dispatch(name, {}, { trustedSender: true })) as CallResult<CallOutput<N>>;
    if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
    return result.value;
  };
  const before = settled();
  await call('file.open');
  const held = [await call('results.get'), await call('scores.grid'), await call('setup.get')];
  const after = settled();
  const db = ctx.requireEventFile().db;
  const events = (db.prepare('SELECT count(*) AS n FROM score_event').get() as { n: number }).n;
  process.stdout.write(
    `${JSON.stringify({
      heapMb: (after.heap - before.heap) / MB,
      rssMb: (after.rss - before.rss) / MB,
      rssTotalMb: after.rss / MB,
      events,
      answers: held.length,
    })}\n`,
  );
  closeEventFile(ctx.requireEventFile());
}

if (mode === 'fill') await fill();
else await measure(target);
