import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../main/core/db/migrations';
import {
  closeDatabase,
  LATEST_SCHEMA_VERSION,
  openDatabase,
  schemaVersion,
} from '../../../main/core/db/open';
import { closeEventFile } from '../../../main/core/event-file';
import { resultsHash } from '../../../main/core/ranking/results-lock';
import { readLockView } from '../../../main/core/results/lock-ops';
import { readResultsView } from '../../../main/core/results/results-view';
import { buildTrackPayload } from '../../../main/core/tracks/track-payload';
import { readTrackResultsView } from '../../../main/core/tracks/track-results';
import { listTracks, mainTrackId } from '../../../main/core/tracks/track-store';
import { verifyEvent, verifyEventFile } from '../../../main/core/verify';
import { copyAtVersion } from '../../support/schema-at';
import { scoredEvent } from '../data/scored-event';
import { ok } from '../scoring/fixture';

/** Migrations 1..8: the schema of the files written before prize tracks (and before 009, 010). */
const BEFORE_TRACKS = 8;

/** A demo event scored, with awards, locked; then the same data in a file at schema version 8. */
async function lockedFileAtVersion8() {
  const { app, db } = await scoredEvent({ lock: false });
  await ok(app, 'awards.addPodium', {});
  const teamId = (
    db.prepare('SELECT id FROM team ORDER BY position LIMIT 1 OFFSET 2').get() as { id: number }
  ).id;
  await ok(app, 'awards.create', { kind: 'special', name: 'Coup de cœur du jury', podiumRank: null, teamId });
  const lock = await ok(app, 'results.lock', {
    lockedBy: 'Tāmaʻa Teriʻi',
    confirmedMissing: (await ok(app, 'results.lockCheck', {})).missing,
  });
  const before = readResultsView(db);
  const path = join(app.dir, 'old-v8.sqlite');
  copyAtVersion(db, path, BEFORE_TRACKS);
  closeEventFile(app.ctx.requireEventFile());
  return { app, path, hash: lock.current?.hash as string, before };
}

describe('migration 011 (prize tracks) on a file written before tracks', () => {
  it('gives it one main track holding everything, same results, same fingerprint, still verified', async () => {
    const { path, hash, before } = await lockedFileAtVersion8();
    expect(MIGRATIONS[BEFORE_TRACKS - 1]?.name).toBe('timer-undo');
    // The old file as it is: verified read-only (not migrated), the main track only.
    expect(verifyEventFile(path)).toMatchObject({ ok: true, locked: true });
    const readOnly = openDatabase(path, { readonly: true });
    try {
      expect(schemaVersion(readOnly)).toBe(BEFORE_TRACKS);
      expect(listTracks(readOnly)).toHaveLength(1);
      expect(readTrackResultsView(readOnly, mainTrackId(readOnly)).ranking).toEqual(before.ranking);
    } finally {
      closeDatabase(readOnly);
    }

    const db = openDatabase(path); // runs the migrations after 8, 011 among them
    try {
      expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
      const tracks = listTracks(db);
      expect(tracks).toHaveLength(1);
      const main = tracks[0];
      const all = (table: string) =>
        (db.prepare(`SELECT id FROM ${table} ORDER BY position, id`).all() as { id: number }[]).map(
          (r) => r.id,
        );
      expect(main).toMatchObject({ main: true, name: 'Grand prix', locked: true });
      expect(main?.teamIds).toEqual(all('team'));
      expect(main?.jurorIds).toEqual(all('juror'));
      expect(main?.criteria.map((c) => c.criterionId)).toEqual(all('criterion'));

      // Same fingerprint, recomputed from the migrated file, and the lock still matches it.
      expect(resultsHash(buildTrackPayload(db, main?.id as number, 'read'))).toBe(hash);
      const lock = readLockView(db);
      expect(lock.current).toMatchObject({ hash, matchesCurrent: true, lockedBy: 'Tāmaʻa Teriʻi' });
      expect(verifyEvent(db)).toMatchObject({ ok: true, locked: true });

      // Identical results through the track-aware read and the event's own.
      const view = readTrackResultsView(db, main?.id as number);
      expect(view.ranking).toEqual(before.ranking);
      expect(view.awards).toEqual(before.awards);
      expect(readResultsView(db)).toEqual({ ...before, lock: readLockView(db) });
    } finally {
      closeDatabase(db);
    }
  });

  it('answers the existing calls without a trackId exactly as with the main track’s id', async () => {
    const { app, path, hash } = await lockedFileAtVersion8();
    app.ctx.options.platform.pickEventFileToOpen = async () => path;
    await ok(app, 'file.open', {});
    const [main] = await ok(app, 'tracks.list', {});
    const without = await ok(app, 'results.get', {});
    const withId = await ok(app, 'results.get', { trackId: main?.id });
    expect(withId).toEqual(without);
    expect(without.lock.current?.hash).toBe(hash);
    expect(await ok(app, 'awards.list', { trackId: main?.id })).toEqual(await ok(app, 'awards.list', {}));
    const plan = await ok(app, 'ceremony.plan', {});
    expect(plan.steps.map((s) => s.name)).toEqual([
      'Coup de cœur du jury',
      'Troisième prix',
      'Deuxième prix',
      'Premier prix',
    ]);
    // One track only: the ceremony names none.
    expect(plan.steps.every((s) => s.track === undefined)).toBe(true);
  });
});
