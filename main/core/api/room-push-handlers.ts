/**
 * Rooms over the venue network (network role `room`, main/core/lan/roles/room):
 * the head issues a room's login; the room laptop keeps its push settings and
 * runs the pusher, which pushes after each change of its scores and retries
 * on a timer while the head is out of reach.
 */
import type { RoomPushStatusView } from '../../../common/contract/room-push';
import type { AppContext } from '../context/app-context';
import type { HandlerMap } from '../context/handler-types';
import { qrSvg } from '../lan/links';
import { saveRoomPushSettings } from '../lan/roles/room/settings';
import { issueRoomLink } from '../rooms/push/link';
import { ROOM_PUSH_RETRY_MS, RoomPusher } from '../rooms/push/pusher';
import { readRoomIdentity } from '../rooms/room-file';
import type { CoreServices } from './services';

type RoomPushCall = 'roomPush.issueLink' | 'roomPush.status' | 'roomPush.configure' | 'roomPush.pushNow';

export function roomPushHandlers(
  ctx: AppContext,
  services: CoreServices,
  pusher = new RoomPusher({
    db: () => (ctx.eventFile?.db.open ? ctx.eventFile.db : null),
    locale: () => ctx.uiLocale,
    // What the head acknowledged is kept in this laptop's settings, so a restart shows it at once.
    memory: {
      read: (fileUid) => ctx.settings.roomPushReceipt(fileUid),
      write: (fileUid, receipt) => ctx.settings.setRoomPushReceipt(fileUid, receipt),
    },
    // 'lan', not 'scores': a status change must not count as a change of the scores (that would push again).
    onStatus: () => ctx.changed(['lan']),
  }),
): HandlerMap<RoomPushCall> {
  // After each submitted sheet (any scores change on a room file), and when another file is opened.
  ctx.events.on((name, payload) => {
    if (name !== 'event.changed') return;
    const { scopes } = payload as { scopes: string[] };
    if (scopes.includes('file')) pusher.reset();
    if (scopes.includes('file') || scopes.includes('scores') || scopes.includes('results'))
      void pusher.changed();
  });
  // The retry timer; unref'd, so it never keeps the process alive.
  setInterval(() => void pusher.tick(), Math.min(ROOM_PUSH_RETRY_MS, 5_000)).unref();

  const status = (): RoomPushStatusView => {
    const db = ctx.eventFile?.db.open ? ctx.eventFile.db : null;
    return { isRoom: db !== null && readRoomIdentity(db) !== null, ...pusher.status() };
  };

  return {
    'roomPush.issueLink': async ({ poolId }) => {
      const db = ctx.requireEventFile().db;
      const lan = await services.lan.status();
      const headAddress = lan.url ? new URL(lan.url).origin : null;
      const issued = issueRoomLink(db, poolId, new Date().toISOString(), headAddress);
      const roomName = (
        db.prepare('SELECT name FROM pool WHERE id = ?').get(issued.poolId) as { name: string }
      ).name;
      ctx.changed(['lan']);
      return {
        poolId: issued.poolId,
        roomName,
        token: issued.token,
        headAddress,
        qrSvg: await qrSvg(`${headAddress ?? ''} ${issued.token}`.trim()),
      };
    },
    'roomPush.status': () => status(),
    'roomPush.configure': async ({ headAddress, token }) => {
      saveRoomPushSettings(ctx.requireEventFile().db, { headAddress, token });
      pusher.forget();
      await pusher.changed();
      return status();
    },
    'roomPush.pushNow': async () => {
      await pusher.idle();
      await pusher.changed();
      return status();
    },
  };
}
