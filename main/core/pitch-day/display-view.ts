/** Everything the projector needs besides the clock, in one read. */
import type { DisplayView } from '../../../common/contract/session';
import { nextTeamToCall } from '../../../common/order';
import type { Db } from '../db/open';
import { readEventInfo } from '../event/event-info';
import { listTeams } from '../event/teams';
import { readDisplaySettings } from './display-store';
import { readOrder } from './order-store';
import { eventNameBesideRoom, readRoomBadge } from './room-badge';

export function readDisplayView(db: Db): DisplayView {
  return db.transaction(() => {
    const event = readEventInfo(db);
    const teams = new Map(listTeams(db).map((t) => [t.id, t]));
    const order = readOrder(db);
    const room = readRoomBadge(db);
    return {
      settings: readDisplaySettings(db),
      locale: event.locale,
      eventName: room ? eventNameBesideRoom(event.name, room.roomName) : event.name,
      roomName: room?.roomName ?? null,
      logo: event.logo,
      teams: order.flatMap((entry) => {
        const team = teams.get(entry.teamId);
        return team ? [{ id: team.id, name: team.name, projectTitle: team.projectTitle }] : [];
      }),
      nextTeamId: nextTeamToCall(order),
      sessionOver:
        order.some((e) => e.status === 'done') &&
        !order.some((e) => e.status === 'waiting' || e.status === 'on_stage'),
    };
  })();
}
