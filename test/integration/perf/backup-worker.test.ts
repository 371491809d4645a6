/**
 * Backup checks in a worker thread (main/core/data/backup-check.ts): the
 * source worker (backup-worker.ts, run with tsx) and the built one
 * (out/main/backup-worker.js from `npx electron-vite build`; npm test builds
 * before vitest) give what the same checks give in-thread; a worker that
 * cannot start falls back to the caller's thread; a worker that dies during
 * the check never lets a copy pass as good.
 */
import { closeSync, existsSync, openSync, readdirSync, readFileSync, writeSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  type BackupWorkerOptions,
  BackupWorkerUnavailable,
  checkInWorker,
  checkOffThread,
} from '../../../main/core/data/backup-check';
import { inspectBackupFileOffThread, writeBackup } from '../../../main/core/data/backup-file';
import { finaliseBackupCopy, inspectBackupPath } from '../../../main/core/data/backup-inspect';
import { closeDatabase, type Db, openDatabase } from '../../../main/core/db/open';
import { createCriterion } from '../../../main/core/event/criteria';
import { initEvent } from '../../../main/core/event/event-info';
import { createJuror } from '../../../main/core/event/jurors';
import { createTeam } from '../../../main/core/event/teams';
import { CHAIR_ACTOR, submitSheet } from '../../../main/core/scoring/sheet-ops';
import { tempDir } from '../../support/temp';

const BUILT_WORKER = resolve(import.meta.dirname, '..', '..', '..', 'out', 'main', 'backup-worker.js');
const DYING_WORKER = resolve(import.meta.dirname, 'backup-worker-dies.mjs');

beforeAll(() => {
  if (!existsSync(BUILT_WORKER)) {
    throw new Error(
      `${BUILT_WORKER} is missing: run \`npx electron-vite build\` first (npm test builds before vitest).`,
    );
  }
});

/** A small real event: 3 teams with Tahitian names, 2 jurors, 2 criteria, every sheet submitted. */
function smallEvent(path: string): Db {
  const db = openDatabase(path);
  initEvent(db, 'Fenua Pitch — Tāmaʻa', 'fr');
  for (let t = 0; t < 3; t++)
    createTeam(db, {
      name: `Vaʻa ${t}`,
      projectTitle: '',
      members: [{ name: `Tāmaʻa Teriʻi ${t}`, email: null }],
    });
  for (let j = 0; j < 2; j++) createJuror(db, { name: `Juré ${j}`, title: '' });
  for (let c = 0; c < 2; c++)
    createCriterion(db, {
      name: `C${c}`,
      description: '',
      weight: 50,
      min: 0,
      max: 10,
      step: 0.5,
      levels: [],
    });
  const ids = (table: string) =>
    (db.prepare(`SELECT id FROM ${table}`).all() as { id: number }[]).map((r) => r.id);
  const criteria = ids('criterion');
  for (const teamId of ids('team'))
    for (const jurorId of ids('juror'))
      submitSheet(
        db,
        { jurorId, teamId, actor: CHAIR_ACTOR },
        { scores: criteria.map((criterionId) => ({ criterionId, value: 7.5 })) },
        '2026-09-30T10:00:00.000Z',
      );
  return db;
}

const SUMMARY = { eventName: 'Fenua Pitch — Tāmaʻa', teams: 3, jurors: 2, criteria: 2, scores: 18 };

/** Overwrites the start of page 2 (a b-tree page): the file header still reads, the tables do not. */
function damage(path: string): void {
  expect(readFileSync(path).length).toBeGreaterThan(8192);
  const fd = openSync(path, 'r+');
  writeSync(fd, Buffer.alloc(600, 0xa5), 0, 600, 4096);
  closeSync(fd);
}

/** A fresh online copy, as writeBackup takes it before the check: still marked WAL in its header. */
async function onlineCopy(db: Db, path: string): Promise<string> {
  await db.backup(path);
  return path;
}

const workers: [string, BackupWorkerOptions][] = [
  ['the source worker', {}],
  ['the built worker', { workerUrl: pathToFileURL(BUILT_WORKER) }],
];

