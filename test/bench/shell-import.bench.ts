/**
 * shell.main_import_ms: evaluating the built main process (out/main/index.js)
 * under the Electron double, before the first window (test/shell/import-probe.ts).
 * Each sample is a fresh Node process (a cold module cache, as at launch);
 * samples alternate between the app as built ("lazy": spreadsheets, PDF, QR and
 * the network server load on first use) and the same build with those four
 * packages evaluated up front ("eager", what the bundle did before), so the
 * ratio comes from one run on the same machine state. Needs a build
 * (`npx electron-vite build`); run alone with `npx tsx test/bench/run.ts shell-import`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Bench, BenchFigure } from './figure';

const root = resolve(import.meta.dirname, '..', '..');
const SAMPLES = 7;

interface Sample {
  wall: number;
  cpu: number;
}

function sample(mode: 'lazy' | 'eager', dir: string): Sample {
  const run = spawnSync(
    process.execPath,
    ['--import', './test/shell/electron-double/register.ts', 'test/shell/import-probe.ts', mode, dir],
    { cwd: root, encoding: 'utf8', env: { ...process.env, ELECTRON_RENDERER_URL: '' } },
  );
  const [wall, cpu] = run.stdout.trim().split(' ').map(Number.parseFloat);
  if (run.status !== 0 || !Number.isFinite(wall) || !Number.isFinite(cpu)) {
    throw new Error(`import probe failed: ${run.stderr}`);
  }
  return { wall: wall as number, cpu: cpu as number };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

const bench: Bench = async () => {
  if (!existsSync(join(root, 'out', 'main', 'index.js')))
    throw new Error('run `npx electron-vite build` first');
  const dir = mkdtempSync(join(tmpdir(), 'pitch-jury-import-'));
  try {
    const lazy: Sample[] = [];
    const eager: Sample[] = [];
    sample('lazy', dir); // warm the OS file cache for both variants alike
    for (let i = 0; i < SAMPLES; i++) {
      eager.push(sample('eager', dir));
      lazy.push(sample('lazy', dir));
    }
    const after = median(lazy.map((s) => s.wall));
    const before = median(eager.map((s) => s.wall));
    const walls = lazy.map((s) => s.wall);
    const figures: BenchFigure[] = [
      {
        id: 'shell.main_import_ms',
        value: Math.round(after),
        unit: 'ms',
        better: 'lower',
        note: `median of ${SAMPLES} fresh processes; min ${Math.round(Math.min(...walls))}, max ${Math.round(Math.max(...walls))}`,
      },
      {
        id: 'shell.main_import_cpu_ms',
        value: Math.round(median(lazy.map((s) => s.cpu))),
        unit: 'ms',
        better: 'lower',
        note: `CPU time of the same evaluation (eager: ${Math.round(median(eager.map((s) => s.cpu)))} ms)`,
      },
      {
        id: 'shell.main_import_eager_ms',
        value: Math.round(before),
        unit: 'ms',
        better: 'lower',
        note: 'same build with exceljs, pdfkit, qrcode and ws evaluated up front, as before',
      },
      {
        id: 'shell.main_import_ratio',
        value: Math.round((before / after) * 10) / 10,
        unit: '×',
        better: 'higher',
        note: 'eager / lazy, same run',
      },
    ];
    return figures;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};

export default bench;
