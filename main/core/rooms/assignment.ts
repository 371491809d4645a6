/**
 * The rooms of the preliminary round (tables pool, pool_team, pool_juror,
 * migration 012): a room name, its teams in running order, its jury. The
 * chair saves the whole list at once. A round with no room is one room of
 * everyone, so an event that never opens the Rooms page works as before.
 *
 * A room whose room file has been written is frozen: the room laptop scores
 * exactly those teams with exactly that jury, and its results are merged
 * against this assignment (main/core/rooms/merge.ts).
 */
import { randomUUID } from 'node:crypto';
import type { Db } from '../db/open';
import { DomainError } from '../errors';
import { normaliseName } from '../event/validate';

/** The preliminary round every file has (migration 012 inserts it). */
export const PRELIMINARY_ROUND_ID = 1;

export const MAX_ROOMS = 50;
export const MAX_ROOM_NAME = 100;

export interface Room {
  id: number;
  roundId: number;
  name: string;
  position: number;
  /** In the room's running order. */
  teamIds: number[];
  jurorIds: number[];
  /** A room file was written for it: the assignment can no longer change. */
  issued: boolean;
}

export interface RoomDraft {
  /** An existing room's id, or null for a new one. */
  id: number | null;
  name: string;
  teamIds: readonly number[];
  jurorIds: readonly number[];
}

export function listRooms(db: Db, roundId = PRELIMINARY_ROUND_ID): Room[] {
  const pools = db
    .prepare(
      `SELECT p.id, p.round_id AS roundId, p.name, p.position,
              EXISTS (SELECT 1 FROM room_file f WHERE f.pool_id = p.id) AS issued
         FROM pool p WHERE p.round_id = ? ORDER BY p.position, p.id`,
    )
    .all(roundId) as { id: number; roundId: number; name: string; position: number; issued: number }[];
  const teams = db.prepare('SELECT team_id AS id FROM pool_team WHERE pool_id = ? ORDER BY position');
  const jurors = db.prepare('SELECT juror_id AS id FROM pool_juror WHERE pool_id = ? ORDER BY position');
  return pools.map((p) => ({
    ...p,
    issued: p.issued === 1,
    teamIds: (teams.all(p.id) as { id: number }[]).map((r) => r.id),
    jurorIds: (jurors.all(p.id) as { id: number }[]).map((r) => r.id),
  }));
}

export function getRoom(db: Db, poolId: number): Room {
  const roundRow = db.prepare('SELECT round_id AS roundId FROM pool WHERE id = ?').get(poolId) as
    | { roundId: number }
    | undefined;
  const room = roundRow ? listRooms(db, roundRow.roundId).find((r) => r.id === poolId) : undefined;
  if (!room) throw new DomainError('rooms.unknownRoom', { id: poolId });
  return room;
}

const sameList = (a: readonly number[], b: readonly number[]) =>
  a.length === b.length && a.every((v, i) => v === b[i]);

function validate(db: Db, drafts: readonly RoomDraft[], current: readonly Room[]): void {
  if (drafts.length > MAX_ROOMS) throw new DomainError('rooms.tooMany', { max: MAX_ROOMS });
  const teamIds = new Set((db.prepare('SELECT id FROM team').all() as { id: number }[]).map((r) => r.id));
  const jurorIds = new Set((db.prepare('SELECT id FROM juror').all() as { id: number }[]).map((r) => r.id));
  const names = new Set<string>();
  const seenTeams = new Set<number>();
  const seenJurors = new Set<number>();
  drafts.forEach((draft, index) => {
    const name = normaliseName(draft.name);
    if (!name || name.length > MAX_ROOM_NAME)
      throw new DomainError('rooms.nameRequired', { index: index + 1, max: MAX_ROOM_NAME }, [
        { path: ['rooms', index, 'name'], code: 'rooms.nameRequired' },
      ]);
    const key = name.toLowerCase();
    if (names.has(key)) throw new DomainError('rooms.nameTaken', { name });
    names.add(key);
    if (draft.id !== null && !current.some((r) => r.id === draft.id))
      throw new DomainError('rooms.unknownRoom', { id: draft.id });
    for (const teamId of draft.teamIds) {
      if (!teamIds.has(teamId)) throw new DomainError('error.notFound');
      if (seenTeams.has(teamId)) throw new DomainError('rooms.teamTwice', { room: name });
      seenTeams.add(teamId);
    }
    for (const jurorId of draft.jurorIds) {
      if (!jurorIds.has(jurorId)) throw new DomainError('error.notFound');
      if (seenJurors.has(jurorId)) throw new DomainError('rooms.jurorTwice', { room: name });
      seenJurors.add(jurorId);
    }
  });
  for (const room of current.filter((r) => r.issued)) {
    const draft = drafts.find((d) => d.id === room.id);
    if (
      !draft ||
      normaliseName(draft.name) !== room.name ||
      !sameList(draft.teamIds, room.teamIds) ||
      !sameList(draft.jurorIds, room.jurorIds)
    )
      throw new DomainError('rooms.issuedFrozen', { room: room.name });
  }
}

/**
 * Replaces the rooms of the preliminary round with `drafts` (in order), in one
 * transaction: all or nothing. Rooms already sent out (room file written) must
 * come back unchanged.
 */
export function saveRooms(db: Db, drafts: readonly RoomDraft[]): Room[] {
  db.transaction(() => {
    const current = listRooms(db);
    validate(db, drafts, current);
    const open = current.filter((r) => !r.issued);
    for (const room of open) {
      db.prepare('DELETE FROM pool_team WHERE pool_id = ?').run(room.id);
      db.prepare('DELETE FROM pool_juror WHERE pool_id = ?').run(room.id);
      if (!drafts.some((d) => d.id === room.id)) db.prepare('DELETE FROM pool WHERE id = ?').run(room.id);
    }
    // Names go through a temporary one so two rooms may swap names in one save.
    const temp = `~${randomUUID()}~`;
    const insertTeam = db.prepare(
      'INSERT INTO pool_team (pool_id, round_id, team_id, position) VALUES (?, ?, ?, ?)',
    );
    const insertJuror = db.prepare(
      'INSERT INTO pool_juror (pool_id, round_id, juror_id, position) VALUES (?, ?, ?, ?)',
    );
    drafts.forEach((draft, index) => {
      let id = draft.id;
      if (id === null) {
        id = Number(
          db
            .prepare('INSERT INTO pool (round_id, name, position) VALUES (?, ?, ?)')
            .run(PRELIMINARY_ROUND_ID, `${temp}${index}`, index + 1).lastInsertRowid,
        );
      }
      db.prepare('UPDATE pool SET name = ?, position = ? WHERE id = ?').run(`${temp}${index}`, index + 1, id);
      if (current.find((r) => r.id === id)?.issued) return;
      draft.teamIds.forEach((teamId, i) => {
        insertTeam.run(id, PRELIMINARY_ROUND_ID, teamId, i + 1);
      });
      draft.jurorIds.forEach((jurorId, i) => {
        insertJuror.run(id, PRELIMINARY_ROUND_ID, jurorId, i + 1);
      });
    });
    drafts.forEach((draft, index) => {
      db.prepare('UPDATE pool SET name = ? WHERE round_id = ? AND position = ?').run(
        normaliseName(draft.name),
        PRELIMINARY_ROUND_ID,
        index + 1,
      );
    });
  })();
  return listRooms(db);
}
