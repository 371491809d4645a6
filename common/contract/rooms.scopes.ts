import { type CallScopes, reads, writes } from './refresh-scopes';

/** Refresh scopes of the rooms calls in rooms.ts (zod-free). */
export const roomsScopes = {
  'rooms.get': reads('setup', 'scores', 'results'),
  'rooms.save': writes('setup'),
  'rooms.progress': reads('setup', 'scores', 'results'),
  'rooms.writeRoomFile': writes('setup'),
  'rooms.writeResult': writes(),
  'rooms.merge': writes('scores', 'results', 'setup'),
  'rooms.final': reads('setup', 'scores', 'results'),
  'rooms.decideFinal': writes('setup', 'results'),
  'rooms.setFinalJury': writes('setup', 'results'),
} as const satisfies Record<string, CallScopes>;
