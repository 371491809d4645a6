/**
 * The head laptop's side of a room login: a `room` link credential bound to
 * one room (room_link). Issuing a new one for a room revokes the previous,
 * so a lost room laptop is dealt with by issuing again.
 */
import { closeDatabase, type Db, openDatabase } from '../../db/open';
import { DomainError } from '../../errors';
import type { Principal } from '../../lan/credentials';
import {
  activePrincipal,
  addLinkToken,
  createLink,
  type IssuedCredential,
  revokeCredential,
} from '../../lan/credentials';
import { type RoomPushSettings, saveRoomPushSettings } from '../../lan/roles/room/settings';
import { getRoom } from '../assignment';

export interface IssuedRoomLink extends IssuedCredential {
  poolId: number;
}

function activeRoomCredentials(db: Db, poolId: number): number[] {
  return (
    db
      .prepare(
        `SELECT l.credential_id AS id FROM room_link l JOIN lan_credential c ON c.id = l.credential_id
          WHERE l.pool_id = ? AND c.revoked_at_utc IS NULL`,
      )
      .all(poolId) as { id: number }[]
  ).map((r) => r.id);
}

/** A new room login for room `poolId` (labelled with the room's name); any active one of that room is revoked. */
export function issueRoomLink(
  db: Db,
  poolId: number,
  atUtc: string,
  headAddress: string | null = null,
): IssuedRoomLink {
  return db
    .transaction((): IssuedRoomLink => {
      const room = getRoom(db, poolId);
      const revokedIds = activeRoomCredentials(db, room.id);
      for (const id of revokedIds) revokeCredential(db, id, atUtc);
      const issued = createLink(db, 'room', room.name, atUtc);
      db.prepare(
        'INSERT INTO room_link (credential_id, pool_id, head_address, created_at_utc) VALUES (?, ?, ?, ?)',
      ).run(issued.credentialId, room.id, headAddress, atUtc);
      return { ...issued, revokedIds, poolId: room.id };
    })
    .immediate();
}

/**
 * Push settings for room `poolId`'s file: a fresh token of its active login
 * and the head's address recorded with it; null when the room has no active
 * login or no address was known (the room laptop's chair then types them).
 */
export function roomPushSettingsForFile(db: Db, poolId: number, atUtc: string): RoomPushSettings | null {
  const [credentialId] = activeRoomCredentials(db, poolId);
  if (credentialId === undefined) return null;
  const row = db
    .prepare('SELECT head_address AS headAddress FROM room_link WHERE credential_id = ?')
    .get(credentialId) as { headAddress: string | null } | undefined;
  if (!row?.headAddress) return null;
  return { headAddress: row.headAddress, token: addLinkToken(db, credentialId, atUtc) };
}

/**
 * After the head wrote room `poolId`'s file at `path`: puts the room's push
 * settings into it, so the room laptop pushes with no typing. Nothing when
 * the room has no login yet.
 */
export function writePushSettingsIntoRoomFile(
  head: Db,
  poolId: number,
  path: string,
  atUtc: string,
): boolean {
  const settings = roomPushSettingsForFile(head, poolId, atUtc);
  if (!settings) return false;
  const room = openDatabase(path);
  try {
    saveRoomPushSettings(room, settings);
    room.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    closeDatabase(room);
  }
  return true;
}

/** The room a room login may push for; refused when the login is not a room's (or its binding is gone). */
export function roomOfLogin(db: Db, principal: Principal): number {
  if (principal.role !== 'room' || !activePrincipal(db, principal.credentialId))
    throw new DomainError('lan.forbidden');
  const row = db
    .prepare('SELECT pool_id AS poolId FROM room_link WHERE credential_id = ?')
    .get(principal.credentialId) as { poolId: number } | undefined;
  if (!row) throw new DomainError('lan.forbidden');
  return row.poolId;
}
