import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { closeDatabase, openDatabase } from '../../../main/core/db/open';
import { readSetup } from '../../../main/core/event/setup';
import { fileStem } from '../../../main/core/event-file';
import { testApp } from '../../support/temp';

describe('event files', () => {
  it('creates one .sqlite file per event with a readable name, remembered in the recent list', async () => {
    const app = testApp();
    const result = await app.invoke('file.new', { name: 'Pitch Day Fāʻaʻā 2026' });
    expect(result.ok).toBe(true);
    const path = app.ctx.eventFile?.path ?? '';
    expect(path).toBe(
      join(app.dir, 'events', `pitch-day-faaa-2026-${new Date().toISOString().slice(0, 10)}.sqlite`),
    );
    expect(app.ctx.settings.get().recent.map((r) => r.name)).toEqual(['Pitch Day Fāʻaʻā 2026']);
  });

  it('saves a consistent copy with the backup API that another laptop can open', async () => {
    const app = testApp();
    await app.invoke('file.loadDemo', {});
    const copyPath = join(app.dir, 'copy.sqlite');
    const copy = testApp({ copyPath });
    copy.ctx.eventFile = app.ctx.eventFile; // same session, the copy dialog answers copyPath
    const saved = await copy.invoke('file.saveCopy', {});
    copy.ctx.eventFile = null;
    expect(saved).toEqual({ ok: true, value: { path: copyPath } });
    const db = openDatabase(copyPath, { readonly: true });
    expect(readSetup(db).teams).toHaveLength(8);
    closeDatabase(db);
  });

  it('opens a file chosen in the dialog, and refuses one that is not an event without closing the current one', async () => {
    const source = testApp();
    await source.invoke('file.loadDemo', {});
    const demoPath = source.ctx.eventFile?.path ?? '';

    const other = testApp({ openPath: demoPath });
    await other.invoke('file.new', { name: 'Current' });
    const current = other.ctx.eventFile?.path;
    const opened = await other.invoke('file.open', {});
    expect(opened).toEqual({ ok: true, value: { path: demoPath } });

    const refuse = testApp({ openPath: join(source.dir, 'missing.sqlite') });
    await refuse.invoke('file.new', { name: 'Keep me' });
    const keep = refuse.ctx.eventFile?.path;
    const refused = await refuse.invoke('file.open', {});
    expect(refused).toMatchObject({ ok: false, error: { code: 'error.notFound' } });
    expect(refuse.ctx.eventFile?.path).toBe(keep);
    expect(existsSync(join(source.dir, 'missing.sqlite'))).toBe(false);
    expect(current).not.toBe(demoPath);
  });

  it('reopens only files from the recent list (the renderer cannot name arbitrary paths)', async () => {
    const app = testApp();
    await app.invoke('file.new', { name: 'First' });
    const first = app.ctx.eventFile?.path ?? '';
    await app.invoke('file.new', { name: 'Second' });
    expect(await app.invoke('file.openRecent', { path: first })).toEqual({
      ok: true,
      value: { path: first },
    });
    expect(await app.invoke('file.openRecent', { path: '/etc/passwd' })).toMatchObject({
      ok: false,
      error: { code: 'error.notFound' },
    });
  });

  it('turns event names into safe file names', () => {
    expect(fileStem('Hackathon Fenua Numérique 2026')).toBe('hackathon-fenua-numerique-2026');
    expect(fileStem('../../etc/passwd')).toBe('etc-passwd');
    expect(fileStem('ʻ')).toBe('event');
  });
});
