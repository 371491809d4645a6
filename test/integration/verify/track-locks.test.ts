/**
 * verify-event checks the lock records of every prize track, not only the
 * main track's: each track's chain (track_lock), fingerprint, locked ranking
 * and record hashes. Someone editing a track's lock row with the sqlite3 shell
 * (append-only triggers dropped) is reported, naming the track.
 */
import type Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { exportEventJson } from '../../../main/core/data/event-json';
import { sha256Hex } from '../../../main/core/hashing/sha256';
import { CHAIR_ACTOR, reopenSheet, submitSheet } from '../../../main/core/scoring/sheet-ops';
import { verifyEvent, verifyEventExport, verifyEventFile } from '../../../main/core/verify';
import { verifyEventCommand } from '../../../main/core/verify/cli-command';
import { tempDir } from '../../support/temp';
import { scoredEvent } from '../data/scored-event';
import { removeDb, settledCopy, tamperedCopy } from '../reliability/tamper-support';
import { ok } from '../scoring/fixture';

const TRACK = 'Prix du thème « Santé »';

/** The demo event scored, a theme track locked, unlocked, locked again (3 track_lock records). */
async function lockedTrackEvent() {
  const { app, db } = await scoredEvent({ lock: false });
  const ids = (table: string) =>
    (db.prepare(`SELECT id FROM ${table} ORDER BY position, id`).all() as { id: number }[]).map((r) => r.id);
  const [teams, jurors, criteria] = [ids('team'), ids('juror'), ids('criterion')];
  const track = await ok(app, 'tracks.create', { name: TRACK });
  await ok(app, 'tracks.setTeams', { trackId: track.id, teamIds: [teams[0], teams[3], teams[5]] });
  await ok(app, 'tracks.setJurors', { trackId: track.id, jurorIds: [jurors[1], jurors[2]] });
  await ok(app, 'tracks.setCriteria', {
    trackId: track.id,
    criteria: [
      { criterionId: criteria[1], weight: 2 },
      { criterionId: criteria[3], weight: 1 },
    ],
  });
  // A second track, never locked: nothing to check there.
  await ok(app, 'tracks.create', { name: 'Coup de cœur du jury' });
  await ok(app, 'results.lock', { trackId: track.id, lockedBy: 'Tāmaʻa Teriʻi' });
  await ok(app, 'results.unlock', { trackId: track.id, reason: 'Vérification', actor: 'Tāmaʻa Teriʻi' });
  const lock = await ok(app, 'results.lock', { trackId: track.id, lockedBy: 'Hélène Lefèvre' });
  return { app, db, teams, jurors, trackId: track.id, hash: lock.current?.hash as string };
}

/** The live file copied, closed and settled, so it can be edited like someone with the sqlite3 shell would. */
function fileCopy(db: Database.Database) {
  db.pragma('wal_checkpoint(TRUNCATE)');
  const dir = tempDir('test');
  return { dir, pristine: settledCopy(db.name, dir) };
}

function tamper(pristine: string, dir: string, sql: string, ...params: unknown[]) {
  return tamperedCopy(pristine, dir, (db) => {
    db.exec('DROP TRIGGER IF EXISTS track_lock_no_update');
    db.exec('DROP TRIGGER IF EXISTS track_lock_no_delete');
    db.prepare(sql).run(...params);
  });
}

