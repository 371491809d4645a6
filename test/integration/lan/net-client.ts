/**
 * A network page stand-in for tests and the load bench: a real WebSocket
 * client (the `ws` package) speaking the LAN protocol to a real server on
 * 127.0.0.1, with the token in `Sec-WebSocket-Protocol` as browsers send it.
 * Not a test file itself.
 */
import WebSocket from 'ws';
import type { CallResult } from '../../../common/contract';
import {
  LAN_PROTOCOL,
  LAN_TOKEN_PROTOCOL_PREFIX,
  LAN_WS_PATH,
  type LanHello,
  type LanServerMessage,
} from '../../../common/contract/lan';

export interface NetClientOptions {
  origin?: string | null;
  host?: string;
  /** The client's own clock (a viewer's clock may be minutes off the laptop's). */
  clock?: () => number;
}

export class NetClient {
  readonly events: { name: string; payload: unknown }[] = [];
  readonly refused: { id: number | null; code: string }[] = [];
  /** Waiting calls; `null` means the connection closed before their answer. */
  private readonly pending = new Map<number, (result: CallResult<unknown> | null) => void>();
  private readonly pongs = new Map<number, (sample: { c: number; s: number; t3: number }) => void>();
  private nextId = 1;
  private eventListeners = new Set<(name: string, payload: unknown) => void>();
  readonly closed: Promise<{ code: number; reason: string }>;

  private constructor(
    readonly ws: WebSocket,
    readonly hello: LanHello,
    private readonly clock: () => number,
  ) {
    this.closed = new Promise((resolve) =>
      ws.once('close', (code, reason) => {
        // No answer can come any more: the calls waiting for one learn it now rather than never.
        for (const settle of this.pending.values()) settle(null);
        this.pending.clear();
        resolve({ code, reason: String(reason) });
      }),
    );
    ws.on('message', (data) => this.onMessage(String(data)));
  }

  /** Connects and waits for the server's hello; rejects with the HTTP status when the upgrade is refused. */
  static connect(baseUrl: string, token: string | null, options: NetClientOptions = {}): Promise<NetClient> {
    const url = new URL(LAN_WS_PATH, baseUrl).href.replace(/^http/, 'ws');
    const origin = options.origin === undefined ? new URL(baseUrl).origin : options.origin;
    const protocols = token ? [LAN_PROTOCOL, `${LAN_TOKEN_PROTOCOL_PREFIX}${token}`] : [LAN_PROTOCOL];
    const headers: Record<string, string> = {};
    if (options.host) headers.Host = options.host;
    const ws = new WebSocket(url, protocols, {
      ...(origin !== null ? { origin } : {}),
      headers,
      perMessageDeflate: false,
    });
    return new Promise((resolve, reject) => {
      ws.once('unexpected-response', (_req, res) => {
        reject(new UpgradeRefused(res.statusCode ?? 0));
        ws.terminate();
      });
      ws.once('error', (error) => reject(error));
      ws.once('message', (data) => {
        const hello = JSON.parse(String(data)) as LanServerMessage;
        if (hello.t !== 'hello') return reject(new Error(`expected hello, got ${hello.t}`));
        resolve(new NetClient(ws, hello, options.clock ?? Date.now));
      });
    });
  }

  get open(): boolean {
    return this.ws.readyState === WebSocket.OPEN;
  }

  /** Sends a call and waits for its result (forever if the connection closes first: see `callOrClosed`). */
  call(name: string, input: unknown, key?: string): Promise<CallResult<unknown>> {
    const id = this.send(name, input, key);
    return new Promise((resolve) =>
      this.pending.set(id, (result) => {
        if (result) resolve(result);
      }),
    );
  }

  /**
   * Sends a call and waits for its result, or for the connection to close
   * (`null`: the answer, if any, was lost with it), as a phone learns its
   * Wi-Fi dropped: no timer decides that the answer will not come.
   */
  callOrClosed(name: string, input: unknown, key?: string): Promise<CallResult<unknown> | null> {
    if (!this.open) return Promise.resolve(null);
    const id = this.send(name, input, key);
    return new Promise((resolve) => this.pending.set(id, resolve));
  }

  /** Sends a call without waiting (the load test cuts the connection right after). */
  send(name: string, input: unknown, key?: string): number {
    const id = this.nextId++;
    this.ws.send(JSON.stringify({ t: 'call', id, name, input, ...(key ? { key } : {}) }));
    return id;
  }

  sendRaw(data: string | Buffer): void {
    this.ws.send(data);
  }

  /** One NTP-style sample: t0 (sent), s (laptop's clock), t3 (received), all in ms. */
  ping(): Promise<{ t0: number; s: number; t3: number }> {
    const id = this.nextId++;
    const t0 = this.clock();
    this.ws.send(JSON.stringify({ t: 'ping', id, c: t0 }));
    return new Promise((resolve) => this.pongs.set(id, ({ s, t3 }) => resolve({ t0, s, t3 })));
  }

  onEvent(listener: (name: string, payload: unknown) => void): () => void {
    this.eventListeners.add(listener);
    return () => this.eventListeners.delete(listener);
  }

  close(): Promise<{ code: number; reason: string }> {
    this.ws.close();
    return this.closed;
  }

  /** Cuts the connection without a closing handshake, like Wi-Fi dropping. */
  drop(): void {
    this.ws.terminate();
  }

  private onMessage(text: string): void {
    const message = JSON.parse(text) as LanServerMessage;
    switch (message.t) {
      case 'result':
        this.pending.get(message.id)?.(message.result);
        this.pending.delete(message.id);
        break;
      case 'pong':
        this.pongs.get(message.id)?.({ c: message.c, s: message.s, t3: this.clock() });
        this.pongs.delete(message.id);
        break;
      case 'event':
        this.events.push({ name: message.name, payload: message.payload });
        for (const listener of this.eventListeners) listener(message.name, message.payload);
        break;
      case 'refused':
        this.refused.push({ id: message.id, code: message.code });
        break;
      default:
        break;
    }
  }
}

export class UpgradeRefused extends Error {
  constructor(readonly status: number) {
    super(`upgrade refused with HTTP ${status}`);
    this.name = 'UpgradeRefused';
  }
}

/** The HTTP status of a refused upgrade (or 101 when it was accepted). */
export async function upgradeStatus(
  baseUrl: string,
  token: string | null,
  options: NetClientOptions = {},
): Promise<number> {
  try {
    const client = await NetClient.connect(baseUrl, token, options);
    await client.close();
    return 101;
  } catch (error) {
    if (error instanceof UpgradeRefused) return error.status;
    throw error;
  }
}
