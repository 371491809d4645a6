import { readdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  type EventJson,
  eventJsonText,
  exportEventJson,
  importEventJson,
  parseEventJson,
} from '../../../main/core/data/event-json';
import { closeDatabase, type Db, LATEST_SCHEMA_VERSION, openDatabase } from '../../../main/core/db/open';
import { readSetup } from '../../../main/core/event/setup';
import { resultsHash } from '../../../main/core/ranking/results-lock';
import { readLockedResults } from '../../../main/core/results/lock-ops';
import { buildResultsPayload } from '../../../main/core/results/locked-payload';
import { verifyScoreLog } from '../../../main/core/scoring/score-store';
import { tempDir } from '../../support/temp';
import { dataApp, ok, refused } from './data-app';
import { scoredEvent } from './scored-event';

const withoutTime = (doc: EventJson) => ({ ...doc, exportedAt: '' });

function reopen(path: string): Db {
  return openDatabase(path);
}

describe('the event as JSON', () => {
  it('round-trips into a fresh file: same setup, same results hash, same score chain, same export', async () => {
    const { db } = await scoredEvent();
    const doc = exportEventJson(db, { now: new Date('2026-09-30T19:00:00.000Z'), appVersion: 'test' });
    expect(doc).toMatchObject({
      format: 'pitch-jury-event',
      formatVersion: 1,
      schemaVersion: LATEST_SCHEMA_VERSION,
    });
    expect(Object.keys(doc.tables)).toEqual(
      expect.arrayContaining(['event', 'team', 'member', 'score_event', 'results_lock']),
    );
    expect(doc.tables.member?.map((m) => m.name)).toContain('Tāmaʻa Teriʻi');

    const text = eventJsonText(doc);
    expect(JSON.parse(text)).toEqual(doc);
    const path = join(tempDir('test'), 'copie.sqlite');
    importEventJson(parseEventJson(text), path);

    const copy = reopen(path);
    try {
      expect(readSetup(copy)).toEqual(readSetup(db));
      expect(resultsHash(buildResultsPayload(copy))).toBe(resultsHash(buildResultsPayload(db)));
      expect(readLockedResults(copy)?.hash).toBe(readLockedResults(db)?.hash);
      expect(verifyScoreLog(copy)).toEqual(verifyScoreLog(db));
      expect(withoutTime(exportEventJson(copy))).toEqual(withoutTime(exportEventJson(db)));
      // The append-only guards came back with the data.
      expect(() => copy.prepare('DELETE FROM score_event').run()).toThrow(/append-only/);
    } finally {
      closeDatabase(copy);
    }
  });

  it('through the app: export to a file, then open it as a new event without touching the current one', async () => {
    const { app, db } = await scoredEvent();
    const current = app.ctx.requireEventFile().path;
    app.dialogs.exportPath = join(app.dir, 'export.json');
    expect(await ok(app, 'export.event', {})).toEqual({ path: app.dialogs.exportPath });
    const setup = readSetup(db);

    app.dialogs.importPath = app.dialogs.exportPath;
    const opened = await ok(app, 'import.eventJson', {});
    expect(opened?.path).not.toBe(current);
    expect(readSetup(app.ctx.requireEventFile().db)).toEqual(setup);
    const original = openDatabase(current, { readonly: true });
    expect(readSetup(original)).toEqual(setup);
    original.close();
  });

  it('tells the imported event from the original in the recent-events list, beyond a "-2" suffix', async () => {
    const { app } = await scoredEvent();
    const current = app.ctx.requireEventFile().path;
    app.dialogs.exportPath = join(app.dir, 'export-jury.json');
    await ok(app, 'export.event', {});
    app.dialogs.importPath = app.dialogs.exportPath;
    const opened = await ok(app, 'import.eventJson', {});
    const recent = await ok(app, 'file.recent', {});
    const imported = recent.find((r) => r.path === opened?.path);
    const original = recent.find((r) => r.path === current);
    expect(imported?.name).toBe(original?.name);
    expect(imported?.importedFrom).toBe('export-jury.json');
    expect(original?.importedFrom).toBeNull();
    // The file name says it too (a file manager shows no list entry).
    expect(basename(opened?.path ?? '')).toMatch(/-import-json-\d{4}-\d{2}-\d{2}\.sqlite$/);
    // Opening it again later keeps where it came from.
    await ok(app, 'file.openRecent', { path: current });
    await ok(app, 'file.openRecent', { path: opened?.path ?? '' });
    const again = await ok(app, 'file.recent', {});
    expect(again.find((r) => r.path === opened?.path)?.importedFrom).toBe('export-jury.json');
  });

  it('loads an export made before the later migrations and brings it up to date', async () => {
    const { db } = await scoredEvent();
    const full = exportEventJson(db);
    const foundationOnly = ['event', 'team', 'member', 'juror', 'criterion', 'criterion_level'];
    const old: EventJson = {
      ...full,
      schemaVersion: 1,
      tables: Object.fromEntries(
        Object.entries(full.tables).filter(([name]) => foundationOnly.includes(name)),
      ),
    };
    const path = join(tempDir('test'), 'ancien.sqlite');
    importEventJson(old, path);
    const copy = reopen(path);
    expect(copy.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(readSetup(copy)).toEqual(readSetup(db));
    closeDatabase(copy);
  });

  it('writes blobs as base64, and refuses a table this version does not know without leaving a file', async () => {
    const app = await dataApp();
    const db = app.ctx.requireEventFile().db;
    db.exec(
      "CREATE TABLE extra (id INTEGER PRIMARY KEY, data BLOB); INSERT INTO extra VALUES (1, x'00ff10');",
    );
    const doc = exportEventJson(db);
    expect(doc.tables.extra).toEqual([{ id: 1, data: { $base64: 'AP8Q' } }]);
    const dir = tempDir('test');
    expect(() => importEventJson(doc, join(dir, 'x.sqlite'))).toThrow(/eventJson.unknownTable/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('refuses what is not an export, an export from a newer version, or broken links, and creates nothing', async () => {
    const app = await dataApp({ demo: true });
    const doc = exportEventJson(app.ctx.requireEventFile().db);
    const eventFiles = () => readdirSync(app.ctx.options.eventsDir).sort();
    const before = eventFiles();
    const dir = tempDir('test');
    const attempt = (text: string) => {
      writeFileSync(join(dir, 'in.json'), text);
      app.dialogs.importPath = join(dir, 'in.json');
      return refused(app, 'import.eventJson', {});
    };
    expect((await attempt('{"hello": 1}')).code).toBe('eventJson.invalid');
    expect((await attempt('not json')).code).toBe('eventJson.invalid');
    const newer = await attempt(JSON.stringify({ ...doc, schemaVersion: LATEST_SCHEMA_VERSION + 1 }));
    expect(newer.code).toBe('eventJson.newerThanApp');
    expect(newer.message).toContain('Mettez Pitch Jury à jour');
    const orphan = structuredClone(doc);
    orphan.tables.member?.push({ id: 999, team_id: 4242, name: 'Personne', email: null, position: 0 });
    const broken = await attempt(JSON.stringify(orphan));
    expect(broken.code).toBe('eventJson.brokenLink');
    expect(broken.message).toBe(
      'Une ligne de la table «\u00a0member\u00a0» de l’export renvoie à une ligne absente (le fichier a été modifié ou tronqué). Aucun fichier d’événement n’a été créé.',
    );
    // No half-made event file, no staging file: the events folder is as it was.
    expect(eventFiles()).toEqual(before);
  });
});
