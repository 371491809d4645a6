/**
 * Window hardening, beyond the pure decisions of test/unit/app/security.test.ts:
 *
 * - the Electron glue itself (harden.ts) driven with stand-in windows and
 *   sessions: a foreign navigation or redirect is prevented, window.open is
 *   denied, <webview> is refused, every permission is refused, the CSP header
 *   is added to every response;
 * - the sources: EVERY BrowserWindow (control and display) gets
 *   hardenedWebPreferences and hardenWindow, the session is hardened before
 *   any window exists, IPC answers through the sender check, and nothing
 *   turns a protection off or opens external links;
 * - the BUILT preload, run with a stand-in `electron`: it exposes one object
 *   with `invoke` and `on` only, refuses names outside the contract without
 *   reaching IPC, and never hands the page the IPC event (whose `sender` would
 *   reach Node).
 *
 * Needs `npm run build` for the last part (npm test builds first).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { runInNewContext } from 'node:vm';
import type { BrowserWindow, Session } from 'electron';
import { describe, expect, it } from 'vitest';
import { CALL_CHANNEL_PREFIX, EVENT_CHANNEL_PREFIX } from '../../../common/contract/names';
import { hardenSession, hardenWindow } from '../../../main/app/harden';
import { CONTENT_SECURITY_POLICY } from '../../../main/app/security';

const ROOT = resolve(import.meta.dirname, '..', '..', '..');
const APP_URL = 'file:///opt/Pitch%20Jury/resources/app.asar/out/renderer/index.html';

type Handler = (...args: unknown[]) => unknown;

/** A stand-in BrowserWindow recording what hardenWindow registers. */
function fakeWindow() {
  const handlers = new Map<string, Handler>();
  let openHandler: Handler | null = null;
  const win = {
    webContents: {
      on: (event: string, handler: Handler) => handlers.set(event, handler),
      setWindowOpenHandler: (handler: Handler) => {
        openHandler = handler;
      },
    },
  };
  const prevented = (event: string, ...args: unknown[]) => {
    let stopped = false;
    // Electron 45 passes navigation events an event object carrying `url` (and, deprecated, the url again).
    const details = typeof args[0] === 'string' ? { url: args[0] } : {};
    handlers.get(event)?.({ ...details, preventDefault: () => (stopped = true) }, ...args);
    return stopped;
  };
  return {
    win: win as unknown as BrowserWindow,
    handlers,
    prevented,
    open: (url: string) => openHandler?.({ url }),
  };
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

describe('the Electron glue applies the hardening decisions', () => {
  it('prevents foreign navigations and redirects, denies window.open and <webview>', () => {
    const w = fakeWindow();
    hardenWindow(w.win, APP_URL);
    expect([...w.handlers.keys()].sort()).toEqual(['will-attach-webview', 'will-navigate', 'will-redirect']);
    expect(w.prevented('will-navigate', 'https://evil.example/')).toBe(true);
    expect(w.prevented('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(w.prevented('will-redirect', 'https://evil.example/')).toBe(true);
    expect(w.prevented('will-navigate', `${APP_URL}#/display`)).toBe(false);
    expect(w.open('https://example.org/')).toEqual({ action: 'deny' });
    expect(w.open(`${APP_URL}#/setup`)).toEqual({ action: 'deny' });
    expect(w.prevented('will-attach-webview')).toBe(true);
  });

  it('refuses every permission request and check, and sends the CSP with every response', () => {
    let request: Handler = () => undefined;
    let check: Handler = () => undefined;
    let headers: Handler = () => undefined;
    const session = {
      setPermissionRequestHandler: (h: Handler) => {
        request = h;
      },
      setPermissionCheckHandler: (h: Handler) => {
        check = h;
      },
      webRequest: {
        onHeadersReceived: (h: Handler) => {
          headers = h;
        },
      },
    };
    hardenSession(session as unknown as Session);
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      const answers: unknown[] = [];
      request(null, permission, (granted: boolean) => answers.push(granted));
      expect(answers, permission).toEqual([false]);
      expect(check(null, permission), permission).toBe(false);
    }
    let response: { responseHeaders: Record<string, string[]> } | undefined;
    headers({ responseHeaders: { 'Content-Type': ['text/html'] } }, (r: typeof response) => {
      response = r;
    });
    expect(response?.responseHeaders['Content-Security-Policy']).toEqual([CONTENT_SECURITY_POLICY]);
    expect(response?.responseHeaders['Content-Type']).toEqual(['text/html']);
  });
});

describe('the sources harden every window', () => {
  const mainFiles = sourceFiles(join(ROOT, 'main'));
  const read = (path: string) => readFileSync(path, 'utf8');

  it('gives every BrowserWindow, control and display, the hardened preferences and hardenWindow', () => {
    const withWindows = mainFiles.filter((f) => /new BrowserWindow\(/.test(read(f)));
    expect(withWindows.map((f) => relative(ROOT, f)).sort()).toEqual([
      'main/app/display-window.ts',
      'main/app/windows.ts',
    ]);
    for (const file of withWindows) {
      const source = read(file);
      const windows = source.match(/new BrowserWindow\(/g)?.length ?? 0;
      const name = relative(ROOT, file);
      expect(source.match(/webPreferences: hardenedWebPreferences\([^)]*\.preload\)/g)?.length, name).toBe(
        windows,
      );
      expect(source.match(/hardenWindow\(win, [^)]*appUrl\)/g)?.length, name).toBe(windows);
    }
  });

  it('hardens the session before any window, and answers IPC only through the sender check', () => {
    const index = read(join(ROOT, 'main', 'index.ts'));
    const hardened = index.indexOf('hardenSession(session.defaultSession)');
    expect(hardened).toBeGreaterThan(0);
    expect(hardened).toBeLessThan(index.indexOf('createControlWindow('));
    expect(hardened).toBeLessThan(index.indexOf('displayWindow.start()'));
    const ipc = read(join(ROOT, 'main', 'app', 'ipc.ts'));
    expect(ipc.match(/ipcMain\.handle\(/g)?.length).toBe(1);
    expect(ipc).toMatch(/trustedSender: isTrustedSender\(event\.senderFrame\?\.url, appUrl\)/);
    const handlesElsewhere = mainFiles.filter(
      (f) => !f.endsWith('ipc.ts') && /ipcMain\.(handle|on)\(/.test(read(f)),
    );
    expect(handlesElsewhere).toEqual([]);
  });

  it('never turns a protection off, opens external links, or imports electron into the core', () => {
    const everything = [...mainFiles, ...sourceFiles(join(ROOT, 'preload'))];
    for (const file of everything) {
      const source = read(file);
      const name = relative(ROOT, file);
      expect(source, name).not.toMatch(/nodeIntegration\w*:\s*true/);
      expect(source, name).not.toMatch(/(contextIsolation|sandbox|webSecurity):\s*false/);
      expect(source, name).not.toMatch(
        /(allowRunningInsecureContent|webviewTag|experimentalFeatures):\s*true/,
      );
      expect(source, name).not.toMatch(/openExternal\(/);
      expect(source, name).not.toMatch(/enableRemoteModule|@electron\/remote/);
    }
    for (const file of mainFiles.filter((f) => f.includes(`${join('main', 'core')}`)))
      expect(read(file), relative(ROOT, file)).not.toMatch(/from 'electron'/);
  });
});

describe('the built preload', () => {
  function loadPreload() {
    const file = join(ROOT, 'out', 'preload', 'index.cjs');
    if (!existsSync(file))
      throw new Error(`${file} is missing: run \`npm run build\` first (npm test does).`);
    const exposed = new Map<string, unknown>();
    const invoked: unknown[][] = [];
    const listeners = new Map<string, Handler>();
    const electron = {
      contextBridge: { exposeInMainWorld: (name: string, api: unknown) => exposed.set(name, api) },
      ipcRenderer: {
        invoke: (...args: unknown[]) => {
          invoked.push(args);
          return Promise.resolve({ ok: true, value: 'answered' });
        },
        on: (channel: string, listener: Handler) => listeners.set(channel, listener),
        removeListener: (channel: string) => listeners.delete(channel),
      },
    };
    const required: string[] = [];
    const module = { exports: {} };
    runInNewContext(readFileSync(file, 'utf8'), {
      require: (name: string) => {
        required.push(name);
        if (name !== 'electron') throw new Error(`the preload required ${name}`);
        return electron;
      },
      module,
      exports: module.exports,
      console,
    });
    return { exposed, invoked, listeners, required };
  }

  it('exposes invoke and on only, and reaches IPC only for contract names', async () => {
    const p = loadPreload();
    expect(p.required).toEqual(['electron']);
    expect([...p.exposed.keys()]).toEqual(['pitchJury']);
    const api = p.exposed.get('pitchJury') as {
      invoke: (name: string, input: unknown) => Promise<{ ok: boolean }>;
      on: (event: string, listener: (payload: unknown) => void) => () => void;
    };
    expect(Object.keys(api).sort()).toEqual(['invoke', 'on']);
    await expect(api.invoke('app.info', {})).resolves.toEqual({ ok: true, value: 'answered' });
    expect(p.invoked).toEqual([[`${CALL_CHANNEL_PREFIX}app.info`, {}]]);
    for (const name of ['shell.openExternal', 'require', '__proto__', 'app.info ', '']) {
      await expect(api.invoke(name, {})).resolves.toMatchObject({
        ok: false,
        error: { code: 'error.unknownCall' },
      });
    }
    expect(p.invoked).toHaveLength(1);
    expect(() => api.on('ipc.anything', () => undefined)).toThrow();
  });

  it('hands listeners the payload only, never the IPC event and its sender', () => {
    const p = loadPreload();
    const api = p.exposed.get('pitchJury') as {
      on: (event: string, listener: (...args: unknown[]) => void) => () => void;
    };
    const received: unknown[][] = [];
    const off = api.on('event.changed', (...args) => received.push(args));
    const channel = `${EVENT_CHANNEL_PREFIX}event.changed`;
    p.listeners.get(channel)?.({ sender: { send: () => 'node side' } }, { revision: 1, scopes: ['scores'] });
    expect(received).toEqual([[{ revision: 1, scopes: ['scores'] }]]);
    off();
    expect(p.listeners.has(channel)).toBe(false);
  });
});
