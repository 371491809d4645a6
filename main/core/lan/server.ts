/**
 * The local server: plain node:http + ws, no Electron, so it runs and is
 * tested on loopback like any Node code. It knows nothing of the app: what
 * a token means, what a call does and whether a login is still valid are the
 * hooks' business (service.ts). It enforces the transport rules:
 *
 * - Host and Origin on every request and upgrade (http-guard.ts);
 * - the upgrade is authenticated (token in `Sec-WebSocket-Protocol`, never in
 *   the URL, so it is in no log or history), unknown tokens get 401;
 * - frames over 64 KB close the socket (1009), binary or malformed frames
 *   close it too; each connection has a token bucket;
 * - GET never changes anything: the only state-changing HTTP request is the
 *   PIN login, a POST with a JSON body and our own Origin;
 * - CSP, nosniff, no-store on every answer.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { type RawData, type WebSocket, WebSocketServer } from 'ws';
import type { CallResult } from '../../../common/contract';
import {
  isWriteCall,
  LAN_CLOSE,
  LAN_MAX_MESSAGE_BYTES,
  LAN_PROTOCOL,
  LAN_ROLE_SPECS,
  LAN_TOKEN_PROTOCOL_PREFIX,
  LAN_WS_PATH,
  type LanDevice,
  type LanHello,
  lanClientMessage,
  roleFollowsChange,
  roleReceives,
} from '../../../common/contract/lan';
import { LAN_ROOM_PUSH_MAX_BYTES } from '../../../common/contract/lan-roles/room';
import { LanConnection } from './connection';
import type { Principal } from './credentials';
import { handleApi } from './http-api';
import {
  type BoundAddress,
  isAllowedHost,
  isAllowedOrigin,
  originOf,
  securityHeaders,
  tokenFromProtocols,
} from './http-guard';
import type { PinLoginResult } from './pin-login';
import { TokenBucket, WindowCounter } from './rate-limit';
import type { BallotCodeResult } from './roles/ballot/code-login';
import { StaticFiles, widenConnectSrc } from './static-files';

export interface LanServerHooks {
  /** The active login of a token, or null. */
  authenticate(token: string): Principal | null;
  /** Still valid right now (not revoked, juror not deleted, same event)? */
  isActive(principal: Principal): boolean;
  invoke(
    principal: Principal,
    name: string,
    input: unknown,
    key: string | null,
  ): Promise<CallResult<unknown>>;
  /** `device`: the remote address; wrong PINs are counted per (login, device). */
  pinLogin(code: string, pin: string, device: string): Promise<PinLoginResult>;
  /** An audience ballot's short code typed by hand (roles/ballot/code-login.ts). */
  ballotLogin(code: string, device: string): BallotCodeResult;
  hello(principal: Principal): LanHello;
  /** A device connected or left (the chair's list of devices). */
  onConnectionsChanged(): void;
  /** A room laptop pushed its room result (HTTP, roles/room/). */
  roomPush(principal: Principal, text: string): CallResult<unknown>;
}

export interface LanLimits {
  maxPayload: number;
  /** Token bucket per connection. */
  burst: number;
  perSecond: number;
  /** Refused messages a connection may send before it is closed. */
  maxStrikes: number;
  maxConnections: number;
  maxConnectionsPerLogin: number;
  /** `event.changed` pushes to one connection are merged over this window. */
  eventCoalesceMs: number;
  heartbeatMs: number;
  pinAttemptsPerAddressPerMinute: number;
  maxBodyBytes: number;
  /** Largest room result a room laptop may push (HTTP body). */
  maxRoomPushBytes: number;
  /** Connection slots only personal logins (jurors) may take: link logins (screens) cannot fill the server. */
  jurorReservedConnections: number;
  /** Writes (draft, submit, reopen) per juror login, over all its devices: a burst, then per minute. */
  writeBurst: number;
  writesPerMinute: number;
  /** Votes per audience ballot: a burst, then per minute (a person changes their mind a few times, not 60). */
  ballotWriteBurst: number;
  ballotWritesPerMinute: number;
  /** A refusal longer than this is cut down to its code and message (a 50 KB bad input gets no 130 KB answer). */
  maxErrorReplyBytes: number;
  /** HTTP: the request's headers, the whole request, and a silent keep-alive or half-sent socket. */
  headersTimeoutMs: number;
  requestTimeoutMs: number;
  idleSocketMs: number;
}

