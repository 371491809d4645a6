/**
 * `window.pitchJury` for pages opened over the venue's network (a juror's
 * phone, a viewer screen): the same bridge as the preload's, `invoke` and
 * `on`, but over a WebSocket to the laptop's local server instead of IPC.
 *
 * - The token travels in `Sec-WebSocket-Protocol` (never in a URL).
 * - Calls wait while the connection is down and go out when it is back; the
 *   juror's writes also wait in local storage (outbox.ts) with an idempotency
 *   key, so a reload or a closed browser loses nothing and a resend after a
 *   Wi-Fi drop is recorded once.
 * - The laptop's clock: a burst of pings on every connection, then one every
 *   few seconds, keeping the shortest round trip (clock-sync.ts). The `now`
 *   of `timer.get` answers and `timer.changed` pushes is rewritten to the
 *   laptop's clock *at delivery*, which is what it means over IPC, so the
 *   display's timer feed shows the same second as the projector.
 * - Calls outside the role's capabilities are refused here already (the
 *   server refuses them anyway).
 */
import type { CallError, CallResult, PitchJuryBridge } from '../../../common/contract';
import {
  isIdempotentCall,
  LAN_CLOSE,
  LAN_PROTOCOL,
  LAN_ROLES,
  LAN_TOKEN_PROTOCOL_PREFIX,
  type LanHello,
  type LanServerMessage,
  roleMayCall,
} from '../../../common/contract/lan-protocol';
import type { RefreshScope } from '../../../common/contract/refresh-scopes';
import type { JurorForm } from '../../../common/contract/scoring';
import type { Locale } from '../../../common/domain';
import { isMessageKey, translate } from '../../../common/i18n';
import { ClockSync } from './clock-sync';
import { withPendingWrites } from './offline-form';
import { Outbox, type StorageLike } from './outbox';

export type NetPhase = 'idle' | 'connecting' | 'online' | 'offline' | 'unauthorized' | 'revoked';

export interface NetState {
  phase: NetPhase;
  /** The last hello (kept while offline: the page keeps showing what it showed). */
  hello: LanHello | null;
  /** Writes not yet acknowledged by the laptop. */
  pending: number;
  /** The laptop turned the network off (rather than the Wi-Fi dropping). */
  stopped: boolean;
  /** Teams whose sheet has a write not yet acknowledged (juror phones). */
  pendingTeamIds: readonly number[];
  /** When the laptop was last heard from (this device's clock); null before the first contact. */
  lastHeardAt: number | null;
  /**
   * A change kept from a previous page load that the laptop refused (results locked meanwhile, a score
   * changed on the juror's other device…): no form waits for its answer, so the page says it here.
   */
  refusedReplay: string | null;
}

export interface SocketHandlers {
  open(): void;
  message(data: string): void;
  close(code: number): void;
}

export interface SocketHandle {
  send(data: string): void;
  close(code?: number): void;
}

export interface NetDeps {
  /** ws://host:port/api/ws */
  wsUrl: string;
  openSocket(url: string, protocols: string[], handlers: SocketHandlers): SocketHandle;
  /** Asks the server whether the token is (still) valid: tells a refused login from a dropped Wi-Fi. */
  checkSession(token: string): Promise<'valid' | 'invalid' | 'unreachable'>;
  storage: StorageLike | null;
  now(): number;
  newKey(): string;
  /** Language of local messages before the laptop said which (the browser's). */
  fallbackLocale: Locale;
}

interface Pending {
  name: string;
  input: unknown;
  key: string | null;
  signature: string;
  promise: Promise<CallResult<unknown>>;
  /** Null for writes replayed from a previous page load: nobody waits for them. */
  resolve: ((result: CallResult<unknown>) => void) | null;
}

export const SYNC_PINGS = 5;
const SYNC_SPACING_MS = 40;
/** A ping every second while online: the laptop answers at once, so silence means it is gone. */
export const HEARTBEAT_MS = 1_000;
/**
 * Silence after which the laptop counts as unreachable: the page says "offline"
 * at once and drops the socket without waiting for its close event, which a
 * vanished Wi-Fi never delivers. Jurors must be told within ~5 s.
 */
export const SILENCE_LIMIT_MS = 3_000;
/** A new socket that neither opens nor fails (a laptop gone from the network) is given up after this. */
export const CONNECT_LIMIT_MS = 6_000;
/** The close code used when the page gives a socket up itself (the browser's "abnormal closure"). */
const GIVEN_UP = 1006;
const RETRY_DELAYS_MS = [500, 1_000, 2_000, 4_000, 5_000];
const RATE_LIMITED_RETRY_MS = 1_000;
/** Below the laptop's key retention (main/core/lan/idempotency.ts). */
const OUTBOX_MAX_AGE_MS = 12 * 3600 * 1000;
/**
 * Reads a juror's phone keeps the last answer of, per juror: after a reload
 * without network the form is shown from them (with the unsent writes on top).
 */
