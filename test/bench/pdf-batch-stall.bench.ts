/**
 * What a 300-certificate batch costs the CALLER's thread (the Electron main
 * process) while it renders in the worker, told apart from what this shared
 * 2-core machine does to any thread:
 *   npx tsx test/bench/run.ts pdf-batch-stall
 * Variants, alternated in rounds so a burst of load hits all of them:
 * - idle: nothing running;
 * - busy_neighbour: a worker thread of ours that only spins the CPU, at the
 *   PDF worker's priority, for as long as a batch: the stall any busy thread
 *   causes here, with none of runDocumentJob's code involved;
 * - job: runDocumentJob with the source worker (tsx), as pdf-certificates.bench.ts runs it;
 * - built: runDocumentJob with out/main/pdf-worker.js writing the PDF itself, as the app does.
 * For each: the longest stall of a 2 ms interval probe (pdf.batch.main_stall_ms's
 * probe), the time the caller's event loop was actually busy
 * (performance.eventLoopUtilization), and the longest garbage-collection
 * pause on the caller's thread.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PerformanceObserver, performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { defaultFontDir } from '../../main/core/documents/fonts';
import { runDocumentJob } from '../../main/core/documents/run-document-job';
import { certificatesInput, manyTeams } from '../integration/documents/sample-inputs';
import { type Bench, type BenchFigure, percentile } from './figure';

const ROUNDS = 5;
const BUILT_WORKER = resolve(import.meta.dirname, '..', '..', 'out', 'main', 'pdf-worker.js');
const fontDir = defaultFontDir();
const input = certificatesInput({ teams: manyTeams(75), which: 'participation' });

/** A thread that only burns CPU for `ms`, niced like the PDF worker (worker.ts). */
const SPINNER = `
  const { workerData, parentPort } = require('node:worker_threads');
  try { if (process.platform === 'linux') require('node:os').setPriority(10); } catch {}
  const end = Date.now() + workerData;
  let x = 0;
  while (Date.now() < end) x += Math.sqrt(x + 1);
  parentPort.postMessage(x);
`;

function spin(ms: number): Promise<void> {
  return new Promise((done, fail) => {
    const worker = new Worker(SPINNER, { eval: true, workerData: ms });
    worker.once('message', () => done());
    worker.once('error', fail);
  });
}

interface Measured {
  stall: number;
  activeMs: number;
  gcMaxMs: number;
  ms: number;
}

async function measure(work: () => Promise<unknown>): Promise<Measured> {
  let gcMax = 0;
  const gc = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) gcMax = Math.max(gcMax, entry.duration);
  });
  gc.observe({ entryTypes: ['gc'] });
  const interval = 2;
  let last = performance.now();
  let worst = 0;
  const probe = setInterval(() => {
    const now = performance.now();
    worst = Math.max(worst, now - last - interval);
    last = now;
  }, interval);
  const loop = performance.eventLoopUtilization();
  const start = performance.now();
  try {
    await work();
    // A stall that ends as the work settles is seen by no tick (figure.ts, longestStall).
    worst = Math.max(worst, performance.now() - last - interval);
  } finally {
    clearInterval(probe);
    gc.disconnect();
  }
  const ms = performance.now() - start;
  const activeMs = performance.eventLoopUtilization(loop).active;
  return { stall: Math.max(0, worst), activeMs, gcMaxMs: gcMax, ms };
}

const median = (samples: number[]) =>
  percentile(
    [...samples].sort((a, b) => a - b),
    50,
  );
const round1 = (value: number) => Math.round(value * 10) / 10;

const bench: Bench = async () => {
  const dir = mkdtempSync(join(tmpdir(), 'pj-bench-stall-'));
  const built = existsSync(BUILT_WORKER) ? pathToFileURL(BUILT_WORKER) : null;
  type Variant = 'idle' | 'busyNeighbour' | 'job' | 'built';
  const results: Record<Variant, Measured[]> = { idle: [], busyNeighbour: [], job: [], built: [] };
  const startCalls: number[] = [];
  let progressMessages = 0;
  try {
    // Warm-up: the first batch of the process loads tsx's loader and the fonts.
    await runDocumentJob({ input, options: { fontDir } });
    for (let round = 0; round < ROUNDS; round++) {
      results.job.push(
        await measure(async () => {
          const start = performance.now();
          const running = runDocumentJob(
            { input, options: { fontDir } },
            { onProgress: () => progressMessages++ },
          );
          startCalls.push(performance.now() - start);
          await running;
        }),
      );
      if (built) {
        results.built.push(
          await measure(() =>
            runDocumentJob(
              { input, options: { fontDir }, outPath: join(dir, `certificates-${round}.pdf`) },
              { workerUrl: built },
            ),
          ),
        );
      }
      const batchMs = median(results.job.map((r) => r.ms));
      results.busyNeighbour.push(await measure(() => spin(batchMs)));
      results.idle.push(await measure(() => new Promise((done) => setTimeout(done, batchMs))));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  const figures: BenchFigure[] = [];
  const describe: Record<Variant, string> = {
    idle: 'nothing running',
    busyNeighbour:
      'a worker of ours that only spins the CPU (niced like the PDF worker) for as long as a batch',
    job: 'runDocumentJob, 300 certificates, source worker (tsx), bytes transferred back',
    built:
      'runDocumentJob, 300 certificates, out/main/pdf-worker.js writing the PDF itself (as the app does)',
  };
  const ids: Record<Variant, string> = {
    idle: 'idle',
    busyNeighbour: 'busy_neighbour',
    job: 'job',
    built: 'built',
  };
  for (const variant of ['idle', 'busyNeighbour', 'job', 'built'] as const) {
    const runs = results[variant];
    if (runs.length === 0) continue;
    const worstStall = Math.max(...runs.map((r) => r.stall));
    figures.push(
      {
        id: `pdf.batch_stall.${ids[variant]}.stall_ms`,
        value: round1(median(runs.map((r) => r.stall))),
        unit: 'ms',
        better: 'lower',
        note: `longest 2 ms-probe stall, ${describe[variant]}; median of ${runs.length} (worst ${round1(worstStall)})`,
      },
      {
        id: `pdf.batch_stall.${ids[variant]}.main_active_ms`,
        value: round1(median(runs.map((r) => r.activeMs))),
        unit: 'ms',
        better: 'lower',
        note: `time the caller's event loop was busy (probe included) over ${round1(median(runs.map((r) => r.ms)))} ms`,
      },
      {
        id: `pdf.batch_stall.${ids[variant]}.gc_max_ms`,
        value: round1(median(runs.map((r) => r.gcMaxMs))),
        unit: 'ms',
        better: 'lower',
        note: 'longest garbage-collection pause on the caller’s thread meanwhile',
      },
    );
  }
  figures.push(
    {
      id: 'pdf.batch_stall.worker_start_ms',
      value: round1(median(startCalls)),
      unit: 'ms',
      better: 'lower',
      note: 'the synchronous part of runDocumentJob on the caller’s thread (new Worker: thread start, workerData clone)',
    },
    {
      id: 'pdf.batch_stall.progress_messages',
      value: progressMessages / ROUNDS,
      unit: 'count',
      better: 'lower',
      note: 'progress messages per batch (one per certificate; the Documents page rounds them to whole percents)',
    },
  );
  return figures;
};

export default bench;
