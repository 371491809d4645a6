/**
 * Lock state of the prize tracks other than the main one (table track_lock,
 * migration 011). The main track's lock is results_lock (lock-state.ts). Kept
 * at this layer so scoring and setup can ask "does a locked track hold this
 * sheet?" without depending on the tracks code.
 *
 * A file opened read-only is not migrated (db/open.ts): one written before
 * tracks existed has no track tables, and then holds the main track only.
 */
import type { Db } from '../db/open';
import { roundExpr } from '../db/round-column';
import { cachedStatement } from '../db/statements';

const available = new WeakMap<Db, boolean>();

/** Whether this file has the track tables (false only for an old file opened read-only). */
export function tracksAvailable(db: Db): boolean {
  let known = available.get(db);
  if (known === undefined) {
    // A connection's schema is settled when it is opened (migrations run then), so once is enough.
    known =
      cachedStatement(db, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'track'").get() !==
      undefined;
    available.set(db, known);
  }
  return known;
}

/** Ids of the other tracks whose latest lock record is a lock. */
export function lockedTrackIds(db: Db): number[] {
  if (!tracksAvailable(db)) return [];
  const rows = cachedStatement(
    db,
    `SELECT l.track_id AS id FROM track_lock l
        WHERE l.id = (SELECT MAX(id) FROM track_lock m WHERE m.track_id = l.track_id) AND l.action = 'lock'`,
  ).all() as { id: number }[];
  return rows.map((r) => r.id);
}

export function isTrackLocked(db: Db, trackId: number): boolean {
  if (!tracksAvailable(db)) return false;
  const row = cachedStatement(
    db,
    'SELECT action FROM track_lock WHERE track_id = ? ORDER BY id DESC LIMIT 1',
  ).get(trackId) as { action: string } | undefined;
  return row?.action === 'lock';
}

/**
 * Whether a locked track (other than the main one) ranking this round holds
 * both this juror and this team: their sheet of that round is part of those
 * locked results and cannot change (a track ranks one round's sheets,
 * migration 016).
 */
export function sheetLockedByTrack(db: Db, jurorId: number, teamId: number, roundId = 1): boolean {
  const locked = lockedTrackIds(db);
  if (locked.length === 0) return false;
  const holds = cachedStatement(
    db,
    `SELECT 1 FROM track_team t JOIN track_juror j ON j.track_id = t.track_id
       JOIN track r ON r.id = t.track_id
      WHERE t.track_id = ? AND t.team_id = ? AND j.juror_id = ? AND ${roundExpr(db, 'track')} = ?`,
  );
  return locked.some((trackId) => holds.get(trackId, teamId, jurorId, roundId) !== undefined);
}
