/**
 * The network bridge of phones and screens, against a scripted laptop: calls
 * wait for the connection, writes survive drops and reloads with their key,
 * the timer's `now` is put on the laptop's clock, roles are enforced here too.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LanHello } from '../../../common/contract/lan';
import type { StorageLike } from '../../../renderer/src/net/outbox';
import {
  NetBridge,
  type NetDeps,
  type SocketHandlers,
  SYNC_PINGS,
} from '../../../renderer/src/net/ws-bridge';

const TOKEN = 'AbCdEfGhIjKlMnOpQrStUv';
const LAPTOP_AHEAD_MS = 90_000;

interface Sent {
  t: string;
  id: number;
  name?: string;
  input?: unknown;
  key?: string;
  c?: number;
}

class FakeSocket {
  readonly sent: Sent[] = [];
  closedByPage = false;
  constructor(
    readonly protocols: string[],
    private readonly handlers: SocketHandlers,
  ) {}
  send(data: string) {
    this.sent.push(JSON.parse(data) as Sent);
  }
  close() {
    this.closedByPage = true;
  }
  deliver(message: unknown) {
    this.handlers.message(JSON.stringify(message));
  }
  drop(code: number) {
    this.handlers.close(code);
  }
  calls(name?: string): Sent[] {
    return this.sent.filter((m) => m.t === 'call' && (name === undefined || m.name === name));
  }
}

class MapStorage implements StorageLike {
  readonly map = new Map<string, string>();
  getItem(key: string) {
    return this.map.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.map.set(key, value);
  }
  removeItem(key: string) {
    this.map.delete(key);
  }
}

const jurorHello = (jurorId = 3): LanHello => ({
  t: 'hello',
  role: 'juror',
  jurorId,
  label: 'Hinatea Raʻiātea',
  locale: 'fr',
  serverNow: 0,
});
const viewerHello: LanHello = {
  t: 'hello',
  role: 'viewer',
  jurorId: null,
  label: 'Salle',
  locale: 'en',
  serverNow: 0,
};

function setup(storage = new MapStorage()) {
  let clock = 1_000_000;
  let keys = 0;
  let verdict: 'valid' | 'invalid' | 'unreachable' = 'unreachable';
  const sockets: FakeSocket[] = [];
  const deps: NetDeps = {
    wsUrl: 'ws://192.168.1.20:8470/api/ws',
    openSocket: (_url, protocols, handlers) => {
      const socket = new FakeSocket(protocols, handlers);
      sockets.push(socket);
      return socket;
    },
    checkSession: async () => verdict,
    storage,
    now: () => clock,
    newKey: () => `key-${String(++keys).padStart(12, '0')}`,
    fallbackLocale: 'fr',
  };
  const bridge = new NetBridge(deps);
  const last = () => sockets[sockets.length - 1] as FakeSocket;
  /** The laptop says hello and answers the clock burst: pings take 4 ms there and 4 ms back. */
  const accept = async (hello: LanHello) => {
    last().deliver(hello);
    for (let i = 0; i < SYNC_PINGS; i++) {
      await vi.advanceTimersByTimeAsync(40);
      for (const ping of last().sent.filter((m) => m.t === 'ping' && !answered.has(m.id))) {
        answered.add(ping.id);
        clock += 8;
        last().deliver({ t: 'pong', id: ping.id, c: ping.c, s: (ping.c ?? 0) + 4 + LAPTOP_AHEAD_MS });
      }
    }
  };
  const answered = new Set<number>();
  const answer = (call: Sent, value: unknown) =>
    last().deliver({ t: 'result', id: call.id, result: { ok: true, value } });
  return {
    bridge,
    sockets,
    last,
    accept,
    answer,
    storage,
    tick: (ms: number) => {
      clock += ms;
    },
    now: () => clock,
    setVerdict: (v: typeof verdict) => {
      verdict = v;
    },
  };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('the network bridge', () => {
  it('sends the token as a sub-protocol and holds calls until the clock is synchronised', async () => {
    const net = setup();
    const early = net.bridge.invoke('display.get', {});
    net.bridge.connect(TOKEN);
    expect(net.last().protocols).toEqual(['pitchjury.v1', `pj.token.${TOKEN}`]);
    expect(net.last().calls()).toEqual([]);
    await net.accept(viewerHello);
    expect(net.bridge.getState()).toMatchObject({ phase: 'online', hello: viewerHello, pending: 0 });
    const [call] = net.last().calls('display.get');
    expect(call).toMatchObject({ name: 'display.get', input: {} });
    expect(call?.key).toBeUndefined();
    net.answer(call as Sent, { mode: 'timer' });
    expect(await early).toEqual({ ok: true, value: { mode: 'timer' } });
  });

  it('puts the timer’s `now` on the laptop’s clock as estimated at delivery', async () => {
    const net = setup();
    net.bridge.connect(TOKEN);
    await net.accept(viewerHello);
    const answer = net.bridge.invoke('timer.get', {});
    const [call] = net.last().calls('timer.get');
    net.tick(123);
    net.answer(call as Sent, { revision: 4, now: 5, state: {} });
    expect(await answer).toEqual({
      ok: true,
      value: { revision: 4, now: net.now() + LAPTOP_AHEAD_MS, state: {} },
    });
    const pushes: unknown[] = [];
    net.bridge.on('timer.changed', (payload) => pushes.push(payload));
    net.last().deliver({ t: 'event', name: 'timer.changed', payload: { revision: 5, now: 1, state: {} } });
    expect(pushes).toEqual([{ revision: 5, now: net.now() + LAPTOP_AHEAD_MS, state: {} }]);
    expect(net.bridge.laptopNow()).toBe(net.now() + LAPTOP_AHEAD_MS);
  });

  it('refuses, without sending, what the role may not call', async () => {
    const net = setup();
    const beforeHello = net.bridge.invoke('app.info', {});
    net.bridge.connect(TOKEN);
    await net.accept(viewerHello);
    expect(await beforeHello).toMatchObject({ ok: false, error: { code: 'lan.forbidden' } });
    expect(await net.bridge.invoke('scoring.submit', { teamId: 1 })).toMatchObject({
      ok: false,
      error: { code: 'lan.forbidden', message: 'Not available over the network.' },
    });
    expect(net.last().calls()).toEqual([]);
  });

  it('keeps a write through a Wi-Fi drop and resends it with the same key, once', async () => {
    const net = setup();
    net.bridge.connect(TOKEN);
    await net.accept(jurorHello());
    const input = { token: 'network.00000001', teamId: 2, scores: [{ criterionId: 1, value: 7 }] };
    const submitted = net.bridge.invoke('scoring.submit', input);
    const again = net.bridge.invoke('scoring.submit', input);
    expect(again).toBe(submitted);
    const [first] = net.last().calls('scoring.submit');
    expect(first?.key).toMatch(/^key-/);
    expect(net.last().calls('scoring.submit')).toHaveLength(1);
    expect(net.storage.getItem('pitch-jury.lan.outbox')).toContain(first?.key);

    net.last().drop(1006);
    await vi.advanceTimersByTimeAsync(0);
    expect(net.bridge.getState()).toMatchObject({ phase: 'offline', pending: 1, stopped: false });
    await vi.advanceTimersByTimeAsync(500);
    expect(net.sockets).toHaveLength(2);
    const changes: unknown[] = [];
    net.bridge.on('event.changed', (payload) => changes.push(payload));
    await net.accept(jurorHello());
    const [resent] = net.last().calls('scoring.submit');
    expect(resent?.key).toBe(first?.key);
    expect(resent?.input).toEqual(input);
    // After a reconnection the page re-reads what it may have missed.
    expect(changes).toEqual([{ revision: -1, scopes: expect.arrayContaining(['scores', 'display']) }]);
    net.answer(resent as Sent, { status: 'submitted' });
    expect(await submitted).toEqual({ ok: true, value: { status: 'submitted' } });
    expect(net.bridge.getState().pending).toBe(0);
    expect(net.storage.getItem('pitch-jury.lan.outbox')).toBeNull();
  });

  it('sends a previous page’s unsent writes when the same juror is back, never another juror’s', async () => {
    const storage = new MapStorage();
    const before = setup(storage);
    before.bridge.connect(TOKEN);
    await before.accept(jurorHello(3));
    void before.bridge.invoke('scoring.saveDraft', { token: 'x'.repeat(16), teamId: 1, scores: [] });
    const kept = before.last().calls('scoring.saveDraft')[0]?.key;
    before.last().drop(1006); // the page is closed before the laptop answered

    const otherJuror = setup(storage);
    otherJuror.bridge.connect(TOKEN);
    await otherJuror.accept(jurorHello(4));
    expect(otherJuror.last().calls()).toEqual([]);

    const reloaded = setup(storage);
    const changes: unknown[] = [];
    reloaded.bridge.on('event.changed', (payload) => changes.push(payload));
    reloaded.bridge.connect(TOKEN);
    await reloaded.accept(jurorHello(3));
    const [replayed] = reloaded.last().calls('scoring.saveDraft');
    expect(replayed?.key).toBe(kept);
    reloaded.answer(replayed as Sent, { status: 'draft' });
    expect(storage.getItem('pitch-jury.lan.outbox')).toBeNull();
    expect(changes).toEqual([{ revision: -1, scopes: ['scores'] }]);
  });

  it('stops at once when the login is revoked, and tells a refused login from a dropped network', async () => {
    const net = setup();
    net.bridge.connect(TOKEN);
    await net.accept(jurorHello());
    const waiting = net.bridge.invoke('scoring.form', { token: 'network.00000001' });
    net.last().drop(4401);
    expect(net.bridge.getState().phase).toBe('revoked');
    expect(await waiting).toMatchObject({ ok: false, error: { code: 'lan.offline' } });
    await vi.advanceTimersByTimeAsync(10_000);
    expect(net.sockets).toHaveLength(1);

    const refused = setup();
    refused.setVerdict('invalid');
    refused.bridge.connect(TOKEN);
    refused.last().drop(1006); // the upgrade was answered 401: browsers only say "closed"
    await vi.advanceTimersByTimeAsync(0);
    expect(refused.bridge.getState().phase).toBe('unauthorized');
    await vi.advanceTimersByTimeAsync(10_000);
    expect(refused.sockets).toHaveLength(1);
  });

  it('says “offline” as soon as the laptop falls silent, without waiting for a close event that never comes', async () => {
    const net = setup();
    net.bridge.connect(TOKEN);
    await net.accept(jurorHello());
    const submitted = net.bridge.invoke('scoring.submit', { token: 'x'.repeat(16), teamId: 1, scores: [] });
    // The Wi-Fi is gone: pings go nowhere, nothing comes back, and this socket's close() does nothing.
    let offlineAfterMs: number | null = null;
    for (let ms = 0; ms < 10_000 && offlineAfterMs === null; ms += 250) {
      net.tick(250);
      await vi.advanceTimersByTimeAsync(250);
      if (net.bridge.getState().phase === 'offline') offlineAfterMs = ms + 250;
    }
    expect(offlineAfterMs).not.toBeNull();
    expect(offlineAfterMs).toBeLessThanOrEqual(5_000);
    const silent = net.sockets[0] as FakeSocket;
    expect(silent.closedByPage).toBe(true);
    // The write is kept and counted as waiting.
    expect(net.bridge.getState()).toMatchObject({ phase: 'offline', pending: 1, stopped: false });
    // The page tries again on a new socket, which also hangs: it is given up too, and retried again.
    await vi.advanceTimersByTimeAsync(1_000);
    expect(net.sockets.length).toBe(2);
    net.tick(7_000);
    await vi.advanceTimersByTimeAsync(7_000);
    expect(net.sockets.length).toBeGreaterThanOrEqual(3);
    expect(net.bridge.getState().phase).toBe('offline');
    // The old socket's close event, arriving late, changes nothing.
    silent.drop(1006);
    expect(net.bridge.getState().phase).toBe('offline');
    // The laptop is back: the write goes out with its key.
    await net.accept(jurorHello());
    expect(net.bridge.getState().phase).toBe('online');
    const [resent] = net.last().calls('scoring.submit');
    expect(resent?.key).toMatch(/^key-/);
    net.answer(resent as Sent, { status: 'submitted' });
    expect(await submitted).toMatchObject({ ok: true });
    expect(net.bridge.getState().pending).toBe(0);
  });

  it('keeps saying the laptop turned the network off while it retries', async () => {
    const net = setup();
    net.bridge.connect(TOKEN);
    await net.accept(viewerHello);
    net.last().drop(4503);
    await vi.advanceTimersByTimeAsync(0);
    expect(net.bridge.getState()).toMatchObject({ phase: 'offline', stopped: true });
    // The reconnection attempts fail (the server is off): still "turned off", not a plain drop.
    for (let i = 0; i < 3; i++) {
      await vi.advanceTimersByTimeAsync(5_000);
      net.last().drop(1006);
      await vi.advanceTimersByTimeAsync(0);
      expect(net.bridge.getState()).toMatchObject({ phase: 'offline', stopped: true });
    }
    await vi.advanceTimersByTimeAsync(5_000);
    await net.accept(viewerHello);
    expect(net.bridge.getState()).toMatchObject({ phase: 'online', stopped: false });
  });

  it('after a reload without network, shows the form from the phone’s copy with the unsent scores on top', async () => {
    const storage = new MapStorage();
    const form = {
      juror: { id: 3, name: 'Hinatea Raʻiātea', title: '' },
      locked: false,
      criteria: [
        { id: 1, name: 'Impact' },
        { id: 2, name: 'Pitch' },
      ],
      teams: [
        { teamId: 7, name: 'Vai Ora', projectTitle: '', orderStatus: 'waiting', recused: false, sheet: null },
      ],
    };
    const before = setup(storage);
    before.bridge.connect(TOKEN);
    await before.accept(jurorHello(3));
    const identify = before.bridge.invoke('scoring.identify', { jurorId: 3, pin: null });
    before.answer(before.last().calls('scoring.identify')[0] as Sent, { token: 'f'.repeat(32), jurorId: 3 });
    await identify;
    const read = before.bridge.invoke('scoring.form', { token: 'f'.repeat(32) });
    before.answer(before.last().calls('scoring.form')[0] as Sent, form);
    await read;
    // Offline now; the juror types 8 on Impact; the page is reloaded before anything got through.
    before.last().drop(1006);
    await vi.advanceTimersByTimeAsync(0);
    void before.bridge.invoke('scoring.saveDraft', {
      token: 'f'.repeat(32),
      teamId: 7,
      scores: [{ criterionId: 1, value: 8, base: null }],
    });

    const reloaded = setup(storage);
    reloaded.bridge.connect(TOKEN);
    // Who this is is known at once (the laptop said so last time).
    expect(reloaded.bridge.getState().hello).toMatchObject({ role: 'juror', jurorId: 3 });
    const again = reloaded.bridge.invoke('scoring.identify', { jurorId: 3, pin: null });
    reloaded.last().drop(1006); // no network: the socket fails
    await vi.advanceTimersByTimeAsync(0);
    expect(await again).toEqual({ ok: true, value: { token: 'f'.repeat(32), jurorId: 3 } });
    const shown = (await reloaded.bridge.invoke('scoring.form', { token: 'f'.repeat(32) })) as {
      ok: true;
      value: typeof form;
    };
    expect(shown.value.teams[0]?.sheet).toMatchObject({
      scores: [{ criterionId: 1, value: 8 }],
      status: 'draft',
    });
    expect(reloaded.bridge.getState()).toMatchObject({ phase: 'offline', pending: 0 });

    // Signing out forgets the copies.
    reloaded.bridge.disconnect();
    expect(storage.getItem('pitch-jury.lan.reads')).toBeNull();
    expect(storage.getItem('pitch-jury.lan.hello')).toBeNull();
  });

  it('says when a change kept from a previous page load is refused by the laptop', async () => {
    const storage = new MapStorage();
    const before = setup(storage);
    before.bridge.connect(TOKEN);
    await before.accept(jurorHello(3));
    void before.bridge.invoke('scoring.saveDraft', { token: 'x'.repeat(16), teamId: 1, scores: [] });
    before.last().drop(1006); // closed before the laptop answered

    const reloaded = setup(storage);
    reloaded.bridge.setLocale('en');
    const changes: unknown[] = [];
    reloaded.bridge.on('event.changed', (payload) => changes.push(payload));
    reloaded.bridge.connect(TOKEN);
    await reloaded.accept(jurorHello(3));
    const [replayed] = reloaded.last().calls('scoring.saveDraft');
    reloaded.last().deliver({
      t: 'result',
      id: replayed?.id,
      result: { ok: false, error: { code: 'scoring.resultsLocked', message: 'Verrouillé.', params: {} } },
    });
    expect(reloaded.bridge.getState().refusedReplay).toBe(
      'The results are locked: scores can no longer change.',
    );
    expect(changes).toContainEqual({ revision: -1, scopes: ['scores'] });
    expect(storage.getItem('pitch-jury.lan.outbox')).toBeNull();
    reloaded.bridge.dismissRefusedReplay();
    expect(reloaded.bridge.getState().refusedReplay).toBeNull();
  });

  it('words the laptop’s refusals in the juror’s language', async () => {
    const net = setup();
    net.bridge.setLocale('en');
    net.bridge.connect(TOKEN);
    await net.accept(jurorHello());
    const saved = net.bridge.invoke('scoring.saveDraft', { token: 'x'.repeat(16), teamId: 1, scores: [] });
    const [call] = net.last().calls('scoring.saveDraft');
    net.last().deliver({
      t: 'result',
      id: call?.id,
      result: {
        ok: false,
        error: { code: 'scoring.resultsLocked', message: 'Les résultats sont verrouillés.', params: {} },
      },
    });
    expect(await saved).toMatchObject({
      ok: false,
      error: {
        code: 'scoring.resultsLocked',
        message: 'The results are locked: scores can no longer change.',
      },
    });
  });

  it('forgets the login when the device is signed out', async () => {
    const net = setup();
    net.bridge.connect(TOKEN);
    await net.accept(jurorHello());
    net.bridge.disconnect();
    expect(net.last().closedByPage).toBe(true);
    expect(net.bridge.getState()).toMatchObject({ phase: 'idle', hello: null });
  });
});
