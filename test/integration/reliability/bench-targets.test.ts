/**
 * The summary `npm run bench` prints after its table: which §6 figures are
 * missing, which ids two benchmarks both report, and each target met or not.
 * Also: some benchmark file in test/bench names every expected id (a renamed
 * id would otherwise silently stop being measured).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BenchFigure } from '../../bench/figure';
import { EXPECTED_FIGURES, meets, summariseTargets, TARGETS } from '../../reliability/bench-targets';

const ROOT = resolve(import.meta.dirname, '..', '..', '..');
const figure = (id: string, value: number): BenchFigure => ({ id, value, unit: 'x', better: 'lower' });

describe('bench targets', () => {
  it('compares each figure with its target in the right direction', () => {
    expect(meets(6.1, { op: '>=', value: 5 })).toBe(true);
    expect(meets(4.9, { op: '>=', value: 5 })).toBe(false);
    expect(meets(16.7, { op: '<=', value: 16.7 })).toBe(true);
    expect(meets(16.8, { op: '<=', value: 16.7 })).toBe(false);
    expect(meets(0, { op: '=', value: 0 })).toBe(true);
    expect(meets(1, { op: '=', value: 0 })).toBe(false);
  });

  it('lists missing ids, duplicates, and one row per targeted figure', () => {
    const summary = summariseTargets(
      [
        figure('crash.lost_scores', 0),
        figure('crash.lost_scores', 2),
        figure('pdf.certificates300.ratio_vs_chromium', 3.2),
        figure('results.recompute_300x15x8_ms', 12),
        figure('io.something_else_ms', 99),
      ],
      ['crash.lost_scores', 'lan.ack_p99_ms', 'results.recompute_300x15x8_ms'],
    );
    expect(summary.missing).toEqual(['lan.ack_p99_ms']);
    expect(summary.duplicates).toEqual(['crash.lost_scores']);
    expect(summary.rows.map((r) => [r.id, r.target, r.met])).toEqual([
      ['crash.lost_scores', '= 0', 'yes'],
      ['crash.lost_scores', '= 0', 'NO'],
      ['pdf.certificates300.ratio_vs_chromium', '≥ 5', 'NO'],
      ['results.recompute_300x15x8_ms', '≤ 20', 'yes'],
    ]);
  });

  it('has a benchmark file naming each expected id', () => {
    const benchDir = join(ROOT, 'test', 'bench');
    const sources = readdirSync(benchDir)
      .filter((f) => f.endsWith('.ts'))
      .map((f) => readFileSync(join(benchDir, f), 'utf8'))
      .join('\n');
    const unclaimed = EXPECTED_FIGURES.filter((id) => !sources.includes(`'${id}'`));
    // The local-network figures come with the LAN benchmark (issue 7), not landed yet.
    expect(unclaimed.filter((id) => !id.startsWith('lan.'))).toEqual([]);
    for (const id of Object.keys(TARGETS)) expect(id).toMatch(/^[a-z]+\.[a-z0-9_.]+$/);
  });
});
