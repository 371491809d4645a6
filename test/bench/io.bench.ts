/**
 * Import/export figures. Written as a `Bench` (test/bench/figure.ts) so it can
 * move to test/bench/io.bench.ts as is; until then run it directly:
 *   npx tsx test/fixtures/io/io-bench.ts
 * Each figure is the median of several runs on this machine.
 */
import { pathToFileURL } from 'node:url';
import { toCsv } from '../../main/core/io/csv-write';
import { importFromBytes } from '../../main/core/io/import-plan';
import { checkImportSize } from '../../main/core/io/source-table';
import { toXlsx } from '../../main/core/io/xlsx-write';
import { minimalXlsx } from '../unit/io/zip-builder';
import type { Bench, BenchFigure } from './figure';
import { percentile } from './figure';

function teamRows(count: number): string[][] {
  const rows = [['Équipe', 'Projet', 'Membre', 'Courriel']];
  for (let i = 0; i < count; i++)
    rows.push([
      `Équipe ${Math.floor(i / 4)}`,
      `Projet ${Math.floor(i / 4)}`,
      `Tāmaʻa Teriʻi ${i}`,
      `m${i}@example.pf`,
    ]);
  return rows;
}

async function median(times: number, run: () => Promise<unknown>): Promise<number> {
  const samples: number[] = [];
  for (let k = 0; k < times; k++) {
    const start = performance.now();
    await run();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return Math.round(percentile(samples, 50) * 100) / 100;
}

async function expectRefused(bytes: Uint8Array, code: string): Promise<void> {
  const result = await importFromBytes(bytes);
  if (result.ok || result.errors[0]?.code !== code) throw new Error(`expected ${code}`);
}

const bench: Bench = async () => {
  const big = new Uint8Array(50 * 1024 * 1024);
  const csv100k = toCsv(teamRows(100_000));
  const xlsx100k = minimalXlsx(teamRows(100_000));
  const csv10k = toCsv(teamRows(10_000));
  const xlsx10k = minimalXlsx(teamRows(10_000));
  const results = Array.from({ length: 300 }, (_, i) => [
    i + 1,
    `Équipe ${i}`,
    ...Array.from({ length: 15 }, (_, c) => (i * c) % 20),
  ]);
  const figures: BenchFigure[] = [
    {
      id: 'io.refuse_50mb_ms',
      value: await median(9, async () => {
        if (checkImportSize(big.byteLength) === null) throw new Error('not refused');
        await expectRefused(big, 'import.fileTooLarge');
      }),
      unit: 'ms',
      better: 'lower',
      note: '50 MB buffer, size check then importFromBytes',
    },
    {
      id: 'io.refuse_csv_100k_rows_ms',
      value: await median(5, () => expectRefused(csv100k, 'import.tooManyRows')),
      unit: 'ms',
      better: 'lower',
      note: `${(csv100k.byteLength / 1048576).toFixed(1)} MB CSV`,
    },
    {
      id: 'io.refuse_xlsx_100k_rows_ms',
      value: await median(5, () => expectRefused(xlsx100k, 'import.tooManyRowsOver')),
      unit: 'ms',
      better: 'lower',
      note: `${(xlsx100k.byteLength / 1048576).toFixed(1)} MB .xlsx, refused by the prescan as the sheet inflates`,
    },
    {
      id: 'io.import_csv_10k_rows_ms',
      value: await median(5, () => importFromBytes(csv10k)),
      unit: 'ms',
      better: 'lower',
      note: '10 000 member rows → 2 500 teams, full plan',
    },
    {
      id: 'io.import_xlsx_10k_rows_ms',
      value: await median(5, () => importFromBytes(xlsx10k)),
      unit: 'ms',
      better: 'lower',
      note: 'same table as .xlsx, through exceljs',
    },
    {
      id: 'io.export_xlsx_300x17_ms',
      value: await median(5, () => toXlsx([{ name: 'Classement', rows: results }])),
      unit: 'ms',
      better: 'lower',
      note: '300 teams × 17 columns',
    },
  ];
  return figures;
};

export default bench;

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const f of await bench()) process.stdout.write(`${f.id} = ${f.value} ${f.unit}  (${f.note ?? ''})\n`);
}