const CACHED_READS = ['scoring.identify', 'scoring.form'];
const READS_KEY = 'pitch-jury.lan.reads';
const HELLO_KEY = 'pitch-jury.lan.hello';
/** Scopes a page re-reads after a reconnection (it may have missed pushes meanwhile). */
const RESYNC_SCOPES: RefreshScope[] = ['scores', 'setup', 'order', 'display', 'ceremony', 'results'];

type Listener = (payload: unknown) => void;

export class NetBridge implements PitchJuryBridge {
  readonly network = true;
  private token: string | null = null;
  private socket: SocketHandle | null = null;
  private state: NetState = {
    phase: 'idle',
    hello: null,
    pending: 0,
    stopped: false,
    pendingTeamIds: [],
    lastHeardAt: null,
    refusedReplay: null,
  };
  private readonly listeners = new Map<string, Set<Listener>>();
  private readonly stateListeners = new Set<() => void>();
  private readonly queue: Pending[] = [];
  private readonly inFlight = new Map<number, Pending>();
  private readonly sync = new ClockSync();
  private readonly outbox: Outbox;
  private nextId = 1;
  private pongs = 0;
  /** This socket's clock burst is done and its queue flushed. */
  private synced = false;
  private lastHeard = 0;
  private everOnline = false;
  private retry = 0;
  private generation = 0;
  private timers = new Set<ReturnType<typeof setTimeout>>();
  private heartbeat: ReturnType<typeof setInterval> | undefined;
  /** Some answer came from the phone's copy: re-read everything once the laptop is back. */
  private servedFromCache = false;
  /** The page's language (the juror's), for messages made or re-translated here; null = the laptop's. */
  private locale: Locale | null = null;

  constructor(private readonly deps: NetDeps) {
    this.outbox = new Outbox(deps.storage);
  }

  /** The language the page shows: refusals are put in it (the laptop answers in the chair's). */
  setLocale(locale: Locale): void {
    this.locale = locale;
  }

  // --- PitchJuryBridge -------------------------------------------------------

  invoke(name: string, rawInput: unknown): Promise<CallResult<unknown>> {
    const input = rawInput ?? {};
    const { hello, phase } = this.state;
    if (hello && !roleMayCall(hello.role, name)) return Promise.resolve(this.refusal('lan.forbidden'));
    // Before the page gave its token (the first render), calls wait like they do while offline.
    if (phase === 'unauthorized' || phase === 'revoked') return Promise.resolve(this.refusal('lan.offline'));
    // Before the hello, any role's retried write is one (and waits for the hello, below).
    const idempotent = hello
      ? isIdempotentCall(hello.role, name)
      : LAN_ROLES.some((role) => isIdempotentCall(role, name));
    // Writes come from a form that is open, so after the laptop said who this is.
    if (idempotent && !hello) return Promise.resolve(this.refusal('lan.offline'));
    const signature = JSON.stringify([name, input]);
    if (idempotent) {
      // The same change still on its way (a second tap on "Submit"): one request, one answer.
      const same = this.queue.find((p) => p.key !== null && p.signature === signature);
      if (same) return same.promise;
    }
    if (phase === 'offline') {
      const cached = this.cachedRead(name);
      if (cached) return Promise.resolve(cached);
    }
    const entry = this.enqueue(name, input, idempotent ? this.deps.newKey() : null, true);
    if (entry.key && hello) {
      this.outbox.add({ key: entry.key, name, input, queuedAt: this.deps.now(), owner: ownerOf(hello) });
    }
    if (this.state.phase === 'online') this.transmit(entry);
    this.setState({});
    return entry.promise;
  }

  on(event: string, listener: Listener): () => void {
    const set = this.listeners.get(event) ?? new Set<Listener>();
    set.add(listener);
    this.listeners.set(event, set);
    return () => set.delete(listener);
  }

  // --- The page's side ---------------------------------------------------------

  getState = (): NetState => this.state;

  subscribeState = (listener: () => void): (() => void) => {
    this.stateListeners.add(listener);
    return () => this.stateListeners.delete(listener);
  };

  /** The laptop's clock as estimated here (our clock when no ping came back yet). */
  laptopNow(): number {
    return this.deps.now() + (this.sync.best()?.offsetMs ?? 0);
  }

