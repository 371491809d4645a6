/** One measured figure, as written to bench-results.json (see docs/ARCHITECTURE.md, "Measurements"). */
export interface BenchFigure {
  id: string;
  value: number;
  unit: string;
  better: 'higher' | 'lower';
  /** Optional context printed next to the figure (sample size, peer, target). */
  note?: string;
}

/** A benchmark module exports this as its default. */
export type Bench = () => Promise<BenchFigure[]>;

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}

/**
 * Longest gap between ticks of a 2 ms interval, beyond the interval itself,
 * while `work` runs: how long the calling thread's event loop was blocked.
 * The gap from the last tick to the moment `work` settles counts too: work
 * that ends with a synchronous block resolves before any timer can fire, so
 * without it that last stall would never be seen.
 */
export async function longestStall(work: () => Promise<unknown>): Promise<number> {
  const interval = 2;
  let last = performance.now();
  let worst = 0;
  const probe = setInterval(() => {
    const now = performance.now();
    worst = Math.max(worst, now - last - interval);
    last = now;
  }, interval);
  try {
    await work();
    worst = Math.max(worst, performance.now() - last - interval);
    return Math.max(0, worst);
  } finally {
    clearInterval(probe);
  }
}