describe('verify-event and prize tracks', () => {
  it('checks a locked track’s records and reports its fingerprint, while scoring goes on elsewhere', async () => {
    const { db, teams, jurors, trackId, hash } = await lockedTrackEvent();
    // A sheet outside the track is reopened and submitted again after the track's lock: allowed, and verified.
    const outside = { jurorId: jurors[0] as number, teamId: teams[2] as number, actor: CHAIR_ACTOR };
    reopenSheet(db, outside, 'Erreur de saisie', '2026-09-30T19:00:00.000Z');
    const criteria = db.prepare('SELECT id FROM criterion ORDER BY id').all() as { id: number }[];
    submitSheet(
      db,
      outside,
      { scores: criteria.map(({ id }) => ({ criterionId: id, value: 4 })), comment: null },
      '2026-09-30T19:01:00.000Z',
    );
    const result = verifyEvent(db);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.locked).toBe(false);
    expect(result.tracks).toHaveLength(1);
    const [track] = result.tracks ?? [];
    expect(track).toMatchObject({ id: trackId, name: TRACK, locked: true });
    expect(track?.locks.map((l) => [l.lockedBy, l.hash.length])).toEqual([
      ['Tāmaʻa Teriʻi', 64],
      ['Hélène Lefèvre', 64],
    ]);
    expect(track?.locks[1]?.hash).toBe(hash);

    const out: string[] = [];
    verifyEventCommand([db.name, '--lang', 'fr'], { out: (l) => out.push(l), err: () => {} });
    expect(out).toContain('Prix «\u00a0Prix du thème « Santé »\u00a0»\u00a0:');
    expect(out.some((l) => l.includes(hash) && l.includes('Hélène Lefèvre'))).toBe(true);
    expect(out.at(-1)).toBe('  Le prix «\u00a0Prix du thème « Santé »\u00a0» est verrouillé.');
  });

  it('reports a tampered lock record of a track other than the main one, naming the track', async () => {
    const { db, trackId } = await lockedTrackEvent();
    const { dir, pristine } = fileCopy(db);
    try {
      expect(verifyEventFile(pristine)).toMatchObject({ ok: true, tracks: [{ locked: true }] });
      const rows = db.prepare('SELECT id, payload_json FROM track_lock ORDER BY id').all() as {
        id: number;
        payload_json: string | null;
      }[];
      const last = rows[2] as { id: number; payload_json: string };
      const forged = last.payload_json.replace('Santé', 'Sante');
      expect(forged).not.toBe(last.payload_json);
      const other = (
        db.prepare("SELECT id FROM track WHERE name = 'Coup de cœur du jury'").get() as { id: number }
      ).id;
      const cases: [string, string, unknown[]][] = [
        // The fingerprint no longer matches the locked results.
        ['verify.lockHashMismatch', 'UPDATE track_lock SET hash = ? WHERE id = ?', ['0'.repeat(64), last.id]],
        // The locked results rewritten with their fingerprint recomputed: the ranking and the record hash catch it.
        [
          'verify.lockRecordHashMismatch',
          'UPDATE track_lock SET payload_json = ?, hash = ? WHERE id = ?',
          [forged, sha256Hex(forged), last.id],
        ],
        // Who locked it.
        [
          'verify.lockRecordHashMismatch',
          "UPDATE track_lock SET actor = 'Quelqu’un' WHERE id = ?",
          [last.id],
        ],
        // The unlock record removed from the history.
        ['verify.lockSequence', 'DELETE FROM track_lock WHERE id = ?', [(rows[1] as { id: number }).id]],
        // The lock moved to another track's history: its payload names its own track.
        ['verify.lockRecordInvalid', 'UPDATE track_lock SET track_id = ? WHERE id = ?', [other, last.id]],
      ];
      const seen: string[] = [];
      for (const [, sql, params] of cases) {
        const copy = tamper(pristine, dir, sql, ...params);
        const result = verifyEventFile(copy);
        seen.push(result.ok ? 'ok' : result.problem.code);
        // The moved record breaks the chain of the track it was moved to.
        if (!result.ok)
          expect(result.problem.params.track).toBe(sql.includes('track_id') ? 'Coup de cœur du jury' : TRACK);
        removeDb(copy);
      }
      expect(seen).toEqual(cases.map(([code]) => code));
      expect(trackId).not.toBe(other);
    } finally {
      removeDb(pristine);
    }
  });

  it('checks the tracks’ lock records in a JSON export too', async () => {
    const { db, hash } = await lockedTrackEvent();
    const doc = exportEventJson(db);
    const result = verifyEventExport(doc);
    expect(result).toMatchObject({ ok: true, tracks: [{ name: TRACK, locked: true }] });
    if (result.ok) expect(result.tracks?.[0]?.locks.at(-1)?.hash).toBe(hash);
    const rows = doc.tables.track_lock ?? [];
    const last = rows[rows.length - 1] as Record<string, unknown>;
    const tampered = {
      ...doc,
      tables: { ...doc.tables, track_lock: [...rows.slice(0, -1), { ...last, actor: 'Quelqu’un' }] },
    };
    expect(verifyEventExport(tampered)).toMatchObject({
      ok: false,
      problem: { code: 'verify.lockRecordHashMismatch', params: { track: TRACK } },
    });
  });
});