  connect(token: string): void {
    if (this.token === token && this.state.phase !== 'unauthorized' && this.state.phase !== 'revoked') return;
    this.closeSocket();
    this.token = token;
    this.retry = 0;
    // Who this device is, as the laptop said last time: the page can open its form without network.
    const known = this.readJson<{ token: string; hello: LanHello }>(HELLO_KEY);
    const hello = known?.token === token ? known.hello : this.state.hello;
    this.setState({ phase: 'connecting', stopped: false, hello });
    this.open();
  }

  /** Signs the device out: the token is forgotten, calls in progress are refused. */
  disconnect(): void {
    this.token = null;
    this.closeSocket();
    this.failAll('lan.offline');
    this.forgetCopies();
    this.setState({ phase: 'idle', hello: null, stopped: false });
  }

  // --- Connection --------------------------------------------------------------

  private open(): void {
    const token = this.token;
    if (!token) return;
    this.pongs = 0;
    this.synced = false;
    this.sync.reset();
    const openedAt = this.deps.now();
    // Handlers of a socket we closed ourselves (sign-out, new token) must not act any more.
    const generation = ++this.generation;
    const current = () => generation === this.generation;
    this.socket = this.deps.openSocket(
      this.deps.wsUrl,
      [LAN_PROTOCOL, `${LAN_TOKEN_PROTOCOL_PREFIX}${token}`],
      {
        open: () => undefined,
        message: (data) => {
          if (current()) this.onMessage(data);
        },
        close: (code) => {
          if (current()) this.onClose(code);
        },
      },
    );
    // Nothing heard in time: the laptop is unreachable; try again rather than wait on a socket that may never fail.
    this.later(() => {
      if (current() && this.lastHeard < openedAt) this.giveUp();
    }, CONNECT_LIMIT_MS);
  }

  /**
   * Drops the current socket without waiting for its close event (it may never
   * come while the network is down): from now on its events are ignored, and
   * the page is offline and retrying, exactly as after a close.
   */
  private giveUp(): void {
    const socket = this.socket;
    this.generation += 1;
    try {
      socket?.close();
    } catch {
      // Already closed: nothing to release.
    }
    this.onClose(GIVEN_UP);
  }

  private onMessage(data: string): void {
    let message: LanServerMessage;
    try {
      message = JSON.parse(data) as LanServerMessage;
    } catch {
      return;
    }
    this.lastHeard = this.deps.now();
    switch (message.t) {
      case 'hello':
        this.setState({ hello: message });
        this.writeJson(HELLO_KEY, { token: this.token, hello: message });
        for (let i = 0; i < SYNC_PINGS; i++) this.later(() => this.ping(), i * SYNC_SPACING_MS);
        // A lossy network may lose pings: go online with what came back.
        this.later(() => {
          if (!this.synced && this.socket) this.goOnline();
        }, 2_000);
        break;
      case 'pong':
        this.sync.add({ t0: message.c, s: message.s, t3: this.deps.now() });
        this.pongs += 1;
        if (!this.synced && this.pongs >= SYNC_PINGS) this.goOnline();
        break;
      case 'result': {
        const entry = this.inFlight.get(message.id);
        if (!entry) return;
        this.inFlight.delete(message.id);
        this.settle(entry, this.adjust(entry.name, message.result));
        break;
      }
      case 'event': {
        const payload =
          message.name === 'timer.changed' ? this.withLaptopNow(message.payload) : message.payload;
        this.emit(message.name, payload);
        break;
      }
      case 'refused': {
        const entry = message.id === null ? undefined : this.inFlight.get(message.id);
        if (!entry || message.id === null) return;
        this.inFlight.delete(message.id);
        this.later(() => {
          if (this.state.phase === 'online' && this.queue.includes(entry)) this.transmit(entry);
        }, RATE_LIMITED_RETRY_MS);
        break;
      }
      default:
        break;
    }
  }

