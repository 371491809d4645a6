import { type CallScopes, reads, writes } from './refresh-scopes';

/** Refresh scopes of the room push calls in room-push.ts (zod-free). */
export const roomPushScopes = {
  'roomPush.issueLink': writes('lan'),
  'roomPush.status': reads('scores', 'setup', 'lan'),
  'roomPush.configure': writes('setup', 'lan'),
  'roomPush.pushNow': writes('lan'),
} as const satisfies Record<string, CallScopes>;
