/**
 * CSV and JSON exports (and the CLI) do not load exceljs: requiring it took
 * 1.2–2.8 s of a ~2 s teams/jury CSV or JSON export on the development VM
 * (node --cpu-prof), for a library only .xlsx files need. Checked in a fresh
 * process, by what is loaded, never by time.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..', '..');

function loadedAfter(script: string): { before: boolean; after: boolean } {
  const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    cwd: root,
    encoding: 'utf8',
  });
  expect(child.stderr).toBe('');
  return JSON.parse(child.stdout.trim().split('\n').at(-1) ?? '{}');
}

const EXCELJS_LOADED = `(await import('node:module')).createRequire(import.meta.url).cache`;

describe('exports load exceljs only for .xlsx', () => {
  it('a CSV and a JSON export, through the CLI’s modules, leave exceljs unloaded; an .xlsx loads it', () => {
    const script = `
      const { openDatabase } = await import('./main/core/db/open.ts');
      const { loadDemoEvent } = await import('./main/core/event/demo.ts');
      await import('./main/core/data/cli-commands.ts');
      const { exportBytes } = await import('./main/core/data/export-write.ts');
      const { eventJsonText, exportEventJson } = await import('./main/core/data/event-json.ts');
      const cache = ${EXCELJS_LOADED};
      const loaded = () => Object.keys(cache).some((k) => k.includes('node_modules/exceljs/'));
      const db = openDatabase(':memory:');
      loadDemoEvent(db);
      await exportBytes(db, { format: 'csv', table: 'teams' }, 'fr');
      await exportBytes(db, { format: 'csv', table: 'jurors' }, 'en');
      eventJsonText(exportEventJson(db));
      const before = loaded();
      await exportBytes(db, { format: 'xlsx' }, 'fr');
      console.log(JSON.stringify({ before, after: loaded() }));
    `;
    expect(loadedAfter(script)).toEqual({ before: false, after: true });
  });
});