export const DEFAULT_LIMITS: LanLimits = {
  maxPayload: LAN_MAX_MESSAGE_BYTES,
  burst: 40,
  perSecond: 20,
  maxStrikes: 200,
  // An audience of a few hundred phones (ballots) besides the jury; jurors keep their reserved slots.
  maxConnections: 512,
  maxConnectionsPerLogin: 8,
  eventCoalesceMs: 150,
  heartbeatMs: 15_000,
  pinAttemptsPerAddressPerMinute: 30,
  maxBodyBytes: 1024,
  maxRoomPushBytes: LAN_ROOM_PUSH_MAX_BYTES,
  jurorReservedConnections: 64,
  // A phone autosaves a draft after a pause in typing: a few writes a minute; a loop gets one a second.
  writeBurst: 20,
  writesPerMinute: 60,
  ballotWriteBurst: 5,
  ballotWritesPerMinute: 6,
  maxErrorReplyBytes: 4096,
  headersTimeoutMs: 5_000,
  requestTimeoutMs: 10_000,
  idleSocketMs: 10_000,
};

export interface LanServerOptions {
  address: string;
  /** 0 = any free port. */
  port: number;
  rendererDir: string;
  hooks: LanServerHooks;
  limits?: Partial<LanLimits>;
  clock?: () => number;
}

/** Why a socket failed to bind, as the chair should read it. */
export class LanListenError extends Error {
  constructor(readonly code: string) {
    super(code);
    this.name = 'LanListenError';
  }
}

export class LanServer {
  private readonly connections = new Set<LanConnection>();
  private readonly limits: LanLimits;
  private readonly clock: () => number;
  private readonly wss: WebSocketServer;
  private readonly files: StaticFiles;
  private readonly pinAttempts: WindowCounter;
  /** Per juror login (all its devices together): its write budget. */
  private readonly writeBudgets = new Map<number, TokenBucket>();
  /** Comment-only drafts over the budget, one per (login, team): the latest waits for the next write token. */
  private readonly parked = new Map<string, ParkedDraft>();
  private heartbeat: NodeJS.Timeout | undefined;
  private nextId = 1;
  private stopped = false;

  private constructor(
    private readonly http: Server,
    readonly bound: BoundAddress,
    private readonly options: LanServerOptions,
  ) {
    this.limits = { ...DEFAULT_LIMITS, ...options.limits };
    this.clock = options.clock ?? Date.now;
    this.files = new StaticFiles(options.rendererDir, (html) =>
      widenConnectSrc(html, `ws://${originOf(bound).slice('http://'.length)}`),
    );
    this.pinAttempts = new WindowCounter(this.limits.pinAttemptsPerAddressPerMinute, 60_000, this.clock);
    this.wss = new WebSocketServer({
      noServer: true,
      maxPayload: this.limits.maxPayload,
      perMessageDeflate: false,
      clientTracking: false,
      handleProtocols: (protocols) => (protocols.has(LAN_PROTOCOL) ? LAN_PROTOCOL : false),
    });
    http.on('request', (req, res) => this.onRequest(req, res));
    http.on('upgrade', (req, socket, head) => this.onUpgrade(req, socket, head));
    this.heartbeat = setInterval(() => this.beat(), this.limits.heartbeatMs);
    this.heartbeat.unref();
  }

  static async start(options: LanServerOptions): Promise<LanServer> {
    const limits = { ...DEFAULT_LIMITS, ...options.limits };
    const http = createServer({
      requestTimeout: limits.requestTimeoutMs,
      headersTimeout: limits.headersTimeoutMs,
      maxHeaderSize: 16 * 1024,
      // Node checks the two timeouts above on this period; small test limits need a small period.
      connectionsCheckingInterval: Math.min(30_000, Math.max(50, limits.headersTimeoutMs / 2)),
    });
    http.keepAliveTimeout = Math.min(5_000, limits.idleSocketMs);
    // A socket silent this long (a half-sent request, an idle keep-alive) is closed; upgraded sockets leave
    // this timer (ws clears it) and are watched by the ping heartbeat instead.
    http.timeout = limits.idleSocketMs;
    await new Promise<void>((resolve, reject) => {
      const failed = (error: NodeJS.ErrnoException) => reject(new LanListenError(error.code ?? 'UNKNOWN'));
      http.once('error', failed);
      http.listen({ host: options.address, port: options.port, exclusive: true }, () => {
        http.off('error', failed);
        resolve();
      });
    });
    const address = http.address();
    if (address === null || typeof address === 'string') throw new LanListenError('UNKNOWN');
    return new LanServer(http, { address: options.address, port: address.port }, options);
  }

