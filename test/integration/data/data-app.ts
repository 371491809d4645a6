/**
 * A real app context (testApp) with an event open and the data dialogs
 * answering paths set by the test, plus helpers to compare the event file
 * byte for byte.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { expect } from 'vitest';
import type { CallName, CallOutput } from '../../../common/contract';
import { testApp } from '../../support/temp';

export type DataApp = ReturnType<typeof testApp> & {
  /** What the next import / export / folder dialog answers. */
  dialogs: { importPath: string | null; exportPath: string | null; backupFolder: string | null };
};

export async function dataApp(options: { demo?: boolean } = {}): Promise<DataApp> {
  const app = testApp();
  const dialogs: DataApp['dialogs'] = { importPath: null, exportPath: null, backupFolder: null };
  const platform = app.ctx.options.platform;
  platform.pickImportFile = async () => dialogs.importPath;
  platform.pickExportDestination = async () => dialogs.exportPath;
  platform.pickBackupFolder = async () => dialogs.backupFolder;
  const opened = options.demo
    ? await app.invoke('file.loadDemo', {})
    : await app.invoke('file.new', { name: 'Pitch Day Papeete' });
  expect(opened.ok).toBe(true);
  return Object.assign(app, { dialogs });
}

export async function ok<N extends CallName>(app: DataApp, name: N, input: unknown): Promise<CallOutput<N>> {
  const result = await app.invoke(name, input);
  if (!result.ok) throw new Error(`${name} refused: ${result.error.code} ${result.error.message}`);
  return result.value as CallOutput<N>;
}

export async function refused(app: DataApp, name: CallName, input: unknown) {
  const result = await app.invoke(name, input);
  if (result.ok) throw new Error(`${name} was accepted`);
  return result.error;
}

/**
 * The event file's bytes once everything committed is in it: a TRUNCATE
 * checkpoint moves the WAL into the main file and empties it, so two calls
 * return equal bytes exactly when the database did not change in between.
 */
export function settledBytes(app: DataApp): Buffer {
  const { db, path } = app.ctx.requireEventFile();
  db.pragma('wal_checkpoint(TRUNCATE)');
  if (existsSync(`${path}-wal`)) expect(statSync(`${path}-wal`).size).toBe(0);
  return readFileSync(path);
}

export const hex = (text: string) => Buffer.from(text, 'utf8').toString('hex');
