/**
 * The rooms of the preliminaries, as the documents print them (issue 15).
 * documents-app sits below the rooms layer (.dependency-cruiser.cjs: rooms
 * verify a room's log, and verify sits above documents-app), so this reads
 * the rooms' tables of migration 012 directly; rooms/assignment.ts remains
 * the one place that writes them and states their rules.
 */
import type { Db } from '../db/open';
import type { FinalistRuleSummary, FinalRoomSummary, RoomSummary } from '../documents/types';

/** The preliminary round every file has (migration 012). */
const PRELIMINARY_ROUND_ID = 1;

export interface DocumentRoom extends RoomSummary {
  id: number;
  /** Team ids in the room's running order. */
  teamIds: number[];
}

/** A round's rooms in order (the preliminaries by default); empty for an event without rooms (and on a room laptop). */
export function readDocumentRooms(
  db: Db,
  jurorName: (id: number) => string,
  roundId = PRELIMINARY_ROUND_ID,
): DocumentRoom[] {
  const pools = db
    .prepare('SELECT id, name FROM pool WHERE round_id = ? ORDER BY position, id')
    .all(roundId) as { id: number; name: string }[];
  const teams = db.prepare('SELECT team_id AS id FROM pool_team WHERE pool_id = ? ORDER BY position');
  const jurors = db.prepare('SELECT juror_id AS id FROM pool_juror WHERE pool_id = ? ORDER BY position');
  const receipt = db.prepare(
    `SELECT received_at_utc AS atUtc, laptop FROM room_receipt
      WHERE pool_id = ? ORDER BY id DESC LIMIT 1`,
  );
  return pools.map((pool) => {
    const merged = receipt.get(pool.id) as { atUtc: string; laptop: string } | undefined;
    return {
      id: pool.id,
      name: pool.name,
      teamIds: (teams.all(pool.id) as { id: number }[]).map((r) => r.id),
      jurors: (jurors.all(pool.id) as { id: number }[]).map((r) => jurorName(r.id)),
      merged: merged ?? null,
    };
  });
}

/** The finalist rule recorded before the final (final_round_record), with the finalists' names; null if none. */
export function readFinalistRule(db: Db, teamName: (id: number) => string): FinalistRuleSummary | null {
  const row = db
    .prepare(
      `SELECT rule_json AS rule, finalists_json AS finalists, decided_at_utc AS decidedAtUtc
         FROM final_round_record ORDER BY round_id LIMIT 1`,
    )
    .get() as { rule: string; finalists: string; decidedAtUtc: string } | undefined;
  if (!row) return null;
  const rule = JSON.parse(row.rule) as
    | { kind: 'topPerPool' | 'topOverall'; n: number }
    | { kind: 'chairSelection'; reason: string };
  const finalists = (JSON.parse(row.finalists) as number[]).map(teamName);
  const common = { finalists, decidedAtUtc: row.decidedAtUtc };
  return rule.kind === 'chairSelection'
    ? { kind: 'chairSelection', reason: rule.reason, ...common }
    : { kind: rule.kind, n: rule.n, ...common };
}

/**
 * The final's room once the final is decided (rooms/final-round.ts creates it
 * with the rule): its jury, its running order and drawn seed, its merge; null
 * before, or in a file whose final predates the final's room.
 */
export function readFinalRoom(
  db: Db,
  jurorName: (id: number) => string,
  teamName: (id: number) => string,
): FinalRoomSummary | null {
  const row = db
    .prepare(
      `SELECT round_id AS roundId, order_json AS ord, draw_seed AS drawSeed
         FROM final_round_record ORDER BY round_id LIMIT 1`,
    )
    .get() as { roundId: number; ord: string; drawSeed: string | null } | undefined;
  if (!row) return null;
  const room = readDocumentRooms(db, jurorName, row.roundId)[0];
  if (!room) return null;
  return {
    name: room.name,
    jurors: room.jurors,
    merged: room.merged,
    order: (JSON.parse(row.ord) as number[]).map(teamName),
    drawSeed: row.drawSeed,
  };
}
