/**
 * The server's two HTTP endpoints besides the static files:
 * - GET /api/session: is this bearer token (still) valid? A page whose
 *   WebSocket closed asks, to tell a refused login from a dropped Wi-Fi
 *   (browsers do not show the upgrade's status). Changes nothing.
 * - POST /api/pin-login: the card's code and PIN for a token (JSON body only,
 *   so no cross-site form can post it; Origin is checked before this).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  LAN_BALLOT_LOGIN_PATH,
  LAN_PIN_LOGIN_PATH,
  LAN_SESSION_PATH,
  LAN_WS_PATH,
} from '../../../common/contract/lan';
import { LAN_ROOM_PUSH_PATH } from '../../../common/contract/lan-roles/room';
import type { CallResult } from '../../../common/contract/result';
import type { Principal } from './credentials';
import { bearerToken } from './http-guard';
import type { PinLoginResult } from './pin-login';
import type { WindowCounter } from './rate-limit';
import type { BallotCodeResult } from './roles/ballot/code-login';

export interface ApiDeps {
  authenticate(token: string): Principal | null;
  /** `device`: the remote address; failures are counted per (login, device). */
  pinLogin(code: string, pin: string, device: string): Promise<PinLoginResult>;
  /** Attempts per remote address (a device walking through every juror's code). */
  pinAttempts: WindowCounter;
  maxBodyBytes: number;
  /** An audience ballot's typed short code (throttled in roles/ballot/code-login.ts). */
  ballotLogin(code: string, device: string): BallotCodeResult;
  /** A room laptop's push (merged by main/core/rooms/push/accept.ts): the merge's answer, ok or refused. */
  roomPush(principal: Principal, text: string): CallResult<unknown>;
  maxRoomPushBytes: number;
}

export async function handleApi(
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
  deps: ApiDeps,
  send: (status: number, body: string, type: string) => void,
): Promise<void> {
  const json = (status: number, value: unknown) => send(status, JSON.stringify(value), 'application/json');
  const method = req.method ?? 'GET';
  if (path === LAN_SESSION_PATH || path === LAN_WS_PATH) {
    if (method !== 'GET' && method !== 'HEAD') return json(405, { error: 'method' });
    const token = bearerToken(req.headers.authorization);
    const principal = token ? deps.authenticate(token) : null;
    if (!principal) {
      res.setHeader('WWW-Authenticate', 'Bearer');
      return json(401, { error: 'unauthorized' });
    }
    if (path === LAN_WS_PATH) return json(426, { error: 'upgrade required' });
    return json(200, { role: principal.role, jurorId: principal.jurorId, label: principal.label });
  }
  if (path === LAN_ROOM_PUSH_PATH) return handleRoomPush(req, res, deps, json);
  if (path !== LAN_PIN_LOGIN_PATH && path !== LAN_BALLOT_LOGIN_PATH) return json(404, { error: 'not found' });
  if (method !== 'POST') return json(405, { error: 'method' });
  if (!/^application\/json\b/i.test(req.headers['content-type'] ?? '')) return json(415, { error: 'type' });
  const declared = Number(req.headers['content-length'] ?? 0);
  const body = declared > deps.maxBodyBytes ? null : await readBody(req, deps.maxBodyBytes);
  if (body === null) {
    // Stop reading: answer, then close the connection (a client streaming 200 MB is not drained).
    res.setHeader('Connection', 'close');
    res.once('finish', () => req.socket.destroy());
    return json(413, { error: 'too large' });
  }
  if (path === LAN_BALLOT_LOGIN_PATH) {
    const code = parseBallotCode(body);
    if (code === null) return json(400, { error: 'malformed' });
    const result = deps.ballotLogin(code, req.socket.remoteAddress ?? '');
    if (result.ok) return json(200, { token: result.token, role: 'ballot' });
    if (result.reason === 'throttled') {
      const seconds = Math.ceil(result.retryAfterMs / 1000);
      res.setHeader('Retry-After', String(seconds));
      return json(429, { error: 'throttled', retryAfterSeconds: seconds });
    }
    return json(401, { error: 'wrong' });
  }
  const parsed = parsePinLogin(body);
  if (!parsed) return json(400, { error: 'malformed' });
  if (!deps.pinAttempts.hit(req.socket.remoteAddress ?? '')) return json(429, { error: 'throttled' });
  const result = await deps.pinLogin(parsed.code, parsed.pin, req.socket.remoteAddress ?? '');
  if (result.ok) return json(200, { token: result.token, role: result.principal.role });
  if (result.reason === 'throttled') {
    const seconds = Math.ceil(result.retryAfterMs / 1000);
    res.setHeader('Retry-After', String(seconds));
    return json(429, { error: 'throttled', retryAfterSeconds: seconds });
  }
  json(401, { error: 'wrong' });
}

/**
 * POST /api/room-push: a room login's bearer token and its room result as a
 * JSON body (size-capped before and while reading). Any other login gets 403
 * without its body being read. The merge's refusal is a 422 carrying the
 * translated reason, so the room laptop can show it.
 */
async function handleRoomPush(
  req: IncomingMessage,
  res: ServerResponse,
  deps: ApiDeps,
  json: (status: number, value: unknown) => void,
): Promise<void> {
  if ((req.method ?? 'GET') !== 'POST') return json(405, { error: 'method' });
  const token = bearerToken(req.headers.authorization);
  const principal = token ? deps.authenticate(token) : null;
  if (!principal) {
    res.setHeader('WWW-Authenticate', 'Bearer');
    return json(401, { error: 'unauthorized' });
  }
  if (principal.role !== 'room') return json(403, { error: 'forbidden' });
  if (!/^application\/json\b/i.test(req.headers['content-type'] ?? '')) return json(415, { error: 'type' });
  const declared = Number(req.headers['content-length'] ?? 0);
  const body = declared > deps.maxRoomPushBytes ? null : await readBody(req, deps.maxRoomPushBytes);
  if (body === null) {
    res.setHeader('Connection', 'close');
    res.once('finish', () => req.socket.destroy());
    return json(413, { error: 'too large' });
  }
  const result = deps.roomPush(principal, body);
  json(result.ok ? 200 : 422, result);
}

function readBody(req: IncomingMessage, max: number): Promise<string | null> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const finish = (value: string | null) => {
      if (done) return;
      done = true;
      resolve(value);
    };
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > max) {
        // No resume(): what is left of the body is never read (the socket is closed after the 413).
        req.pause();
        finish(null);
      } else if (!done) chunks.push(chunk);
    });
    req.on('end', () => finish(Buffer.concat(chunks).toString('utf8')));
    req.on('error', () => finish(null));
  });
}

function parsePinLogin(body: string): { code: string; pin: string } | null {
  try {
    const value = JSON.parse(body) as unknown;
    if (typeof value !== 'object' || value === null) return null;
    const { code, pin } = value as Record<string, unknown>;
    if (typeof code !== 'string' || typeof pin !== 'string' || code.length > 16 || pin.length > 16)
      return null;
    return { code, pin };
  } catch {
    return null;
  }
}

function parseBallotCode(body: string): string | null {
  try {
    const value = JSON.parse(body) as unknown;
    if (typeof value !== 'object' || value === null) return null;
    const { code } = value as Record<string, unknown>;
    return typeof code === 'string' && code.length <= 32 ? code : null;
  } catch {
    return null;
  }
}
