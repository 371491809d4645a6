/**
 * Each room's progress as the head laptop knows it: sheets submitted for the
 * room's teams by the room's jurors (recusals excepted), merged or entered
 * on the head, and the last room result that changed something ("last heard").
 */
import type { Db } from '../db/open';
import { readAllSheets } from '../scoring/score-store';
import { listRooms, PRELIMINARY_ROUND_ID } from './assignment';

export interface RoomProgress {
  /** The room (pool) id. */
  id: number;
  name: string;
  teamIds: number[];
  jurorIds: number[];
  issued: boolean;
  submitted: number;
  expected: number;
  /** ISO UTC of the last receipt, null when nothing came back yet. */
  lastHeardAtUtc: string | null;
  laptop: string | null;
  /** Score events merged from this room. */
  mergedEvents: number;
  /** Fingerprint of the room's lock as last received; null while the room is not locked. */
  roomLockHash: string | null;
}

export function readRoomProgress(db: Db, roundId = PRELIMINARY_ROUND_ID): RoomProgress[] {
  return db.transaction(() => {
    const submitted = new Set(
      readAllSheets(db, roundId)
        .filter((s) => s.status === 'submitted')
        .map((s) => `${s.jurorId}:${s.teamId}`),
    );
    const recused = new Set(
      (
        db.prepare('SELECT juror_id, team_id FROM recusal').all() as { juror_id: number; team_id: number }[]
      ).map((r) => `${r.juror_id}:${r.team_id}`),
    );
    const receipt = db.prepare(
      `SELECT received_at_utc AS at, laptop, event_count AS events, lock_hash AS lockHash
         FROM room_receipt WHERE pool_id = ? ORDER BY id DESC LIMIT 1`,
    );
    return listRooms(db, roundId).map((room): RoomProgress => {
      let expected = 0;
      let done = 0;
      for (const teamId of room.teamIds) {
        for (const jurorId of room.jurorIds) {
          const key = `${jurorId}:${teamId}`;
          if (recused.has(key)) continue;
          expected += 1;
          if (submitted.has(key)) done += 1;
        }
      }
      const last = receipt.get(room.id) as
        | { at: string; laptop: string; events: number; lockHash: string | null }
        | undefined;
      return {
        id: room.id,
        name: room.name,
        teamIds: room.teamIds,
        jurorIds: room.jurorIds,
        issued: room.issued,
        submitted: done,
        expected,
        lastHeardAtUtc: last?.at ?? null,
        laptop: last?.laptop ?? null,
        mergedEvents: last?.events ?? 0,
        roomLockHash: last?.lockHash ?? null,
      };
    });
  })();
}
