/**
 * Full results recompute for 300 teams × 15 jurors × 8 criteria (4,500 sheets,
 * 36,000 scores), seeded so every run measures the same work: juror totals,
 * the event's method, tie-breaks, penalties, rows. Then the whole deliberation
 * analysis (5 methods + 15 leave-one-juror-out rankings + dissent) on the same data.
 */
import { performance } from 'node:perf_hooks';
import { computeRanking } from '../../main/core/ranking/compute-ranking';
import { analyseDeliberation } from '../../main/core/ranking/deliberation';
import type { RankingInput, SubmittedSheet } from '../../main/core/ranking/types';
import type { Bench, BenchFigure } from './figure';

const TEAMS = 300;
const JURORS = 15;
const CRITERIA = 8;

/** mulberry32: a tiny deterministic PRNG, good enough to spread scores. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function benchInput(seed = 42): RankingInput {
  const random = seeded(seed);
  const criteria = Array.from({ length: CRITERIA }, (_, i) => ({
    id: 100 + i,
    weight: [20, 15, 15, 10, 10, 10, 10, 10][i] as number,
    min: 0,
    max: i % 2 === 0 ? 10 : 5,
  }));
  const teams = Array.from({ length: TEAMS }, (_, i) => ({ id: i + 1 }));
  const jurors = Array.from({ length: JURORS }, (_, i) => ({ id: 1000 + i }));
  const recusals: { jurorId: number; teamId: number }[] = [];
  const sheets: SubmittedSheet[] = [];
  for (const team of teams) {
    const quality = random();
    for (const juror of jurors) {
      if (random() < 0.02) {
        recusals.push({ jurorId: juror.id, teamId: team.id });
        continue;
      }
      const scores: Record<number, number> = {};
      for (const c of criteria) {
        const raw = c.min + (c.max - c.min) * (0.6 * quality + 0.4 * random());
        scores[c.id] = Math.round(raw * 2) / 2;
      }
      sheets.push({ jurorId: juror.id, teamId: team.id, scores });
    }
  }
  return {
    scaleMax: 20,
    criteria,
    teams,
    jurors,
    recusals,
    sheets,
    method: 'weighted_mean',
    tieBreaks: [
      { kind: 'criterion', criterionId: 100 },
      { kind: 'first_places' },
      { kind: 'chair_decision' },
    ],
    chairDecisions: [],
    penalty: { pointsPerStarted30s: 0.5 },
    overtime: teams
      .filter((t) => t.id % 7 === 0)
      .map((t) => ({ teamId: t.id, overtimeMs: (t.id % 5) * 20_000 })),
  };
}

function medianOf(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

function time(run: () => unknown, warmups: number, runs: number): number[] {
  for (let i = 0; i < warmups; i += 1) run();
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    run();
    samples.push(performance.now() - start);
  }
  return samples;
}

const round2 = (x: number) => Math.round(x * 100) / 100;

const bench: Bench = async () => {
  const input = benchInput();
  const figures: BenchFigure[] = [];
  const size = `${TEAMS}×${JURORS}×${CRITERIA}, ${input.sheets.length} sheets`;

  const recompute = time(() => computeRanking(input), 10, 21);
  figures.push({
    id: 'results.recompute_300x15x8_ms',
    value: round2(medianOf(recompute)),
    unit: 'ms',
    better: 'lower',
    note: `median of 21 runs, weighted mean, ${size}; target ≤ 20 ms`,
  });

  const zscore = time(() => computeRanking({ ...input, method: 'zscore' }), 3, 21);
  figures.push({
    id: 'results.recompute_300x15x8_zscore_ms',
    value: round2(medianOf(zscore)),
    unit: 'ms',
    better: 'lower',
    note: `median of 21 runs, z-score, ${size}`,
  });

  const deliberation = time(() => analyseDeliberation(input), 2, 9);
  figures.push({
    id: 'results.deliberation_300x15x8_ms',
    value: round2(medianOf(deliberation)),
    unit: 'ms',
    better: 'lower',
    note: `median of 9 runs: 5 methods + ${JURORS} leave-one-out rankings + dissent`,
  });
  return figures;
};

export default bench;
