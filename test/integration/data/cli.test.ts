import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DATA_COMMANDS } from '../../../main/core/data/cli-commands';
import { parseEventJson } from '../../../main/core/data/event-json';
import { closeDatabase, openDatabase } from '../../../main/core/db/open';
import { loadDemoEvent } from '../../../main/core/event/demo';
import { readSetup } from '../../../main/core/event/setup';
import { tempDir } from '../../support/temp';

const fixture = (name: string) => join(import.meta.dirname, '../../fixtures/io', name);
const run = (command: string, ...args: string[]) => DATA_COMMANDS[command]?.run(args);

function demoFile(dir: string): string {
  const path = join(dir, 'event.sqlite');
  const db = openDatabase(path);
  loadDemoEvent(db);
  closeDatabase(db);
  return path;
}

function teamsOf(path: string): string[] {
  const db = openDatabase(path, { readonly: true });
  try {
    return readSetup(db).teams.map((t) => t.name);
  } finally {
    closeDatabase(db);
  }
}

describe('the data commands', () => {
  afterEach(() => vi.restoreAllMocks());

  it('import: all or nothing, with the app’s messages', async () => {
    const dir = tempDir('test');
    const event = demoFile(dir);
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    await run('import', event, fixture('teams-cp1252-semicolon.csv'));
    expect(log).toHaveBeenCalledWith(`Imported 2 teams and 4 members into ${event}`);
    expect(teamsOf(event).slice(-2)).toEqual(['Les Écureuils', 'Bœuf & Cie']);

    const before = readFileSync(event);
    await expect(
      run('import', event, fixture('teams-cp1252-semicolon.csv'), '--locale', 'en'),
    ).rejects.toThrow('Row 2, column “Équipe”: the team “Les Écureuils” already exists in this event.');
    expect(readFileSync(event).equals(before)).toBe(true);
    await expect(run('import', event, fixture('malformed-utf16.csv'))).rejects.toThrow('UTF-16');
    await expect(
      run('import', event, fixture('jurors-utf8-semicolon.csv'), '--kind', 'jurors'),
    ).resolves.toBeUndefined();
  });

  it('export: JSON, CSV and .xlsx files', async () => {
    const dir = tempDir('test');
    const event = demoFile(dir);
    vi.spyOn(console, 'log').mockImplementation(() => undefined);
    await run('export', event, '--json', '--out', join(dir, 'e.json'));
    expect(parseEventJson(readFileSync(join(dir, 'e.json'), 'utf8')).tables.team).toHaveLength(8);
    await run('export', event, '--csv', '--table', 'teams', '--out', join(dir, 'teams.csv'));
    expect(readFileSync(join(dir, 'teams.csv'), 'utf8')).toContain('Vai Ora;');
    await run('export', event, '--xlsx', '--out', join(dir, 'all.xlsx'));
    expect([...readFileSync(join(dir, 'all.xlsx')).subarray(0, 2)]).toEqual([0x50, 0x4b]);
    await expect(run('export', event, '--json', '--csv', '--out', join(dir, 'x'))).rejects.toThrow('usage');
  });

  it('backup then restore: refuses to replace without --force, keeps a copy with it', async () => {
    const dir = tempDir('test');
    const event = demoFile(dir);
    vi.spyOn(console, 'log').mockImplementation(() => undefined);
    await run('backup', event, '--to', join(dir, 'usb'));
    const [name] = readdirSync(join(dir, 'usb'));
    expect(name).toMatch(/^hackathon-fenua-numerique-2026_[a-z0-9]{8}_\d{8}T\d{9}Z_manual\.sqlite$/);
    const backup = join(dir, 'usb', String(name));

    await run('import', event, fixture('teams-utf8-bom-comma.csv'));
    expect(teamsOf(event)).toHaveLength(10);
    await expect(run('restore', backup, '--to', event)).rejects.toMatchObject({
      code: 'restore.targetExists',
    });
    expect(teamsOf(event)).toHaveLength(10);
    await run('restore', backup, '--to', event, '--force');
    expect(teamsOf(event)).toHaveLength(8);
    const kept = readdirSync(dir).find((f) => f.startsWith('event.before-restore-'));
    expect(kept && teamsOf(join(dir, kept))).toHaveLength(10);

    await run('restore', backup, '--to', join(dir, 'new.sqlite'));
    expect(teamsOf(join(dir, 'new.sqlite'))).toHaveLength(8);
  });

  it('restore refuses a damaged backup and leaves the target alone', async () => {
    const dir = tempDir('test');
    const event = demoFile(dir);
    const broken = join(dir, 'broken.sqlite');
    const db = new Database(broken);
    db.exec('CREATE TABLE x (y)');
    db.close();
    await expect(run('restore', broken, '--to', event, '--force')).rejects.toMatchObject({
      code: 'backup.corrupt',
    });
    expect(teamsOf(event)).toHaveLength(8);
    expect(readdirSync(dir).some((f) => f.includes('before-restore'))).toBe(false);
  });
});

describe('npm run cli', () => {
  it('lists the data commands and runs one through main/cli.ts', async () => {
    const dir = tempDir('test');
    const event = demoFile(dir);
    const root = resolve(import.meta.dirname, '../../..');
    const tsx = join(root, 'node_modules', '.bin', 'tsx');
    const cli = promisify(execFile);
    const ok = await cli(tsx, ['main/cli.ts', 'import', event, fixture('jurors-utf8-semicolon.csv')], {
      cwd: root,
    });
    expect(ok.stdout).toContain('Imported 3 jurors');
    const refused = await cli(tsx, ['main/cli.ts', 'restore', event, '--to', event], { cwd: root }).catch(
      (error: { code: number; stderr: string }) => error,
    );
    expect(refused).toMatchObject({ code: 1, stderr: expect.stringContaining('--force') });
    expect(existsSync(event)).toBe(true);
  });
});
