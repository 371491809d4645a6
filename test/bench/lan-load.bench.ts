/**
 * The local network under load, 60 s on 127.0.0.1 (never another address):
 * 30 juror phones (three times the jurors of a large event) scoring with
 * idempotent writes and 8 % of writes cut off by "Wi-Fi drops", while 20
 * viewer screens with clocks minutes off follow the laptop's clock. The
 * laptop runs in a child process (test/integration/lan/load-server.ts), the
 * phones and screens here. Stops by itself (time and count bounds).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { closeDatabase, openDatabase } from '../../main/core/db/open';
import { checkRecorded, type LoadSetup, runLoad } from '../integration/lan/load-driver';
import { LOAD_SIZE } from '../integration/lan/load-event';
import { type Bench, type BenchFigure, percentile } from './figure';

const ROOT = join(import.meta.dirname, '..', '..');
const SERVER = join(ROOT, 'test', 'integration', 'lan', 'load-server.ts');
const DURATION_MS = Number(process.env.LAN_BENCH_MS ?? 60_000);

function lineStartingWith(child: ChildProcess, prefix: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
    lines.on('line', (line) => {
      if (!line.startsWith(prefix)) return;
      lines.close();
      resolve(line.slice(prefix.length));
    });
    child.once('exit', (code) => reject(new Error(`load server exited (${code}) before "${prefix}"`)));
  });
}

const round = (x: number, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;

const bench: Bench = async () => {
  const dir = mkdtempSync(join(tmpdir(), 'pitch-jury-lan-bench-'));
  const child = spawn(process.execPath, ['--import', 'tsx', SERVER, dir], {
    cwd: ROOT,
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  try {
    const { setup, path } = JSON.parse(await lineStartingWith(child, 'READY ')) as {
      setup: LoadSetup;
      path: string;
    };
    const report = await runLoad(setup, {
      bound: { durationMs: DURATION_MS, maxSubmitsPerJuror: 1_000 },
      dropRate: 0.08,
      thinkMs: [100, 500],
      seed: 20_260_930,
    });
    const done = lineStartingWith(child, 'DONE');
    child.stdin?.write('stop\n');
    await done;
    const db = openDatabase(path, { readonly: true });
    const recorded = checkRecorded(db, report.acked);
    closeDatabase(db);

    const acks = [...report.ackLatenciesMs].sort((a, b) => a - b);
    const offsets = [...report.viewerErrorsMs].sort((a, b) => a - b);
    const submits = report.acked.reduce((n, s) => n + s.submits, 0);
    const load = `${LOAD_SIZE.jurors} phones + ${LOAD_SIZE.viewers} screens, ${DURATION_MS / 1000} s, 127.0.0.1, laptop in a child process`;
    if (report.errors.length > 0) process.stdout.write(`  errors: ${report.errors.slice(0, 5).join('; ')}\n`);
    const figures: BenchFigure[] = [
      {
        id: 'lan.ack_p99_ms',
        value: round(percentile(acks, 99)),
        unit: 'ms',
        better: 'lower',
        note: `${acks.length} writes acknowledged (p50 ${round(percentile(acks, 50))} ms), ${load}`,
      },
      {
        id: 'lan.viewer_offset_ms',
        value: round(offsets[offsets.length - 1] ?? Number.NaN),
        unit: 'ms',
        better: 'lower',
        note: `worst of ${offsets.length} samples (p50 ${round(percentile(offsets, 50))} ms), clocks up to ±10 min off; target ≤ 50 ms`,
      },
      {
        id: 'lan.lost_scores',
        value: recorded.lost,
        unit: 'scores',
        better: 'lower',
        note: `${submits} submits acknowledged; must be 0`,
      },
      {
        id: 'lan.duplicate_scores',
        value: recorded.duplicates,
        unit: 'scores',
        better: 'lower',
        note: `${report.retries} writes cut off and resent with their key; must be 0`,
      },
      {
        id: 'lan.submits_per_s',
        value: round(submits / (DURATION_MS / 1000)),
        unit: '/s',
        better: 'higher',
        note: load,
      },
      {
        id: 'lan.errors',
        value: report.errors.length,
        unit: 'calls',
        better: 'lower',
        note: 'refused or unanswered writes; must be 0',
      },
    ];
    return figures;
  } finally {
    if (child.exitCode === null) child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  }
};

export default bench;
