import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { writeBackup } from '../../../main/core/data/backup-file';
import { BackupService } from '../../../main/core/data/backup-service';
import type { Db } from '../../../main/core/db/open';
import { readSetup } from '../../../main/core/event/setup';
import { tempDir } from '../../support/temp';
import { dataApp, ok, refused } from './data-app';

function integrity(path: string): string {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    return db.pragma('integrity_check', { simple: true }) as string;
  } finally {
    db.close();
  }
}

/** Overwrites the start of page 2 (a b-tree page): the file header still reads, the tables do not. */
function damage(path: string): void {
  expect(readFileSync(path).length).toBeGreaterThan(8192);
  const fd = openSync(path, 'r+');
  writeSync(fd, Buffer.alloc(600, 0xa5), 0, 600, 4096);
  closeSync(fd);
}

describe('backups of the open event', () => {
  it('writes a checked, standalone copy and lists it with what it holds', async () => {
    const app = await dataApp({ demo: true });
    const entry = await ok(app, 'backup.now', {});
    expect(entry).toMatchObject({
      reason: 'manual',
      status: 'ok',
      summary: { eventName: 'Hackathon Fenua Numérique 2026', teams: 8, jurors: 5, criteria: 4, scores: 0 },
    });
    const status = await ok(app, 'backup.status', {});
    expect(status.folderIsDefault).toBe(true);
    expect(status.backups.map((b) => b.name)).toEqual([entry.name]);
    const path = join(status.folder, entry.name);
    expect(integrity(path)).toBe('ok');
    // One file: no -wal or -shm beside it on the stick, and nothing half-written left.
    expect(readdirSync(status.folder)).toEqual([entry.name]);
    const copy = new Database(path, { readonly: true });
    expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
    copy.close();
    expect(status.lastSuccessAt).not.toBeNull();
  });

  it('goes to the folder the organiser chose, and falls back to the laptop when it is gone', async () => {
    const app = await dataApp({ demo: true });
    const stick = join(tempDir('test'), 'USB', 'pitch-jury');
    mkdirSync(stick, { recursive: true }); // a folder picker returns a folder that exists
    app.dialogs.backupFolder = stick;
    const chosen = await ok(app, 'backup.chooseFolder', {});
    expect(chosen).toMatchObject({ folder: stick, folderIsDefault: false });
    const onStick = await ok(app, 'backup.now', {});
    expect(existsSync(join(stick, onStick.name))).toBe(true);

    // The stick is pulled out and something else now sits at its path: the backup still happens.
    app.ctx.settings.setBackup({ dir: join(stick, onStick.name, 'not-a-folder') });
    const fallback = await app.services.backups.backup('manual');
    expect(fallback.path.startsWith(join(app.dir, 'backups'))).toBe(true);
    const status = await ok(app, 'backup.status', {});
    expect(status.lastWarning).toContain('Impossible d’écrire dans le dossier des sauvegardes');
    expect(status.lastError).toBeNull();
    expect((await ok(app, 'backup.resetFolder', {})).folderIsDefault).toBe(true);
  });

  it('never re-creates a USB folder that was pulled out mid-event, warns, and lists both folders', async () => {
    const app = await dataApp({ demo: true });
    // A backup on the laptop before the stick is chosen, then one on the stick.
    const early = await ok(app, 'backup.now', {});
    const stick = join(tempDir('test'), 'CLE-USB', 'sauvegardes');
    mkdirSync(stick, { recursive: true });
    app.dialogs.backupFolder = stick;
    await ok(app, 'backup.chooseFolder', {});
    const onStick = await ok(app, 'backup.now', {});
    expect(onStick.location).toBe('chosen');
    let status = await ok(app, 'backup.status', {});
    // Earlier backups on the laptop do not vanish when a folder is chosen.
    expect(status.backups.map((b) => [b.name, b.location])).toEqual([
      [onStick.name, 'chosen'],
      [early.name, 'laptop'],
    ]);
    expect(status.folderMissing).toBe(false);

    // The stick is pulled out: its folder is gone.
    rmSync(join(stick, '..'), { recursive: true, force: true });
    await ok(app, 'jurors.create', { name: 'Juré tardif', title: '' });
    await app.services.backups.milestone('team-scored');
    expect(existsSync(stick)).toBe(false); // not re-created on the laptop's disk
    status = await ok(app, 'backup.status', {});
    expect(status.folderMissing).toBe(true);
    expect(status.laptopFolder).toBe(join(app.dir, 'backups'));
    expect(status.lastError).toBeNull();
    expect(status.lastWarning).toContain('clé USB retirée');
    const laptop = status.backups.filter((b) => b.location === 'laptop');
    expect(laptop).toHaveLength(2);
    expect(laptop[0]).toMatchObject({ reason: 'team-scored', summary: { jurors: 6 } });
    // A backup in the laptop's folder can be inspected (and so restored) while the chosen folder is set.
    expect(await ok(app, 'backup.inspect', { name: early.name })).toMatchObject({ status: 'ok' });
    // The Data page says so, in English too.
    app.ctx.settings.setUiLocale('en');
    expect((await ok(app, 'backup.status', {})).lastWarning).toContain('USB stick removed or full');

    // The stick is back: backups go to it again.
    mkdirSync(stick, { recursive: true });
    const back = await ok(app, 'backup.now', {});
    expect(back.location).toBe('chosen');
    expect((await ok(app, 'backup.status', {})).folderMissing).toBe(false);
  });

  it('takes automatic backups only when due and when something changed, and rotates them', async () => {
    const app = await dataApp({ demo: true });
    app.ctx.settings.setBackup({ intervalMinutes: 5, keep: 3 });
    let clock = Date.UTC(2026, 8, 30, 8, 0, 0);
    const service = new BackupService(app.ctx, { now: () => new Date(clock) });
    const count = () => (service.list() ?? []).filter((b) => b.reason === 'periodic').length;

    await service.tick();
    expect(count()).toBe(1);
    clock += 60_000;
    await service.tick();
    expect(count()).toBe(1); // not due yet
    clock += 10 * 60_000;
    await service.tick();
    expect(count()).toBe(1); // due, but nothing changed
    for (let i = 0; i < 5; i++) {
      await ok(app, 'jurors.create', { name: `Juré ${i}`, title: '' });
      clock += 5 * 60_000;
      await service.tick();
    }
    const periodic = service.list().filter((b) => b.reason === 'periodic');
    expect(periodic.length).toBe(3);
    expect(periodic.map((b) => b.summary?.jurors)).toEqual([10, 9, 8]);
  });

  it('keeps a copy that fails its integrity check as damaged, never as a good backup', async () => {
    const dir = tempDir('test');
    const source = new Database(join(dir, 'source.sqlite'));
    source.exec('CREATE TABLE t (x TEXT); CREATE INDEX t_x ON t (x);');
    const insert = source.prepare('INSERT INTO t VALUES (?)');
    source.transaction(() => {
      for (let i = 0; i < 2000; i++) insert.run(`row ${i} ${'x'.repeat(50)}`);
    })();
    // A stand-in connection whose "backup" produces a damaged file, as a failing USB stick would.
    const failing = {
      backup: async (destination: string) => {
        await source.backup(destination);
        damage(destination);
      },
    } as unknown as Db;
    const written = await writeBackup(
      failing,
      join(dir, 'backups'),
      'e_abcdef12_20260930T080000000Z_periodic.sqlite',
    );
    source.close();
    expect(written.ok).toBe(false);
    expect(written.name).toBe('e_abcdef12_20260930T080000000Z_periodic.sqlite.corrupt');
    expect(readdirSync(join(dir, 'backups'))).toEqual([written.name]);
  });

  it('reports a backup that fails its check, lists it as damaged and never offers it for restore', async () => {
    const app = await dataApp({ demo: true });
    const good = await ok(app, 'backup.now', {});
    const db = app.ctx.requireEventFile().db;
    const backup = db.backup.bind(db);
    // The stick starts failing: what lands on it no longer reads back right.
    db.backup = async (destination, options) => {
      const done = await backup(destination, options);
      damage(destination);
      return done;
    };
    const failed = await refused(app, 'backup.now', {});
    expect(failed.code).toBe('backup.verifyFailed');
    expect(failed.message).toContain('contrôle d’intégrité');
    const status = await ok(app, 'backup.status', {});
    expect(status.lastError).toContain('.sqlite.corrupt');
    expect(status.backups.map((b) => [b.status, b.name === good.name])).toEqual([
      ['corrupt', false],
      ['ok', true],
    ]);
    const name = status.backups[0]?.name ?? '';
    expect((await refused(app, 'backup.restore', { name })).code).toBe('backup.corrupt');
  });

  it('the milestone hook backs up in the background and never fails its caller', async () => {
    const app = await dataApp({ demo: true });
    await app.services.backups.milestone('results-locked');
    expect((await ok(app, 'backup.status', {})).backups.map((b) => b.reason)).toEqual(['results-locked']);

    const closing = app.services.backups.milestone('team-scored');
    app.ctx.requireEventFile().db.close(); // the event closes mid-backup
    await expect(closing).resolves.toBeUndefined();
    app.ctx.eventFile = null;
    await expect(app.services.backups.milestone('team-scored')).resolves.toBeUndefined();
  });
});

