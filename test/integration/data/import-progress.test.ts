/**
 * A pending import tells the chair where it is (`import.progress`, pushed by
 * main from the import's worker: data/import-pending.ts) and can be stopped
 * while the file is read (`import.cancel`). Bounded by rows, never by time:
 * the cancel is sent from the first progress event itself.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { EventPayload } from '../../../common/contract';
import { readSetup } from '../../../main/core/event/setup';
import { minimalXlsx } from '../../unit/io/zip-builder';
import { type DataApp, dataApp, ok, settledBytes } from './data-app';

type Progress = EventPayload<'import.progress'>;

function teamRows(count: number): string[][] {
  const rows = [['Équipe', 'Projet', 'Membre', 'Courriel']];
  for (let i = 0; i < count; i++)
    rows.push([
      `Équipe ${Math.floor(i / 4)}`,
      `Projet ${Math.floor(i / 4)}`,
      `Tāmaʻa Teriʻi ${i}`,
      `m${i}@example.pf`,
    ]);
  return rows;
}

function writeTeams(app: DataApp, rows: number): string {
  const path = join(app.dir, `equipes-${rows}.xlsx`);
  writeFileSync(path, minimalXlsx(teamRows(rows)));
  return path;
}

function progressOf(app: DataApp): Progress[] {
  return app.emitted.filter((e) => e.name === 'import.progress').map((e) => e.payload as Progress);
}

/** The phases in the order they came, each once: a phase never comes back after the next began. */
function phaseRuns(events: readonly Progress[]): string[] {
  return events.map((e) => e.phase).filter((phase, i, all) => i === 0 || all[i - 1] !== phase);
}

function expectRising(events: readonly Progress[]): void {
  for (let i = 1; i < events.length; i++) {
    const [a, b] = [events[i - 1], events[i]];
    if (a && b && a.phase === b.phase) expect(b.done).toBeGreaterThanOrEqual(a.done);
  }
}

describe('import progress', () => {
  it('arrives in order, reading then checking then writing, each ending at its total', async () => {
    const app = await dataApp();
    app.dialogs.importPath = writeTeams(app, 4000);
    const opened = await ok(app, 'import.open', {});
    if (opened?.status !== 'preview') throw new Error('not a preview');
    const { token } = opened.view;
    expect(opened.view.teamCount).toBe(1000);

    const whileOpening = progressOf(app);
    expect(whileOpening.every((e) => e.token === token)).toBe(true);
    expect(phaseRuns(whileOpening)).toEqual(['reading', 'checking']);
    expectRising(whileOpening);
    const reading = whileOpening.filter((e) => e.phase === 'reading');
    // Said at once, then the sheet is scanned 1000 rows at a time, its size unknown until the end.
    expect(reading.map((e) => [e.done, e.total])).toEqual([
      [0, null],
      [1000, null],
      [2000, null],
      [3000, null],
      [4000, null],
      [4000, 4000],
    ]);
    expect(whileOpening.filter((e) => e.phase === 'checking').map((e) => [e.done, e.total])).toEqual([
      [0, 4000],
      [4000, 4000],
    ]);

    const before = progressOf(app).length;
    const result = await ok(app, 'import.commit', {
      token,
      kind: opened.view.kind,
      mapping: opened.view.mapping,
      sheetName: opened.view.sheetName,
    });
    expect(result).toEqual({ status: 'imported', kind: 'teams', teams: 1000, members: 4000, jurors: 0 });
    const whileWriting = progressOf(app).slice(before);
    expect(whileWriting.every((e) => e.token === token)).toBe(true);
    expect(phaseRuns(whileWriting)).toEqual(['checking', 'writing']);
    expectRising(whileWriting);
    const writing = whileWriting.filter((e) => e.phase === 'writing');
    expect(writing[0]).toEqual({ token, phase: 'writing', done: 0, total: 1000 });
    expect(writing.at(-1)).toEqual({ token, phase: 'writing', done: 1000, total: 1000 });
    expect(writing.length).toBeGreaterThan(2);
    expect(readSetup(app.ctx.requireEventFile().db).teams).toHaveLength(1000);
  });

  it('stops a file being read when the chair cancels: nothing saved, nothing pending, the next file opens', async () => {
    const app = await dataApp();
    await ok(app, 'teams.create', { name: 'Vaʻa Tech', projectTitle: '', members: [] });
    const fileBefore = settledBytes(app);
    app.dialogs.importPath = writeTeams(app, 9000);
    const cancels: Promise<unknown>[] = [];
    // The cancel goes out from the first rows read: the worker is still reading by construction.
    const stop = app.ctx.events.on((name, payload) => {
      if (name !== 'import.progress' || cancels.length > 0) return;
      if ((payload as Progress).done > 0) cancels.push(app.invoke('import.cancel', {}));
    });
    const opened = await ok(app, 'import.open', {});
    stop();
    await Promise.all(cancels);
    expect(opened).toBeNull();
    const events = progressOf(app);
    expect(events.map((e) => [e.phase, e.done, e.total])).toEqual([
      ['reading', 0, null],
      ['reading', 1000, null],
    ]);
    const token = events[0]?.token ?? '';
    const expired = await app.invoke('import.preview', {
      token,
      kind: 'teams',
      mapping: null,
      sheetName: null,
    });
    expect(expired.ok ? null : expired.error.code).toBe('import.expired');
    expect(settledBytes(app).equals(fileBefore)).toBe(true);

    app.dialogs.importPath = writeTeams(app, 8);
    const next = await ok(app, 'import.open', {});
    expect(next?.status === 'preview' && next.view.teamCount).toBe(2);
  });
});
