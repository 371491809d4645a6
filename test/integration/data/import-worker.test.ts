/**
 * Imports parsed in a worker thread (main/core/data/import-worker-client.ts):
 * the same table as in-thread, every hostile file refused there, the time
 * budget (a fake clock fired by the worker's own progress: no test waits on
 * real time) and the heap limit (a worker that keeps allocating by count)
 * both end in a clear message, and the worker is gone.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type BudgetTimer, readImportTableInWorker } from '../../../main/core/data/import-worker-client';
import { formatImportIssue } from '../../../main/core/io/messages';
import { readImportTable } from '../../../main/core/io/source-table';
import { formulaSheet, hostileFiles, workbook } from '../../support/hostile-imports';

const HOARDING_WORKER = resolve(import.meta.dirname, 'import-worker-hoards.mjs');
const MAIN_OUT = resolve(import.meta.dirname, '..', '..', '..', 'out', 'main');

describe('reading an import in a worker thread', () => {
  it('gives the same table as reading it here', async () => {
    const bytes = workbook([{ name: 'Équipes' }], [formulaSheet(50)]);
    const inWorker = await readImportTableInWorker(bytes);
    expect(inWorker).toEqual(await readImportTable(bytes));
    expect(inWorker.ok && inWorker.value.rows.length).toBe(50);
  });

  it('refuses hostile files there, with the same message (one of each kind; the bench runs them all)', async () => {
    const kinds = [
      'zip64 bomb: a 2 GB sheet declaring 1 KB',
      '1M rows holding only formulas',
      'entity expansion in the sheet',
      'CSV mixing UTF-8 and Windows-1252',
    ];
    const chosen = hostileFiles().filter((f) => kinds.includes(f.name));
    expect(chosen).toHaveLength(kinds.length);
    for (const file of chosen) {
      const result = await readImportTableInWorker(
        file.bytes,
        file.sheetName ? { sheetName: file.sheetName } : {},
      );
      expect(result.ok ? null : result.errors[0]?.code, file.name).toBe(file.code);
    }
  });

  it('stops a read that overruns its time budget, and says so in French and English', async () => {
    let overrun: (() => void) | null = null;
    let stopped = 0;
    // The fake clock: the budget "runs out" when the worker reports its first 1000 rows.
    const timer: BudgetTimer = (_ms, onOverrun) => {
      overrun = onOverrun;
      return () => {
        stopped++;
      };
    };
    const progress: number[] = [];
    const result = await readImportTableInWorker(
      workbook([{ name: 'Équipes' }], [formulaSheet(5000)]),
      {},
      {
        budgetMs: 20_000,
        timer,
        onProgress: (rows) => {
          progress.push(rows);
          overrun?.();
        },
      },
    );
    expect(progress).toEqual([1000]);
    expect(stopped).toBe(1);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const issue = result.errors[0];
    expect(issue).toEqual({ code: 'import.parseTimeBudget', limit: 20 });
    if (issue === undefined) return;
    expect(formatImportIssue(issue, 'fr')).toContain('a dépassé 20\u00a0secondes');
    expect(formatImportIssue(issue, 'en')).toContain('took longer than 20 seconds');
  });

  it('stops a worker that reaches its heap limit, with a clear message', async () => {
    const result = await readImportTableInWorker(
      new Uint8Array([1]),
      {},
      {
        workerUrl: HOARDING_WORKER,
        resourceLimits: { maxOldGenerationSizeMb: 32 },
      },
    );
    expect(result).toEqual({
      ok: false,
      errors: [{ code: 'import.parseMemoryBudget', limit: 32 * 1024 * 1024 }],
      errorCount: 1,
    });
    if (result.ok) return;
    const issue = result.errors[0];
    if (issue === undefined) return;
    expect(formatImportIssue(issue, 'en')).toContain('more memory than an import is allowed (32\u00a0MB)');
  });

  it('says the reader could not start when the worker entry is missing', async () => {
    const result = await readImportTableInWorker(
      new Uint8Array([1]),
      {},
      {
        workerUrl: resolve(import.meta.dirname, 'no-such-worker.mjs'),
      },
    );
    expect(result.ok ? null : result.errors[0]?.code).toBe('import.readerUnavailable');
  });

  it('ships as out/main/import-worker.js, found beside index.js, and refuses there too (npm test builds first)', async () => {
    const built = join(MAIN_OUT, 'import-worker.js');
    expect(existsSync(built), 'run `npx electron-vite build` first').toBe(true);
    expect(readFileSync(join(MAIN_OUT, 'index.js'), 'utf8')).toContain('./import-worker.js');
    const mixed = hostileFiles().find((f) => f.name === 'CSV mixing UTF-8 and Windows-1252');
    if (mixed === undefined) throw new Error('no mixed CSV');
    const result = await readImportTableInWorker(mixed.bytes, {}, { workerUrl: built });
    expect(result.ok ? null : result.errors[0]?.code).toBe('import.encodingMixed');
  });
});