describe.each(workers)('backup checks in %s', (_, worker) => {
  it('makes a copy standalone and reports what it holds', async () => {
    const dir = tempDir('test');
    const db = smallEvent(join(dir, 'event.sqlite'));
    try {
      const copy = await onlineCopy(db, join(dir, 'copy.sqlite'));
      expect(await checkInWorker({ kind: 'finalise', path: copy }, worker)).toEqual({
        ok: true,
        summary: { ...SUMMARY, schemaVersion: expect.any(Number) },
      });
      expect(readdirSync(dir).filter((f) => f.startsWith('copy'))).toEqual(['copy.sqlite']);
      const check = new Database(copy, { readonly: true });
      expect(check.pragma('journal_mode', { simple: true })).toBe('delete');
      check.close();
    } finally {
      closeDatabase(db);
    }
  });

  it('refuses a damaged copy, and inspects with or without the full check', async () => {
    const dir = tempDir('test');
    const db = smallEvent(join(dir, 'event.sqlite'));
    try {
      const copy = await onlineCopy(db, join(dir, 'copy.sqlite'));
      damage(copy);
      expect(await checkInWorker({ kind: 'finalise', path: copy }, worker)).toEqual({
        ok: false,
        summary: null,
      });
      const good = await onlineCopy(db, join(dir, 'good.sqlite'));
      expect(finaliseBackupCopy(good).ok).toBe(true);
      const inspected = await checkInWorker({ kind: 'inspect', path: good, check: true }, worker);
      expect(inspected).toEqual(inspectBackupPath(good, true));
      expect(inspected.summary).toMatchObject(SUMMARY);
      expect(
        await checkInWorker({ kind: 'inspect', path: join(dir, 'none.sqlite'), check: false }, worker),
      ).toEqual({ ok: false, summary: null });
    } finally {
      closeDatabase(db);
    }
  });

  it('writes a checked backup of the open event, keeping a damaged one as .corrupt', async () => {
    const dir = tempDir('test');
    const db = smallEvent(join(dir, 'event.sqlite'));
    try {
      const written = await writeBackup(db, join(dir, 'backups'), 'b.sqlite', { worker });
      expect(written).toMatchObject({ ok: true, name: 'b.sqlite', summary: SUMMARY });
      expect(await inspectBackupFileOffThread(written.path, true, worker)).toMatchObject({
        ok: true,
        summary: SUMMARY,
      });

      const failing = {
        backup: async (destination: string) => {
          await db.backup(destination);
          damage(destination);
        },
      } as unknown as Db;
      const bad = await writeBackup(failing, join(dir, 'backups'), 'c.sqlite', { worker });
      expect(bad).toMatchObject({ ok: false, name: 'c.sqlite.corrupt', summary: null });
      expect(readdirSync(join(dir, 'backups')).sort()).toEqual(['b.sqlite', 'c.sqlite.corrupt']);
    } finally {
      closeDatabase(db);
    }
  });
});

describe('the build', () => {
  it('ships the worker beside the main bundle, where the main bundle looks for it', () => {
    const mainDir = resolve(BUILT_WORKER, '..');
    // defaultBackupWorkerUrl resolves against import.meta.url: it must sit in index.js, not in a chunk one folder down.
    expect(readFileSync(join(mainDir, 'index.js'), 'utf8')).toContain('./backup-worker.js');
    for (const chunk of readdirSync(join(mainDir, 'chunks')))
      expect(readFileSync(join(mainDir, 'chunks', chunk), 'utf8')).not.toContain('backup-worker.js');
    // Node built-ins, better-sqlite3 and its own chunks: never electron, nothing of the app's main bundle.
    const importsOf = (file: string) =>
      [...readFileSync(file, 'utf8').matchAll(/^import .* from "([^"]+)";$/gm)].map((m) => m[1] as string);
    const imports = importsOf(BUILT_WORKER);
    expect(imports.length).toBeGreaterThan(0);
    for (const specifier of imports) {
      expect(specifier).toMatch(/^(node:|better-sqlite3$|\.\/chunks\/)/);
      if (specifier.startsWith('./chunks/'))
        for (const inner of importsOf(join(mainDir, specifier)))
          expect(inner).toMatch(/^(node:|better-sqlite3$|\.\/)/);
    }
  });
});

describe('when the worker cannot do its job', () => {
  it('says so when the worker cannot start, and the backup is then checked in the caller’s thread', async () => {
    const dir = tempDir('test');
    const db = smallEvent(join(dir, 'event.sqlite'));
    const missing = { workerUrl: pathToFileURL(join(dir, 'no-such-worker.js')) };
    try {
      const copy = await onlineCopy(db, join(dir, 'copy.sqlite'));
      await expect(checkInWorker({ kind: 'finalise', path: copy }, missing)).rejects.toBeInstanceOf(
        BackupWorkerUnavailable,
      );
      expect(await checkOffThread({ kind: 'finalise', path: copy }, missing)).toMatchObject({
        ok: true,
        summary: SUMMARY,
      });
      const written = await writeBackup(db, join(dir, 'backups'), 'b.sqlite', { worker: missing });
      expect(written).toMatchObject({ ok: true, summary: SUMMARY });
      const damaged = await onlineCopy(db, join(dir, 'damaged.sqlite'));
      damage(damaged);
      expect(await checkOffThread({ kind: 'finalise', path: damaged }, missing)).toEqual({
        ok: false,
        summary: null,
      });
    } finally {
      closeDatabase(db);
    }
  });

  it('never passes a copy whose check died half-way', async () => {
    const dir = tempDir('test');
    const db = smallEvent(join(dir, 'event.sqlite'));
    const dying = { workerUrl: pathToFileURL(DYING_WORKER) };
    try {
      const copy = await onlineCopy(db, join(dir, 'copy.sqlite'));
      expect(await checkInWorker({ kind: 'finalise', path: copy }, dying)).toEqual({
        ok: false,
        summary: null,
      });
      const written = await writeBackup(db, join(dir, 'backups'), 'b.sqlite', { worker: dying });
      expect(written).toMatchObject({ ok: false, name: 'b.sqlite.corrupt' });
    } finally {
      closeDatabase(db);
    }
  });
});
