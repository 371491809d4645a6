/**
 * The room file: a complete Pitch Jury event file for one room, written on the
 * head laptop. The room laptop opens it with the normal app (timer, projector,
 * scoring, lock) and never needs to know it is a room: only `room_identity`
 * (migration 012) tells it apart, and the room result file carries that
 * identity back (room-result.ts).
 *
 * Teams, jurors and criteria keep the head's ids, so a score event written in
 * the room names the same rows in the head file and is merged as it is.
 */
import { randomBytes } from 'node:crypto';
import { renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { quoteId } from '../data/schema-tables';
import { closeDatabase, type Db, openDatabase } from '../db/open';
import { DomainError } from '../errors';
import { readEventInfo, readEventUid } from '../event/event-info';
import { getRoom, type Room } from './assignment';

export interface RoomIdentity {
  headEventUid: string;
  headEventName: string;
  roundId: number;
  poolId: number;
  poolName: string;
  /** 32 hex characters: which room file (the head may write one room's file more than once). */
  fileUid: string;
  /** 64 hex characters: the HMAC key that seals this room file's result files. */
  sealKey: string;
  writtenAtUtc: string;
}

/** The identity of a room file; null for any other event file. */
export function readRoomIdentity(db: Db): RoomIdentity | null {
  const row = db
    .prepare(
      `SELECT head_event_uid AS headEventUid, head_event_name AS headEventName, round_id AS roundId,
              pool_id AS poolId, pool_name AS poolName, file_uid AS fileUid, seal_key AS sealKey,
              written_at_utc AS writtenAtUtc
         FROM room_identity WHERE id = 1`,
    )
    .get() as RoomIdentity | undefined;
  return row ?? null;
}

/** Copies the rows of `table` that `where` selects from the head to the room file, column for column. */
function copyRows(head: Db, room: Db, table: string, where = '', params: unknown[] = []): void {
  const columns = (room.prepare(`PRAGMA table_info(${quoteId(table)})`).all() as { name: string }[]).map(
    (c) => c.name,
  );
  const list = columns.map(quoteId).join(', ');
  const rows = head
    .prepare(`SELECT ${list} FROM ${quoteId(table)} ${where}`)
    .raw()
    .all(...params) as unknown[][];
  const insert = room.prepare(
    `INSERT OR REPLACE INTO ${quoteId(table)} (${list}) VALUES (${columns.map(() => '?').join(', ')})`,
  );
  for (const row of rows) insert.run(...row);
}

const inList = (column: string, ids: readonly number[]) =>
  ids.length === 0 ? 'WHERE 0' : `WHERE ${column} IN (${ids.map(() => '?').join(', ')})`;

/** "Hackathon CPA" + "Salle A" → "Hackathon CPA — Salle A", within the 200 characters an event name may have. */
function roomEventName(eventName: string, roomName: string): string {
  const suffix = ` — ${roomName}`;
  return `${[...eventName].slice(0, Math.max(1, 200 - [...suffix].length)).join('')}${suffix}`;
}

function fillRoomFile(head: Db, room: Db, target: Room, identity: RoomIdentity): void {
  room.transaction(() => {
    room.pragma('defer_foreign_keys = ON');
    copyRows(head, room, 'event');
    room
      .prepare('UPDATE event SET name = ?, uid = ?, created_at = ? WHERE id = 1')
      .run(
        roomEventName(identity.headEventName, target.name),
        randomBytes(16).toString('hex'),
        identity.writtenAtUtc,
      );
    copyRows(head, room, 'team', inList('id', target.teamIds), target.teamIds);
    copyRows(head, room, 'member', inList('team_id', target.teamIds), target.teamIds);
    copyRows(head, room, 'juror', inList('id', target.jurorIds), target.jurorIds);
    copyRows(head, room, 'criterion');
    copyRows(head, room, 'criterion_level');
    copyRows(head, room, 'scoring_settings');
    copyRows(head, room, 'signatory');
    const recusals = head.prepare('SELECT juror_id, team_id FROM recusal').all() as {
      juror_id: number;
      team_id: number;
    }[];
    for (const r of recusals) {
      if (!target.teamIds.includes(r.team_id) || !target.jurorIds.includes(r.juror_id)) continue;
      copyRows(head, room, 'recusal', 'WHERE juror_id = ? AND team_id = ?', [r.juror_id, r.team_id]);
    }
    const order = room.prepare('INSERT INTO running_order (team_id, position) VALUES (?, ?)');
    target.teamIds.forEach((teamId, i) => {
      order.run(teamId, i + 1);
    });
    room
      .prepare(
        `INSERT INTO room_identity (id, head_event_uid, head_event_name, round_id, pool_id, pool_name,
           file_uid, seal_key, written_at_utc) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        identity.headEventUid,
        identity.headEventName,
        identity.roundId,
        identity.poolId,
        identity.poolName,
        identity.fileUid,
        identity.sealKey,
        identity.writtenAtUtc,
      );
  })();
}

/**
 * Writes the room file of room `poolId` to `destination` (the save dialog
 * already asked before replacing a file) and records it in the head file.
 * Built beside the destination and renamed, so a pulled USB stick leaves no
 * half-written event file under the real name.
 */
export function writeRoomFile(head: Db, poolId: number, destination: string, now = new Date()): RoomIdentity {
  const target = getRoom(head, poolId);
  if (target.teamIds.length === 0) throw new DomainError('rooms.noTeams', { room: target.name });
  if (target.jurorIds.length === 0) throw new DomainError('rooms.noJurors', { room: target.name });
  const identity: RoomIdentity = {
    headEventUid: readEventUid(head),
    headEventName: readEventInfo(head).name,
    roundId: target.roundId,
    poolId: target.id,
    poolName: target.name,
    fileUid: randomBytes(16).toString('hex'),
    sealKey: randomBytes(32).toString('hex'),
    writtenAtUtc: now.toISOString(),
  };
  const staging = join(dirname(destination), `.${basename(destination)}.writing`);
  const cleanStaging = () => {
    for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${staging}${suffix}`, { force: true });
  };
  cleanStaging();
  try {
    const room = openDatabase(staging);
    try {
      fillRoomFile(head, room, target, identity);
      // One self-contained file: the room laptop gets no -wal beside it.
      room.pragma('wal_checkpoint(TRUNCATE)');
      room.pragma('journal_mode = DELETE');
    } finally {
      closeDatabase(room);
    }
    renameSync(staging, destination);
  } catch (error) {
    cleanStaging();
    throw error;
  }
  head
    .prepare('INSERT INTO room_file (uid, pool_id, seal_key, written_at_utc) VALUES (?, ?, ?, ?)')
    .run(identity.fileUid, identity.poolId, identity.sealKey, identity.writtenAtUtc);
  return identity;
}