  private goOnline(): void {
    this.synced = true;
    const hello = this.state.hello;
    // Writes kept from a previous page load, of this juror only (a phone may change hands).
    if (hello) {
      for (const kept of this.outbox.all()) {
        // Too old to replay: the laptop forgot its key, and the sheet has surely moved on since.
        if (this.deps.now() - kept.queuedAt > OUTBOX_MAX_AGE_MS) {
          this.outbox.remove(kept.key);
          continue;
        }
        if (kept.owner !== ownerOf(hello) || this.queue.some((p) => p.key === kept.key)) continue;
        this.queue.push({ ...this.enqueue(kept.name, kept.input, kept.key, false), resolve: null });
      }
    }
    // Calls made before the laptop said who this is (the app shell's own reads): refused here, not sent.
    if (hello) {
      for (const entry of [...this.queue]) {
        if (roleMayCall(hello.role, entry.name)) continue;
        this.queue.splice(this.queue.indexOf(entry), 1);
        entry.resolve?.(this.refusal('lan.forbidden'));
      }
    }
    this.setState({ phase: 'online', stopped: false });
    this.retry = 0;
    for (const entry of this.queue) this.transmit(entry);
    if (this.everOnline || this.servedFromCache) {
      this.emit('event.changed', { revision: -1, scopes: RESYNC_SCOPES });
    }
    this.everOnline = true;
    this.servedFromCache = false;
    clearInterval(this.heartbeat);
    this.heartbeat = setInterval(() => {
      // A Wi-Fi that vanished does not close the socket: silence does, and the page says so at once.
      if (this.deps.now() - this.lastHeard >= SILENCE_LIMIT_MS) this.giveUp();
      else this.ping();
    }, HEARTBEAT_MS);
  }

  private onClose(code: number): void {
    this.socket = null;
    clearInterval(this.heartbeat);
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    this.inFlight.clear();
    if (code === LAN_CLOSE.revoked) {
      this.failAll('lan.offline');
      this.forgetCopies();
      this.setState({ phase: 'revoked' });
      return;
    }
    // "The organiser turned the network off" stays until the laptop is back: the
    // failed reconnections that follow are not news.
    const stopped = code === LAN_CLOSE.stopped || (this.state.stopped && this.state.phase !== 'online');
    this.setState({ phase: 'offline', stopped });
    this.answerWaitingReadsFromCopies();
    const token = this.token;
    if (!token) return;
    void this.deps.checkSession(token).then((verdict) => {
      if (this.token !== token || this.socket) return;
      if (verdict === 'invalid') {
        this.failAll('lan.offline');
        this.forgetCopies();
        this.setState({ phase: 'unauthorized' });
        return;
      }
      const delay = RETRY_DELAYS_MS[Math.min(this.retry, RETRY_DELAYS_MS.length - 1)] ?? 5_000;
      this.retry += 1;
      this.later(() => {
        if (this.token === token && !this.socket) this.open();
      }, delay);
    });
  }

  private closeSocket(): void {
    const socket = this.socket;
    this.socket = null;
    this.generation += 1;
    clearInterval(this.heartbeat);
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    this.inFlight.clear();
    socket?.close(1000);
  }

  // --- Calls -------------------------------------------------------------------

  private enqueue(name: string, input: unknown, key: string | null, track: boolean): Pending {
    let resolve: (result: CallResult<unknown>) => void = () => undefined;
    const promise = new Promise<CallResult<unknown>>((r) => {
      resolve = r;
    });
    const entry: Pending = { name, input, key, signature: JSON.stringify([name, input]), promise, resolve };
    if (track) this.queue.push(entry);
    return entry;
  }

  private transmit(entry: Pending): void {
    if (!this.socket) return;
    const id = this.nextId++;
    this.inFlight.set(id, entry);
    const { name, input, key } = entry;
    this.socket.send(JSON.stringify({ t: 'call', id, name, input, ...(key ? { key } : {}) }));
  }

  private settle(entry: Pending, result: CallResult<unknown>): void {
    const index = this.queue.indexOf(entry);
    if (index >= 0) this.queue.splice(index, 1);
    if (entry.key) this.outbox.remove(entry.key);
    entry.resolve?.(result);
    // A replayed write changed what the form shows, or was refused: the form re-reads, and a refusal is said.
    if (entry.resolve === null) this.emit('event.changed', { revision: -1, scopes: ['scores'] });
    this.setState(entry.resolve === null && !result.ok ? { refusedReplay: result.error.message } : {});
  }

  /** The juror read the message about a refused earlier change. */
  dismissRefusedReplay(): void {
    this.setState({ refusedReplay: null });
  }

  private failAll(code: string): void {
    for (const entry of this.queue.splice(0)) entry.resolve?.(this.refusal(code));
    this.inFlight.clear();
  }

  private ping(): void {
    this.socket?.send(JSON.stringify({ t: 'ping', id: this.nextId++, c: this.deps.now() }));
  }

  private adjust(name: string, result: CallResult<unknown>): CallResult<unknown> {
    if (!result.ok) return { ok: false, error: this.inPageLocale(result.error) };
    if (name === 'timer.get') return { ok: true, value: this.withLaptopNow(result.value) };
    if (CACHED_READS.includes(name)) this.keepCopy(name, result.value);
    if (name === 'scoring.form') return { ok: true, value: this.withUnsentWrites(result.value as JurorForm) };
    return result;
  }

