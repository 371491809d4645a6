/**
 * Each merged room's own chain, re-checked from the head file alone (issue 15).
 * A merged score event is appended to the head's log with the same content
 * (rooms/merge.ts); `score_event_origin` keeps its room seq, room prev_hash and
 * room hash. Joined back to the head's event content, a room's rows must form
 * that room's unbroken chain, so an origin row edited by hand is found.
 * Lives in verify/ so that verify-event can run it; rooms/merge.ts uses it too.
 */
import type { Db } from '../db/open';
import { type ChainBreakReason, type StoredScoreEvent, verifyChain } from '../scoring/hash-chain';

export interface MergedRoomBreak {
  poolId: number;
  /** The room's name, or "#id" when the room row is gone. */
  roomName: string;
  /** The room's own seq where its chain breaks. */
  seq: number;
  reason: ChainBreakReason;
}

/** Whether this file has the rooms' tables (a file before migration 012, opened read-only, has not). */
export function hasMergedRoomTables(db: Db): boolean {
  return (
    db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'score_event_origin'").get() !==
    undefined
  );
}

/** The first merged room whose chain, as the head file holds it, is broken; null when every one holds. */
export function verifyMergedRoomChains(head: Db): MergedRoomBreak | null {
  const rows = head
    .prepare(
      `SELECT o.pool_id, o.room_seq, o.room_prev_hash, o.room_hash, e.juror_id, e.team_id, e.criterion_id,
              e.value, e.kind, e.comment, e.actor, e.at_utc, e.reason, p.name AS pool_name
         FROM score_event_origin o JOIN score_event e ON e.seq = o.seq
         LEFT JOIN pool p ON p.id = o.pool_id
        ORDER BY o.pool_id, o.room_seq`,
    )
    .all() as {
    pool_id: number;
    room_seq: number;
    room_prev_hash: string;
    room_hash: string;
    juror_id: number;
    team_id: number;
    criterion_id: number | null;
    value: number | null;
    kind: StoredScoreEvent['kind'];
    comment: string | null;
    actor: string;
    at_utc: string;
    reason: string | null;
    pool_name: string | null;
  }[];
  const byPool = new Map<number, { name: string; events: StoredScoreEvent[] }>();
  for (const r of rows) {
    const room = byPool.get(r.pool_id) ?? { name: r.pool_name ?? `#${r.pool_id}`, events: [] };
    room.events.push({
      seq: r.room_seq,
      jurorId: r.juror_id,
      teamId: r.team_id,
      criterionId: r.criterion_id,
      value: r.value,
      kind: r.kind,
      comment: r.comment,
      actor: r.actor,
      atUtc: r.at_utc,
      reason: r.reason,
      prevHash: r.room_prev_hash,
      hash: r.room_hash,
    });
    byPool.set(r.pool_id, room);
  }
  for (const [poolId, room] of byPool) {
    const check = verifyChain(room.events);
    if (!check.ok) return { poolId, roomName: room.name, seq: check.brokenAtSeq, reason: check.reason };
  }
  return null;
}
