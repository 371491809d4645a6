/**
 * One device's WebSocket, as the server keeps it: who it is, its rate
 * bucket, its heartbeat, and the `event.changed` pushes waiting to be merged
 * (a burst of thirty submissions is one re-read per phone, not thirty).
 */
import type { WebSocket } from 'ws';
import type { LanDevice, LanServerMessage } from '../../../common/contract/lan';
import type { Principal } from './credentials';
import type { TokenBucket } from './rate-limit';

export class LanConnection {
  /** Messages refused by the rate limit so far. */
  strikes = 0;
  closed = false;
  private alive = true;
  private pendingScopes: Set<string> | null = null;
  private pendingRevision = 0;
  private flushTimer: NodeJS.Timeout | undefined;

  constructor(
    readonly id: number,
    readonly ws: WebSocket,
    readonly principal: Principal,
    readonly remoteAddress: string,
    readonly connectedAtUtc: string,
    readonly bucket: TokenBucket,
  ) {
    ws.on('pong', () => {
      this.alive = true;
    });
  }

  device(): LanDevice {
    return {
      connectionId: this.id,
      role: this.principal.role,
      credentialId: this.principal.credentialId,
      jurorId: this.principal.jurorId,
      label: this.principal.label,
      remoteAddress: this.remoteAddress,
      connectedAtUtc: this.connectedAtUtc,
    };
  }

  send(message: LanServerMessage): void {
    if (this.closed || this.ws.readyState !== this.ws.OPEN) return;
    this.ws.send(JSON.stringify(message));
  }

  /** Merges `event.changed` pushes over `windowMs`; the chair's own 'lan' scope is not the devices' business. */
  queueChanged(payload: { revision: number; scopes: string[] }, windowMs: number): void {
    const scopes = payload.scopes.filter((s) => s !== 'lan');
    if (scopes.length === 0) return;
    this.pendingScopes ??= new Set();
    for (const s of scopes) this.pendingScopes.add(s);
    this.pendingRevision = Math.max(this.pendingRevision, payload.revision);
    if (this.flushTimer) return;
    this.flushTimer = setTimeout(() => {
      this.flushTimer = undefined;
      const pending = this.pendingScopes;
      this.pendingScopes = null;
      if (!pending) return;
      this.send({
        t: 'event',
        name: 'event.changed',
        payload: { revision: this.pendingRevision, scopes: [...pending] },
      });
    }, windowMs);
  }

  /** Stops serving now; the socket is cut if the device does not finish closing. */
  drop(code: number, reason: string): void {
    if (this.closed) return;
    this.closed = true;
    clearTimeout(this.flushTimer);
    this.ws.close(code, reason);
    setTimeout(() => this.ws.terminate(), 1000).unref();
  }

  /** The connection closed (by either side). */
  ended(): void {
    this.closed = true;
    clearTimeout(this.flushTimer);
  }

  /** A ping per beat; no pong since the last beat means the device is gone (Wi-Fi lost without a close). */
  beat(): void {
    if (!this.alive) {
      this.ws.terminate();
      return;
    }
    this.alive = false;
    this.ws.ping();
  }
}