  get url(): string {
    return `${originOf(this.bound)}/`;
  }

  devices(): LanDevice[] {
    return [...this.connections].filter((c) => !c.closed).map((c) => c.device());
  }

  /**
   * Forwards an app event to the connections whose role may see it. A change
   * of scores made by one login's own call (`byLogin`) only concerns that
   * login's devices: a juror's form shows that juror's sheets alone, and
   * screens do not show scores; a role that follows every score change
   * (an observer's progress) is told too.
   */
  broadcast(name: string, payload: unknown, byLogin: number | null = null): void {
    const change = name === 'event.changed' ? (payload as { revision: number; scopes: string[] }) : null;
    const ownOnly = byLogin && change?.scopes.every((s) => s === 'scores');
    for (const conn of this.connections) {
      if (conn.closed || !roleReceives(conn.principal.role, name)) continue;
      // A role may follow only some scopes: a ballot's page re-reads on a change of the vote itself, not on each vote cast.
      if (change && !roleFollowsChange(conn.principal.role, change.scopes)) continue;
      if (
        ownOnly &&
        conn.principal.credentialId !== byLogin &&
        !LAN_ROLE_SPECS[conn.principal.role].followsAllScores
      )
        continue;
      if (change) conn.queueChanged(change, this.limits.eventCoalesceMs);
      else conn.send({ t: 'event', name, payload });
    }
  }

  /** Closes every connection of a login at once (revoked, replaced). */
  closeLogin(credentialId: number): void {
    for (const conn of this.connections) {
      if (conn.principal.credentialId === credentialId) conn.drop(LAN_CLOSE.revoked, 'revoked');
    }
  }