describe('restore', () => {
  it('shows what a backup holds, keeps a copy of the current file, then restores it in place', async () => {
    const app = await dataApp({ demo: true });
    const path = app.ctx.requireEventFile().path;
    const backup = await ok(app, 'backup.now', {});
    await ok(app, 'teams.create', { name: 'Arrivée après la sauvegarde', projectTitle: '', members: [] });

    const inspected = await ok(app, 'backup.inspect', { name: backup.name });
    expect(inspected).toMatchObject({
      status: 'ok',
      at: backup.at,
      summary: { teams: 8, jurors: 5, scores: 0 },
    });

    app.emitted.length = 0;
    const restored = await ok(app, 'backup.restore', { name: backup.name });
    expect(restored.path).toBe(path);
    expect(app.ctx.requireEventFile().path).toBe(path);
    expect(readSetup(app.ctx.requireEventFile().db).teams).toHaveLength(8);
    expect(app.emitted.some((e) => JSON.stringify(e.payload).includes('"file"'))).toBe(true);

    // The copy taken first holds the team added after the backup, and is itself restorable.
    const safety = new Database(restored.safetyCopy, { readonly: true });
    expect((safety.prepare('SELECT count(*) AS n FROM team').get() as { n: number }).n).toBe(9);
    safety.close();
    const listed = (await ok(app, 'backup.status', {})).backups;
    expect(listed.find((b) => restored.safetyCopy.endsWith(b.name))?.reason).toBe('before-restore');
    await ok(app, 'backup.restore', { name: listed.find((b) => b.reason === 'before-restore')?.name });
    expect(readSetup(app.ctx.requireEventFile().db).teams).toHaveLength(9);
  });

  it('refuses a damaged backup, an unknown name or a path, and changes nothing', async () => {
    const app = await dataApp({ demo: true });
    const backup = await ok(app, 'backup.now', {});
    const folder = (await ok(app, 'backup.status', {})).folder;
    damage(join(folder, backup.name));
    expect((await ok(app, 'backup.inspect', { name: backup.name })).status).toBe('corrupt');
    expect((await refused(app, 'backup.restore', { name: backup.name })).code).toBe('backup.corrupt');
    for (const name of ['nope.sqlite', `../${backup.name}`, app.ctx.requireEventFile().path]) {
      expect((await refused(app, 'backup.restore', { name })).code).toBe('backup.notFound');
    }
    expect(readSetup(app.ctx.requireEventFile().db).teams).toHaveLength(8);
  });

  it('restores a backup of an older schema by migrating it', async () => {
    const app = await dataApp({ demo: true });
    const backup = await ok(app, 'backup.now', {});
    const folder = (await ok(app, 'backup.status', {})).folder;
    const old = new Database(join(folder, backup.name));
    old.pragma('user_version = 1'); // pretend it predates the later migrations: they must be re-applied
    const later = old
      .prepare(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT IN ('event','team','member','juror','criterion','criterion_level')",
      )
      .all() as { name: string }[];
    old.exec('PRAGMA foreign_keys = OFF;');
    old.exec(
      old
        .prepare("SELECT name FROM sqlite_master WHERE type = 'trigger'")
        .all()
        .map((t) => `DROP TRIGGER "${(t as { name: string }).name}";`)
        .join(''),
    );
    for (const { name } of later) old.exec(`DROP TABLE "${name}"`);
    old.close();
    await ok(app, 'backup.restore', { name: backup.name });
    const db = app.ctx.requireEventFile().db;
    expect(db.pragma('user_version', { simple: true })).toBeGreaterThan(1);
    expect(readSetup(db).teams).toHaveLength(8);
  });
});

describe('folders', () => {
  it('does not create a chosen folder that is not there: the backup goes to the laptop, saying so', async () => {
    const app = await dataApp();
    const dir = join(tempDir('test'), 'a', 'b');
    app.ctx.settings.setBackup({ dir });
    const entry = await ok(app, 'backup.now', {});
    expect(existsSync(dir)).toBe(false);
    expect(entry.location).toBe('laptop');
    const status = await ok(app, 'backup.status', {});
    expect(status).toMatchObject({ folder: dir, folderIsDefault: false, folderMissing: true });
    expect(readdirSync(status.laptopFolder)).toEqual([entry.name]);
    mkdirSync(dir, { recursive: true });
    await ok(app, 'backup.now', {});
    expect(readdirSync(dir)).toHaveLength(1);
    mkdirSync(join(dir, 'other'));
    writeFileSync(join(dir, 'notes.txt'), 'x');
    expect((await ok(app, 'backup.status', {})).backups.map((b) => b.location)).toEqual(['chosen', 'laptop']);
  });
});
