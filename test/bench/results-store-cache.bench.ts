/**
 * Results recompute through the store, before and after the per-connection
 * sheet cache (main/core/scoring/sheet-cache.ts), side by side in one run on
 * one file: 300 teams × 15 jurors × 8 criteria, every sheet submitted (40,500
 * score events).
 *   npx tsx test/bench/run.ts results-store-cache
 * - uncached: what every refresh cost before: the whole log read and derived;
 * - cached: a refresh with nothing new in the log;
 * - after_submit: a refresh after one juror's sheet was reopened and
 *   resubmitted (what the results page does after each submit);
 * - cold: the first refresh of a freshly opened connection (the cache filling).
 * Samples are taken in rounds, one of each per round, so a burst of load on
 * this shared machine hits all of them.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closeDatabase, type Db, openDatabase } from '../../main/core/db/open';
import { createCriterion } from '../../main/core/event/criteria';
import { initEvent } from '../../main/core/event/event-info';
import { createJuror } from '../../main/core/event/jurors';
import { createTeam } from '../../main/core/event/teams';
import { computeRanking } from '../../main/core/ranking/compute-ranking';
import { buildRankingInput } from '../../main/core/results/ranking-input';
import { submittedSheets } from '../../main/core/scoring/hash-chain';
import { readAllSheetsUncached } from '../../main/core/scoring/score-store';
import { CHAIR_ACTOR, reopenSheet, submitSheet } from '../../main/core/scoring/sheet-ops';
import { type Bench, type BenchFigure, percentile } from './figure';

const TEAMS = 300;
const JURORS = 15;
const CRITERIA = 8;
const ROUNDS = 15;

/** mulberry32: the same scores on every run. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ids = (db: Db, table: string) =>
  (db.prepare(`SELECT id FROM ${table} ORDER BY id`).all() as { id: number }[]).map((r) => r.id);

function buildEvent(path: string): Db {
  const db = openDatabase(path);
  db.pragma('synchronous = OFF'); // building the fixture is not what is measured
  const random = seeded(42);
  db.transaction(() => {
    initEvent(db, 'Bench résultats', 'fr');
    for (let t = 0; t < TEAMS; t++)
      createTeam(db, { name: `Équipe ${t + 1}`, projectTitle: '', members: [] });
    for (let j = 0; j < JURORS; j++) createJuror(db, { name: `Juré ${j + 1}`, title: '' });
    for (let c = 0; c < CRITERIA; c++) {
      createCriterion(db, {
        name: `Critère ${c + 1}`,
        description: '',
        weight: 100 / CRITERIA,
        min: 0,
        max: c % 2 === 0 ? 10 : 5,
        step: 0.5,
        levels: [],
      });
    }
    const criteria = db.prepare('SELECT id, max FROM criterion ORDER BY id').all() as {
      id: number;
      max: number;
    }[];
    for (const teamId of ids(db, 'team')) {
      const quality = random();
      for (const jurorId of ids(db, 'juror')) {
        const scores = criteria.map((c) => ({
          criterionId: c.id,
          value: Math.round((0.6 * quality + 0.4 * random()) * c.max * 2) / 2,
        }));
        submitSheet(db, { jurorId, teamId, actor: CHAIR_ACTOR }, { scores }, '2026-11-27T18:00:00.000Z');
      }
    }
  })();
  db.pragma('synchronous = FULL');
  return db;
}

function timed(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

const median = (samples: number[]) =>
  percentile(
    [...samples].sort((a, b) => a - b),
    50,
  );
const round2 = (x: number) => Math.round(x * 100) / 100;

const bench: Bench = async () => {
  const dir = mkdtempSync(join(tmpdir(), 'pitch-jury-bench-cache-'));
  const path = join(dir, 'event.sqlite');
  const db = buildEvent(path);
  try {
    const events = (db.prepare('SELECT count(*) AS n FROM score_event').get() as { n: number }).n;
    const jurors = ids(db, 'juror');
    const teams = ids(db, 'team');
    const recomputeBefore = () =>
      computeRanking({ ...buildRankingInput(db), sheets: submittedSheets(readAllSheetsUncached(db)) });
    const recompute = () => computeRanking(buildRankingInput(db));
    // Same ranking both ways, or the comparison means nothing.
    if (JSON.stringify(recomputeBefore()) !== JSON.stringify(recompute()))
      throw new Error('cached and uncached rankings differ');
    for (let i = 0; i < 3; i++) {
      recomputeBefore();
      recompute();
    }

    const samples = {
      uncached: [] as number[],
      cached: [] as number[],
      afterSubmit: [] as number[],
      cold: [] as number[],
    };
    for (let round = 0; round < ROUNDS; round++) {
      samples.uncached.push(timed(recomputeBefore));
      samples.cached.push(timed(recompute));

      // One juror reopens a sheet and submits it again (2 events), then the results refresh.
      const owner = {
        jurorId: jurors[round % jurors.length] as number,
        teamId: teams[(round * 7) % teams.length] as number,
        actor: CHAIR_ACTOR,
      };
      const at = new Date(Date.UTC(2026, 10, 27, 19, round)).toISOString();
      reopenSheet(db, owner, 'fiche papier relue', at);
      submitSheet(db, owner, null, at);
      samples.afterSubmit.push(timed(recompute));

      const other = openDatabase(path);
      try {
        samples.cold.push(timed(() => computeRanking(buildRankingInput(other))));
      } finally {
        closeDatabase(other);
      }
    }

    const size = `${TEAMS}×${JURORS}×${CRITERIA}, ${events} events`;
    const figures: BenchFigure[] = [
      {
        id: 'results.recompute_300x15x8_store_uncached_ms',
        value: round2(median(samples.uncached)),
        unit: 'ms',
        better: 'lower',
        note: `before the cache: read the whole log + derive + rank, median of ${ROUNDS}, ${size}`,
      },
      {
        id: 'results.recompute_300x15x8_store_cached_ms',
        value: round2(median(samples.cached)),
        unit: 'ms',
        better: 'lower',
        note: `with the cache, log unchanged since the last refresh (head check only) + rank, median of ${ROUNDS}; target ≤ 20`,
      },
      {
        id: 'results.recompute_300x15x8_store_after_submit_ms',
        value: round2(median(samples.afterSubmit)),
        unit: 'ms',
        better: 'lower',
        note: `with the cache, right after a sheet was reopened and resubmitted (2 new events read) + rank, median of ${ROUNDS}`,
      },
      {
        id: 'results.recompute_300x15x8_store_cold_ms',
        value: round2(median(samples.cold)),
        unit: 'ms',
        better: 'lower',
        note: `with the cache, first refresh of a fresh connection (whole log read to fill it) + rank, median of ${ROUNDS}`,
      },
    ];
    return figures;
  } finally {
    closeDatabase(db);
    rmSync(dir, { recursive: true, force: true });
  }
};

export default bench;
