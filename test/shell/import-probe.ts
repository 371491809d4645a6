/**
 * One sample of `shell.main_import_ms` (test/bench/shell-import.bench.ts):
 * the time to evaluate the built out/main/index.js under the Electron double,
 * i.e. everything the main process runs before Electron's `ready` and the
 * first window. Prints the wall-clock and CPU milliseconds on stdout.
 *
 *   node --import ./test/shell/electron-double/register.ts test/shell/import-probe.ts <lazy|eager> <userDataDir>
 *
 * `eager` first imports, inside the timed span, the four packages the main
 * bundle imported statically before they were loaded on first use (exceljs,
 * pdfkit, qrcode, ws): the startup the app had before, measured in the same run.
 */
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Double } from './electron-double/electron';

const [mode = 'lazy', dir = '', other] = process.argv.slice(2);
// An optional third argument points at another build (e.g. an older commit's, for a manual comparison).
const entry = pathToFileURL(
  other ?? join(resolve(import.meta.dirname, '..', '..'), 'out', 'main', 'index.js'),
).href;
const { double } = (await import('electron')) as unknown as { double: Double };
double.configure({ userData: dir, documents: dir });
// The double's own pieces are compiled (type-stripped) before the clock starts: they are not the app.
await import(new URL('./electron-double/worker-spy.ts', import.meta.url).href);

const cpu = process.cpuUsage();
const started = performance.now();
if (mode === 'eager')
  await Promise.all([import('exceljs'), import('pdfkit'), import('qrcode'), import('ws')]);
await import(entry);
const elapsed = performance.now() - started;
const used = process.cpuUsage(cpu);
// Wall time, then this thread's CPU time (user + system), which a machine shared with other work inflates less.
process.stdout.write(`${elapsed.toFixed(1)} ${((used.user + used.system) / 1000).toFixed(1)}\n`);
process.exit(0);
