import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locale } from '../../common/domain';
import { closeDatabase, type Db, openDatabase } from './db/open';
import { DomainError } from './errors';
import { loadDemoEvent } from './event/demo';
import { initEvent, readEventInfo } from './event/event-info';

/** An open event: its file and its connection. One event = one .sqlite file. */
export interface OpenEventFile {
  path: string;
  db: Db;
}

/** Opens an existing event file, refusing files that are not Pitch Jury events. */
export function openEventFile(path: string): OpenEventFile {
  if (!existsSync(path)) throw new DomainError('error.notFound');
  let db: Db;
  try {
    db = openDatabase(path);
  } catch (error) {
    if (error instanceof DomainError) throw error;
    throw new DomainError('db.notAnEvent');
  }
  try {
    readEventInfo(db);
  } catch (error) {
    closeDatabase(db);
    throw error;
  }
  return { path, db };
}

/** Creates a new event file in `dir` with a readable, unique file name. */
export function createEventFile(dir: string, name: string, locale: Locale, now = new Date()): OpenEventFile {
  mkdirSync(dir, { recursive: true });
  const path = uniquePath(dir, fileStem(name), now);
  const db = openDatabase(path);
  initEvent(db, name, locale, now);
  return { path, db };
}

/**
 * A new file holding a demo event: the first demo by default; another demo
 * (a higher layer, e.g. demos/cpa-demo.ts) passes its file stem and filler.
 */
export function createDemoEventFile(
  dir: string,
  now = new Date(),
  demo: { stem: string; fill: (db: Db) => void } = {
    stem: 'demo-hackathon-fenua-numerique',
    fill: loadDemoEvent,
  },
): OpenEventFile {
  mkdirSync(dir, { recursive: true });
  const path = uniquePath(dir, demo.stem, now);
  const db = openDatabase(path);
  try {
    demo.fill(db);
  } catch (error) {
    closeDatabase(db);
    throw error;
  }
  return { path, db };
}

/**
 * Writes a consistent copy with SQLite's online backup API: copying the file of
 * a live WAL database could miss committed pages still in the -wal file.
 */
export async function saveCopy(session: OpenEventFile, destination: string): Promise<void> {
  if (destination === session.path) throw new DomainError('error.invalidInput', { details: 'same file' });
  await session.db.backup(destination);
}

export function closeEventFile(session: OpenEventFile): void {
  closeDatabase(session.db);
}

/** "Hackathon Fenua Numérique 2026" → "hackathon-fenua-numerique-2026". */
export function fileStem(name: string): string {
  const stem = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    // ʻokina and apostrophes join letters of one word: "Fāʻaʻā" → "faaa".
    .replace(/[\u02BB\u2019']/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase()
    .slice(0, 60);
  return stem || 'event';
}

function uniquePath(dir: string, stem: string, now: Date): string {
  const date = now.toISOString().slice(0, 10);
  for (let n = 1; ; n++) {
    const candidate = join(dir, `${stem}-${date}${n > 1 ? `-${n}` : ''}.sqlite`);
    if (!existsSync(candidate)) return candidate;
  }
}
