import { z } from 'zod';
import { empty, id } from './schemas';

/**
 * Rooms over the venue network (issue 15, network role `room`).
 * Head laptop: issue a room's login (shown once; also written into the
 * room's file when that file is written afterwards). Room laptop: the push
 * settings (head address and room code) and the push status its Rooms page
 * shows. The push itself is the room login's HTTP POST, not a window call.
 */

const issuedRoomLink = z
  .object({
    poolId: id,
    roomName: z.string(),
    /** The room code (128-bit token), shown once. */
    token: z.string(),
    /** The head's address the room laptop pushes to (the local server's), null while it is off. */
    headAddress: z.string().nullable(),
    /** A QR code of "address token", for a room laptop with a camera. */
    qrSvg: z.string(),
  })
  .strict();

const pushStatus = z
  .object({
    /** This file is a room file (else the panel is not shown). */
    isRoom: z.boolean(),
    configured: z.boolean(),
    headAddress: z.string().nullable(),
    lastPushedAtUtc: z.string().nullable(),
    /** What the head acknowledged with it (kept across restarts): score entries, and whether the room was locked. */
    pushedEvents: z.number().int().nullable(),
    pushedLocked: z.boolean().nullable(),
    lastFailedAtUtc: z.string().nullable(),
    /** Why the last push failed: a sentence saying what to check, translated. */
    lastError: z.string().nullable(),
    /** The raw cause (ECONNREFUSED, HTTP 401), shown small under it. */
    lastErrorDetail: z.string().nullable(),
    pending: z.boolean(),
    retrySeconds: z.number().int(),
  })
  .strict();

export const roomPushCalls = {
  'roomPush.issueLink': { input: z.object({ poolId: id }).strict(), output: issuedRoomLink },
  'roomPush.status': { input: empty, output: pushStatus },
  'roomPush.configure': {
    input: z.object({ headAddress: z.string().max(200), token: z.string().max(64) }).strict(),
    output: pushStatus,
  },
  /** Push now (the panel's "send now"); answers once the attempt is over. */
  'roomPush.pushNow': { input: empty, output: pushStatus },
} as const;

export type IssuedRoomLinkView = z.infer<typeof issuedRoomLink>;
export type RoomPushStatusView = z.infer<typeof pushStatus>;
