/**
 * The room laptop's push settings, kept in its room file
 * (room_push_settings): the head laptop's address and the room login's token.
 * The head writes them into the room file when the room has a login, so the
 * room laptop needs no typing; the chair can also type them in.
 */
import { LAN_TOKEN_PATTERN } from '../../../../../common/contract/lan';
import type { Db } from '../../../db/open';
import { DomainError } from '../../../errors';

export interface RoomPushSettings {
  /** `http://host:port` of the head laptop's local server. */
  headAddress: string;
  token: string;
}

/** The address as `http://host:port` (no path), or a refusal naming what was typed. */
export function normalizeHeadAddress(typed: string): string {
  const text = typed.trim();
  let url: URL;
  try {
    url = new URL(/^https?:\/\//i.test(text) ? text : `http://${text}`);
  } catch {
    throw new DomainError('roomPush.badAddress', { address: text });
  }
  if (url.protocol !== 'http:' || !url.hostname || url.username || url.password)
    throw new DomainError('roomPush.badAddress', { address: text });
  return url.origin;
}

export function readRoomPushSettings(db: Db): RoomPushSettings | null {
  const row = db
    .prepare('SELECT head_address AS headAddress, token FROM room_push_settings WHERE id = 1')
    .get() as RoomPushSettings | undefined;
  return row ?? null;
}

export function saveRoomPushSettings(db: Db, settings: RoomPushSettings): RoomPushSettings {
  const headAddress = normalizeHeadAddress(settings.headAddress);
  const token = settings.token.trim();
  if (!LAN_TOKEN_PATTERN.test(token)) throw new DomainError('roomPush.badToken');
  db.prepare(
    `INSERT INTO room_push_settings (id, head_address, token) VALUES (1, ?, ?)
       ON CONFLICT (id) DO UPDATE SET head_address = excluded.head_address, token = excluded.token`,
  ).run(headAddress, token);
  return { headAddress, token };
}