  /** The laptop words its refusals in the chair's language; the juror reads the page's. */
  private inPageLocale(error: CallError): CallError {
    const locale = this.locale;
    if (!locale || locale === this.state.hello?.locale || !isMessageKey(error.code)) return error;
    const issues = error.issues?.map((issue) =>
      // Issue parameters are not sent: only messages without any are re-worded.
      isMessageKey(issue.code) && !/\{\w+\}/.test(translate(locale, issue.code, {}))
        ? { ...issue, message: translate(locale, issue.code) }
        : issue,
    );
    return {
      ...error,
      message: translate(locale, error.code, error.params),
      ...(issues ? { issues } : {}),
    };
  }

  // --- The phone's copies (offline reloads) ------------------------------------

  private owner(): string | null {
    return this.state.hello ? ownerOf(this.state.hello) : null;
  }

  private withUnsentWrites(form: JurorForm): JurorForm {
    const owner = this.owner();
    return withPendingWrites(
      form,
      this.outbox.all().filter((entry) => entry.owner === owner),
    );
  }

  private keepCopy(name: string, value: unknown): void {
    const owner = this.owner();
    if (!owner) return;
    const kept = this.readJson<{ owner: string; values: Record<string, unknown> }>(READS_KEY);
    const values = kept?.owner === owner ? kept.values : {};
    this.writeJson(READS_KEY, { owner, values: { ...values, [name]: value } });
  }

  private cachedRead(name: string): CallResult<unknown> | null {
    if (!CACHED_READS.includes(name)) return null;
    const kept = this.readJson<{ owner: string; values: Record<string, unknown> }>(READS_KEY);
    if (!kept || kept.owner !== this.owner() || !Object.hasOwn(kept.values, name)) return null;
    this.servedFromCache = true;
    const value = kept.values[name];
    return { ok: true, value: name === 'scoring.form' ? this.withUnsentWrites(value as JurorForm) : value };
  }

  /** Reads made while the laptop was still being reached are answered from the phone's copy once it is not. */
  private answerWaitingReadsFromCopies(): void {
    for (const entry of [...this.queue]) {
      if (entry.key !== null) continue;
      const cached = this.cachedRead(entry.name);
      if (!cached) continue;
      this.queue.splice(this.queue.indexOf(entry), 1);
      entry.resolve?.(cached);
    }
  }

  private forgetCopies(): void {
    try {
      this.deps.storage?.removeItem(READS_KEY);
      this.deps.storage?.removeItem(HELLO_KEY);
    } catch {
      // Storage refused: nothing was kept.
    }
  }

  private readJson<T>(key: string): T | null {
    try {
      const text = this.deps.storage?.getItem(key);
      return text ? (JSON.parse(text) as T) : null;
    } catch {
      return null;
    }
  }

  private writeJson(key: string, value: unknown): void {
    try {
      this.deps.storage?.setItem(key, JSON.stringify(value));
    } catch {
      // Storage full or refused: the page works, only offline reloads lose their copy.
    }
  }

  private withLaptopNow(payload: unknown): unknown {
    const best = this.sync.best();
    if (!best || typeof payload !== 'object' || payload === null || !('now' in payload)) return payload;
    return { ...payload, now: Math.round(this.deps.now() + best.offsetMs) };
  }

  private emit(name: string, payload: unknown): void {
    for (const listener of this.listeners.get(name) ?? []) listener(payload);
  }

  private refusal(code: string): CallResult<unknown> {
    const locale = this.locale ?? this.state.hello?.locale ?? this.deps.fallbackLocale;
    return { ok: false, error: { code, message: translate(locale, code), params: {} } };
  }

  private later(run: () => void, ms: number): void {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      run();
    }, ms);
    this.timers.add(timer);
  }

  private setState(change: Partial<NetState>): void {
    const writes = this.queue.filter((p) => p.key !== null);
    const pendingTeamIds = [
      ...new Set(
        writes.map((p) => (p.input as { teamId?: unknown }).teamId).filter((id) => typeof id === 'number'),
      ),
    ] as number[];
    const lastHeardAt = this.lastHeard > 0 ? this.lastHeard : null;
    this.state = { ...this.state, ...change, pending: writes.length, pendingTeamIds, lastHeardAt };
    for (const listener of this.stateListeners) listener();
  }
}

function ownerOf(hello: LanHello): string {
  return `${hello.role}:${hello.jurorId ?? hello.label}`;
}
