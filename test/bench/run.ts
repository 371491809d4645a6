/**
 * `npm run bench`: runs every test/bench/*.bench.ts module in turn (never in
 * parallel: this machine has two shared cores), prints a table and writes
 * bench-results.json at the repository root.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { summariseTargets } from '../reliability/bench-targets';
import type { Bench, BenchFigure } from './figure';

const benchDir = import.meta.dirname;
const only = process.argv.slice(2);
const files = readdirSync(benchDir)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();

const figures: BenchFigure[] = [];
const failures: string[] = [];
for (const file of files) {
  process.stdout.write(`▶ ${file}\n`);
  try {
    const mod = (await import(pathToFileURL(join(benchDir, file)).href)) as { default: Bench };
    const result = await mod.default();
    figures.push(...result);
    for (const f of result)
      process.stdout.write(`  ${f.id} = ${f.value} ${f.unit}${f.note ? `  (${f.note})` : ''}\n`);
  } catch (error) {
    failures.push(`${file}: ${error instanceof Error ? error.message : String(error)}`);
    process.stdout.write(`  FAILED: ${String(error)}\n`);
  }
}

const out = join(benchDir, '..', '..', 'bench-results.json');
writeFileSync(out, `${JSON.stringify(figures, null, 2)}\n`);
console.table(figures.map(({ id, value, unit, better }) => ({ id, value, unit, better })));
process.stdout.write(`wrote ${figures.length} figures to ${out}\n`);
// Figure ids and targets (docs/ARCHITECTURE.md, "Measurements"; test/reliability/bench-targets.ts): reported, never asserted.
const targets = summariseTargets(figures);
if (targets.rows.length > 0) console.table(targets.rows);
if (targets.duplicates.length > 0) process.stdout.write(`reported twice: ${targets.duplicates.join(', ')}\n`);
process.stdout.write(
  targets.missing.length > 0
    ? `missing expected figures: ${targets.missing.join(', ')}\n`
    : 'every expected figure was produced\n',
);
if (failures.length > 0) {
  process.stdout.write(`${failures.length} benchmark(s) failed:\n${failures.join('\n')}\n`);
  process.exitCode = 1;
}
