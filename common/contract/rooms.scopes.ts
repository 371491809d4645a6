import { type CallScopes, reads, writes } from './refresh-scopes';

/** Refresh scopes of the rooms calls in rooms.ts (zod-free). */
export const roomsScopes = {
  'rooms.get': reads('setup', 'scores', 'results'),
  'rooms.save': writes('setup'),
  'rooms.progress': reads('setup', 'scores', 'results'),
  'rooms.writeRoomFile': writes('setup'),
  'rooms.writeResult': writes(),
  'rooms.merge': writes('scores', 'results', 'setup'),
} as const satisfies Record<string, CallScopes>;
