/**
 * core.memory_300_teams_mb (docs/ARCHITECTURE.md, "Measurements"): what the core holds for a
 * 300-team event, 15 jurors × 8 criteria, every sheet submitted, with the
 * results page (ranking + deliberation), the score grid and the setup
 * computed. Measured in a child process started with --expose-gc
 * (test/reliability/memory-child.ts) as V8 heap + external memory after full
 * collections, event open vs none; the resident set growth is reported beside
 * it because SQLite's page cache lives outside the V8 heap.
 */
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Bench, BenchFigure } from './figure';

const ROOT = join(import.meta.dirname, '..', '..');
const CHILD = join(ROOT, 'test', 'reliability', 'memory-child.ts');
const round = (mb: number) => Math.round(mb * 10) / 10;

function child(flags: string[], args: string[]): string {
  const out = execFileSync(process.execPath, [...flags, '--import', 'tsx', CHILD, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return out.trim().split('\n').at(-1) ?? '';
}

const bench: Bench = async () => {
  const path = child([], ['fill', '-']);
  try {
    const m = JSON.parse(child(['--expose-gc'], ['measure', path])) as {
      heapMb: number;
      rssMb: number;
      rssTotalMb: number;
      events: number;
    };
    const figures: BenchFigure[] = [
      {
        id: 'core.memory_300_teams_mb',
        value: round(m.heapMb),
        unit: 'MB',
        better: 'lower',
        note: `V8 heap + external after GC, event open vs none; 300×15×8, ${m.events} score events, results + deliberation, grid, setup held`,
      },
      {
        id: 'core.memory_300_teams_rss_mb',
        value: round(m.rssMb),
        unit: 'MB',
        better: 'lower',
        note: `resident set growth, SQLite cache included; whole process ${round(m.rssTotalMb)} MB`,
      },
    ];
    return figures;
  } finally {
    // The event file sits in benchApp's temp folder: <tmp>/events/<file>.sqlite.
    rmSync(dirname(dirname(path)), { recursive: true, force: true });
  }
};

export default bench;
