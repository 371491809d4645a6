/**
 * One hostile import in a fresh process, for io-hostile.bench.ts: builds the
 * file (argv[2] = its index in hostileFiles()), reads it through the import
 * worker (argv[3] = worker entry) and prints, as JSON, the refusal code, the
 * time from the call to the answer, and the process's peak resident set
 * (main thread and worker together, Node's own baseline included).
 */
import { readImportTableInWorker } from '../../main/core/data/import-worker-client';
import { hostileFiles } from '../support/hostile-imports';

const index = Number(process.argv[2]);
const workerUrl = process.argv[3];
const file = hostileFiles()[index];
if (file === undefined) throw new Error(`no hostile file ${index}`);
const start = performance.now();
const result = await readImportTableInWorker(
  file.bytes,
  file.sheetName === undefined ? {} : { sheetName: file.sheetName },
  workerUrl === undefined ? {} : { workerUrl },
);
const ms = performance.now() - start;
process.stdout.write(
  `${JSON.stringify({
    name: file.name,
    expected: file.code,
    code: result.ok ? null : (result.errors[0]?.code ?? null),
    ms,
    peakMb: process.resourceUsage().maxRSS / 1024,
  })}\n`,
);