  /** Closes the connections whose login is no longer valid (a juror deleted, say). */
  revalidate(): void {
    for (const conn of this.connections) {
      if (!this.options.hooks.isActive(conn.principal)) conn.drop(LAN_CLOSE.revoked, 'revoked');
    }
  }

  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    clearInterval(this.heartbeat);
    for (const conn of this.connections) conn.drop(LAN_CLOSE.stopped, 'stopped');
    this.wss.close();
    await new Promise<void>((resolve) => {
      this.http.close(() => resolve());
      this.http.closeAllConnections();
    });
  }

  // --- HTTP ---------------------------------------------------------------

  private onRequest(req: IncomingMessage, res: ServerResponse) {
    const send = (status: number, body: string | Buffer = '', type = 'text/plain; charset=utf-8') => {
      res.writeHead(status, { ...securityHeaders(this.bound), 'Content-Type': type });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    if (!isAllowedHost(req.headers.host, this.bound)) return send(403, 'Forbidden host');
    const method = req.method ?? 'GET';
    // Browsers send Origin on every POST; its absence means a non-browser or a stripped request.
    if (!isAllowedOrigin(req.headers.origin, this.bound, method !== 'GET' && method !== 'HEAD')) {
      return send(403, 'Forbidden origin');
    }
    const path = pathOf(req.url);
    if (path.startsWith('/api/')) {
      const { hooks } = this.options;
      const deps = {
        authenticate: (token: string) => hooks.authenticate(token),
        pinLogin: (code: string, pin: string, device: string) => hooks.pinLogin(code, pin, device),
        ballotLogin: (code: string, device: string) => hooks.ballotLogin(code, device),
        pinAttempts: this.pinAttempts,
        maxBodyBytes: this.limits.maxBodyBytes,
        roomPush: (principal: Principal, text: string) => hooks.roomPush(principal, text),
        maxRoomPushBytes: this.limits.maxRoomPushBytes,
      };
      void handleApi(req, res, path, deps, send);
      return;
    }
    if (method !== 'GET' && method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD');
      return send(405, 'Method not allowed');
    }
    const file = this.files.read(path);
    if (!file) return send(404, 'Not found');
    send(200, file.body, file.type);
  }

  // --- WebSocket ------------------------------------------------------------

  private onUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer) {
    const refuse = (status: number, reason: string) => {
      socket.end(`HTTP/1.1 ${status} ${reason}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
      socket.destroy();
    };
    if (this.stopped) return refuse(503, 'Service Unavailable');
    if (pathOf(req.url) !== LAN_WS_PATH) return refuse(404, 'Not Found');
    if (!isAllowedHost(req.headers.host, this.bound)) return refuse(403, 'Forbidden');
    if (!isAllowedOrigin(req.headers.origin, this.bound, true)) return refuse(403, 'Forbidden');
    const protocols = req.headers['sec-websocket-protocol'];
    const token = tokenFromProtocols(protocols, LAN_TOKEN_PROTOCOL_PREFIX);
    const principal = token ? this.options.hooks.authenticate(token) : null;
    if (!principal) return refuse(401, 'Unauthorized');
    if (!protocols?.split(',').some((p) => p.trim() === LAN_PROTOCOL)) return refuse(400, 'Bad Request');
    const open = [...this.connections].filter((c) => !c.closed);
    const ofLogin = open.filter((c) => c.principal.credentialId === principal.credentialId).length;
    // Logins other than jurors' (viewer screens, observers, audience ballots) get the slots jurors do not need: 500 screens
    // cannot keep a juror's phone out.
    const shared = (p: Principal) => LAN_ROLE_SPECS[p.role].credential !== 'personal';
    const sharing = open.filter((c) => shared(c.principal)).length;
    const sharedCap = this.limits.maxConnections - this.limits.jurorReservedConnections;
    if (
      open.length >= this.limits.maxConnections ||
      ofLogin >= this.limits.maxConnectionsPerLogin ||
      (shared(principal) && sharing >= sharedCap)
    ) {
      return refuse(503, 'Service Unavailable');
    }
    this.wss.handleUpgrade(req, socket, head, (ws) => this.accept(ws, principal, req));
  }

  private accept(ws: WebSocket, principal: Principal, req: IncomingMessage): void {
    const conn = new LanConnection(
      this.nextId++,
      ws,
      principal,
      req.socket.remoteAddress ?? '',
      new Date(this.clock()).toISOString(),
      new TokenBucket(this.limits.burst, this.limits.perSecond, this.clock),
    );
    this.connections.add(conn);
    ws.on('message', (data, isBinary) => this.onMessage(conn, data, isBinary));
    // An oversized frame is reported here, then ws closes the socket with 1009.
    ws.on('error', () => undefined);
    ws.on('close', () => {
      conn.ended();
      this.connections.delete(conn);
      this.options.hooks.onConnectionsChanged();
    });
    conn.send(this.options.hooks.hello(principal));
    this.options.hooks.onConnectionsChanged();
  }

  private onMessage(conn: LanConnection, data: RawData, isBinary: boolean) {
    if (conn.closed) return;
    if (!conn.bucket.take()) {
      conn.strikes += 1;
      if (conn.strikes > this.limits.maxStrikes) conn.drop(LAN_CLOSE.rateLimited, 'rate limited');
      else conn.send({ t: 'refused', id: messageIdOf(data), code: 'lan.rateLimited' });
      return;
    }
    if (isBinary) return conn.drop(LAN_CLOSE.protocol, 'text frames only');
    let message: ReturnType<typeof lanClientMessage.safeParse>;
    try {
      message = lanClientMessage.safeParse(JSON.parse(rawText(data)));
    } catch {
      return conn.drop(LAN_CLOSE.protocol, 'malformed');
    }
    if (!message.success) return conn.drop(LAN_CLOSE.protocol, 'malformed');
    const msg = message.data;
    if (msg.t === 'ping') {
      conn.send({ t: 'pong', id: msg.id, c: msg.c, s: this.clock() });
      return;
    }
    // Revocation closes sockets at once; this covers a call already on its way.
    if (!this.options.hooks.isActive(conn.principal)) return conn.drop(LAN_CLOSE.revoked, 'revoked');
    this.flushParked(conn.principal.credentialId);
    if (isWriteCall(conn.principal.role, msg.name) && !this.writeBudget(conn.principal).take()) {
      const teamId = commentOnlyDraftTeam(msg.name, msg.input);
      if (teamId !== null) {
        // A comment typed on and on: merged into one write of its latest text when the budget allows.
        const key = `${conn.principal.credentialId}:${teamId}`;
        const waiters = this.parked.get(key)?.waiters ?? [];
        waiters.push({ conn, id: msg.id });
        this.parked.set(key, { principal: conn.principal, call: msg, waiters });
        return;
      }
      // Over the login's write budget: refused before any work; the page resends its latest draft later.
      conn.send({ t: 'refused', id: msg.id, code: 'lan.rateLimited' });
      return;
    }
    this.run(conn.principal, msg, [{ conn, id: msg.id }]);
  }

  private run(
    principal: Principal,
    call: { name: string; input?: unknown; key?: string | undefined },
    waiters: readonly { conn: LanConnection; id: number }[],
  ): void {
    void this.options.hooks.invoke(principal, call.name, call.input, call.key ?? null).then((result) => {
      const capped = capErrorReply(result, this.limits.maxErrorReplyBytes);
      for (const { conn, id } of waiters) conn.send({ t: 'result', id, result: capped });
    });
  }

  /** Writes the parked comment drafts of a login (or of every login) for which the budget has a token. */
  private flushParked(credentialId: number | null): void {
    for (const [key, draft] of this.parked) {
      if (credentialId !== null && draft.principal.credentialId !== credentialId) continue;
      if (!this.options.hooks.isActive(draft.principal)) {
        this.parked.delete(key);
        continue;
      }
      if (!this.writeBudget(draft.principal).take()) continue;
      this.parked.delete(key);
      this.run(draft.principal, draft.call, draft.waiters);
    }
  }

  private writeBudget(principal: Principal): TokenBucket {
    const { credentialId } = principal;
    let bucket = this.writeBudgets.get(credentialId);
    if (!bucket) {
      const ballot = LAN_ROLE_SPECS[principal.role].writeBudget === 'ballot';
      bucket = new TokenBucket(
        ballot ? this.limits.ballotWriteBurst : this.limits.writeBurst,
        (ballot ? this.limits.ballotWritesPerMinute : this.limits.writesPerMinute) / 60,
        this.clock,
      );
      this.writeBudgets.set(credentialId, bucket);
    }
    return bucket;
  }

  private beat(): void {
    this.flushParked(null);
    for (const conn of this.connections) conn.beat();
  }
}

interface ParkedDraft {
  principal: Principal;
  call: { name: string; input?: unknown; key?: string | undefined };
  /** Every message merged into this write: each gets the answer of the one write made. */
  waiters: { conn: LanConnection; id: number }[];
}

/**
 * The team of a draft that only sets the comment (no score): the latest such
 * draft says everything the earlier ones did, so they can be merged. Null for
 * any other call (scores are per criterion: merging them would need a union).
 */
function commentOnlyDraftTeam(name: string, input: unknown): number | null {
  if (name !== 'scoring.saveDraft' || typeof input !== 'object' || input === null) return null;
  const { teamId, scores, comment } = input as Record<string, unknown>;
  const commentOnly = Array.isArray(scores) && scores.length === 0 && comment !== undefined;
  return commentOnly && typeof teamId === 'number' ? teamId : null;
}

/**
 * A refusal whose JSON is over `maxBytes` (a validation error listing a huge
 * input's every issue) keeps its code and the start of its message only.
 */
export function capErrorReply(result: CallResult<unknown>, maxBytes: number): CallResult<unknown> {
  if (result.ok || JSON.stringify(result).length <= maxBytes) return result;
  const { code, message } = result.error;
  return { ok: false, error: { code, message: message.slice(0, Math.floor(maxBytes / 4)), params: {} } };
}

function pathOf(url: string | undefined): string {
  try {
    return new URL(url ?? '/', 'http://local').pathname;
  } catch {
    return '/';
  }
}

function rawText(data: RawData): string {
  if (Array.isArray(data)) return Buffer.concat(data).toString('utf8');
  return Buffer.from(data as ArrayBuffer).toString('utf8');
}

/** The id of a refused message, when it is readable cheaply (so the page can retry that call). */
function messageIdOf(data: RawData): number | null {
  const match = /"id"\s*:\s*(\d{1,10})/.exec(rawText(data).slice(0, 200));
  return match ? Number(match[1]) : null;
}
