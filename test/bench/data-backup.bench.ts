/**
 * Data figures on a 300-team event (4 members each, 10 jurors, 8 criteria,
 * every sheet submitted: 27,000 score events), all through the real core:
 *   npx tsx test/bench/run.ts data-backup
 * - a checked backup (online copy + standalone file + integrity_check), and
 *   the longest the event loop waited meanwhile (the app must keep answering);
 * - the event JSON export, and loading it into a fresh file;
 * - importing 300 teams (1,200 members) from a CSV through the store.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeBackup } from '../../main/core/data/backup-file';
import {
  eventJsonText,
  exportEventJson,
  importEventJson,
  parseEventJson,
} from '../../main/core/data/event-json';
import { commitImport, openImportBytes } from '../../main/core/data/import-session';
import { closeDatabase, type Db, openDatabase } from '../../main/core/db/open';
import { initEvent } from '../../main/core/event/event-info';
import { toCsv } from '../../main/core/io/csv-write';
import { buildLargeScoredEvent } from '../support/large-event';
import type { Bench, BenchFigure } from './figure';
import { percentile } from './figure';

const TEAMS = 300;
const JURORS = 10;
const CRITERIA = 8;

const buildEvent = (path: string): Db =>
  buildLargeScoredEvent(path, { teams: TEAMS, jurors: JURORS, criteria: CRITERIA });

async function timed<T>(run: () => Promise<T> | T): Promise<[number, T]> {
  const start = performance.now();
  const value = await run();
  return [performance.now() - start, value];
}

const median = (samples: number[]) =>
  percentile(
    [...samples].sort((a, b) => a - b),
    50,
  );
const round = (value: number) => Math.round(value * 10) / 10;

const bench: Bench = async () => {
  const dir = mkdtempSync(join(tmpdir(), 'pitch-jury-bench-data-'));
  try {
    const db = buildEvent(join(dir, 'event.sqlite'));
    const events = (db.prepare('SELECT count(*) AS n FROM score_event').get() as { n: number }).n;
    // The first turn of the event loop after building the fixture pays for the build (≈ 0.7 s of
    // garbage collection here); it is not part of any backup, so let it pass first.
    await new Promise((done) => setImmediate(done));

    // Backups, while a ticker measures how long the event loop is held at a time.
    const backupMs: number[] = [];
    const stalls: number[] = [];
    let size = 0;
    for (let k = 0; k < 5; k++) {
      let last = performance.now();
      let running = true;
      const tick = () => {
        if (!running) return; // a tick after the measure ended would time the code after it
        const now = performance.now();
        stalls.push(now - last);
        last = now;
        setImmediate(tick);
      };
      setImmediate(tick);
      const [ms, written] = await timed(() => writeBackup(db, join(dir, 'backups'), `b${k}.sqlite`));
      // One more turn, so the ticker records the wait that ended with the backup (the integrity check).
      await new Promise((done) => setImmediate(done));
      running = false;
      if (!written.ok) throw new Error('backup failed its integrity check');
      backupMs.push(ms);
      size = written.sizeBytes;
    }

    const exportMs: number[] = [];
    const loadMs: number[] = [];
    let text = '';
    for (let k = 0; k < 3; k++) {
      const [ms, doc] = await timed(() => eventJsonText(exportEventJson(db)));
      exportMs.push(ms);
      text = doc;
      const [load] = await timed(() => importEventJson(parseEventJson(text), join(dir, `copy-${k}.sqlite`)));
      loadMs.push(load);
    }

    const rows = [['Équipe', 'Projet', 'Membre', 'Courriel']];
    for (let t = 0; t < TEAMS; t++) {
      for (let m = 0; m < 4; m++)
        rows.push([`Nouvelle ${t}`, `Projet ${t}`, `Hinano Ōtare ${t}-${m}`, `m${t}.${m}@example.pf`]);
    }
    const csv = toCsv(rows);
    const importMs: number[] = [];
    for (let k = 0; k < 3; k++) {
      const target = openDatabase(join(dir, `import-${k}.sqlite`));
      initEvent(target, 'Import', 'fr');
      const [ms, outcome] = await timed(async () => {
        const opened = await openImportBytes(csv, 'teams.csv', 'bench');
        if (opened.status !== 'preview') throw new Error('unreadable');
        return commitImport(target, opened.pending, { kind: 'teams', mapping: null }, 'fr');
      });
      if (outcome.status !== 'imported') throw new Error('refused');
      importMs.push(ms);
      closeDatabase(target);
    }
    closeDatabase(db);

    const note = `${TEAMS} teams × ${JURORS} jurors × ${CRITERIA} criteria, ${events} score events`;
    const figures: BenchFigure[] = [
      {
        id: 'data.backup_300_teams_ms',
        value: round(median(backupMs)),
        unit: 'ms',
        better: 'lower',
        note: `median of 5, checked; ${note}`,
      },
      {
        id: 'data.backup_300_teams_mb',
        value: round(size / 1048576),
        unit: 'MB',
        better: 'lower',
        note: 'backup file size',
      },
      {
        id: 'data.backup_main_stall_ms',
        value: round(stalls.reduce((a, b) => Math.max(a, b), 0)),
        unit: 'ms',
        better: 'lower',
        note: 'longest event-loop wait during 5 backups (integrity_check included)',
      },
      {
        id: 'data.event_json_export_ms',
        value: round(median(exportMs)),
        unit: 'ms',
        better: 'lower',
        note: `${round(text.length / 1048576)} MB of JSON`,
      },
      {
        id: 'data.event_json_load_ms',
        value: round(median(loadMs)),
        unit: 'ms',
        better: 'lower',
        note: 'into a fresh file, checked',
      },
      {
        id: 'data.import_300_teams_ms',
        value: round(median(importMs)),
        unit: 'ms',
        better: 'lower',
        note: '1,200 members, read + plan + one transaction',
      },
    ];
    return figures;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};

export default bench;
