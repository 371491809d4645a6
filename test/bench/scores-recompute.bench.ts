/**
 * Results recompute through the store, for 300 teams × 15 jurors × 8 criteria:
 * read the score log (4,500 sheets = 40,500 events) from SQLite → derive the
 * sheets → keep the submitted ones → rank with the event's method. That is
 * what every results refresh costs; results.recompute_300x15x8_ms (the pure
 * ranking alone) is measured by results-recompute.bench.ts. Also: the whole
 * results page read (ranking + deliberation + lock state) and a full
 * verification of the hash chain.
 */
import { performance } from 'node:perf_hooks';
import { computeRanking } from '../../main/core/ranking/compute-ranking';
import { buildRankingInput } from '../../main/core/results/ranking-input';
import { readResultsView } from '../../main/core/results/results-view';
import { verifyScoreLog } from '../../main/core/scoring/score-store';
import { submitSheet } from '../../main/core/scoring/sheet-ops';
import type { Bench, BenchFigure } from './figure';
import { benchApp, seeded } from './scores-app';

const SIZE = { teams: 300, jurors: 15, criteria: 8 };

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

function time(run: () => unknown, warmups: number, runs: number): number {
  for (let i = 0; i < warmups; i += 1) run();
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    run();
    samples.push(performance.now() - start);
  }
  return Math.round(median(samples) * 100) / 100;
}

const bench: Bench = async () => {
  const app = await benchApp(SIZE);
  try {
    const db = app.ctx.requireEventFile().db;
    const random = seeded(42);
    const at = '2026-11-27T18:00:00.000Z';
    // Seeded through the real sheet operations (checks, hash chain), in one transaction to keep set-up short.
    db.transaction(() => {
      for (const teamId of app.teamIds) {
        const quality = random();
        for (const jurorId of app.jurorIds) {
          const scores = app.criteria.map((c) => ({
            criterionId: c.id,
            value: Math.round((0.6 * quality + 0.4 * random()) * c.max * 2) / 2,
          }));
          submitSheet(db, { jurorId, teamId, actor: 'chair' }, { scores }, at);
        }
      }
    })();
    const events = (db.prepare('SELECT count(*) AS n FROM score_event').get() as { n: number }).n;
    const size = `${SIZE.teams}×${SIZE.jurors}×${SIZE.criteria}, ${events} events`;
    const figures: BenchFigure[] = [
      {
        id: 'results.recompute_300x15x8_store_ms',
        value: time(() => computeRanking(buildRankingInput(db)), 3, 15),
        unit: 'ms',
        better: 'lower',
        note: `median of 15: SQLite read + derive + rank, ${size}; target ≤ 20 ms for the ranking`,
      },
      {
        id: 'results.page_300x15x8_ms',
        value: time(() => readResultsView(db), 1, 5),
        unit: 'ms',
        better: 'lower',
        note: 'median of 5: results.get (ranking + deliberation over 5 methods and 15 leave-one-out)',
      },
      {
        id: 'scores.verify_chain_300x15x8_ms',
        value: time(() => verifyScoreLog(db), 1, 5),
        unit: 'ms',
        better: 'lower',
        note: `median of 5: re-hash the whole log, ${events} events`,
      },
    ];
    return figures;
  } finally {
    app.close();
  }
};

export default bench;
