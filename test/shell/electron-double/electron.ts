/**
 * A recording test double of Electron's main-process API, just enough of it
 * for main/index.ts and main/app/*, so the REAL built out/main/index.js can be
 * loaded and driven in Node (register.ts maps the `electron` specifier here).
 *
 * It is not Electron: it renders nothing, runs no Chromium, no preload and no
 * renderer, and its events fire synchronously where Electron's arrive later
 * from the OS. What it models is the documented contract the glue relies on;
 * each modelled behaviour cites the page or issue it comes from
 * (electronjs.org/docs/latest/api/…). Everything the app calls is recorded in
 * `double.calls` so scenarios can assert on it.
 *
 * Plain, erasable TypeScript with no relative runtime import: Node runs it with
 * its built-in type stripping, outside vitest (test/shell/scenarios.ts).
 */
import { EventEmitter } from 'node:events';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** docs/api/structures/display: the fields the app reads. */
export interface FakeDisplay {
  id: number;
  label: string;
  internal: boolean;
  bounds: Rect;
  workArea: Rect;
  scaleFactor: number;
  rotation: number;
}

export interface Call {
  target: string;
  method: string;
  args: unknown[];
  /** Window id, for window and webContents calls. */
  id?: number;
}

export interface PathUse {
  kind: 'preload' | 'loadURL' | 'loadFile' | 'openPath' | 'worker' | 'fontDir';
  path: string;
  exists: boolean;
}

type Platform = 'linux' | 'darwin' | 'win32';

/** docs/api/event: Electron's Event, with preventDefault(). */
export class FakeEvent {
  defaultPrevented = false;
  preventDefault(): void {
    this.defaultPrevented = true;
  }
}

class Recorder {
  calls: Call[] = [];
  paths: PathUse[] = [];
  /** setBounds called while the window was full screen (macOS ignores or breaks it). */
  setBoundsWhileFullScreen = 0;
  /** The window that last took the keyboard focus, in order. */
  focusHistory: number[] = [];

  record(target: string, method: string, args: unknown[], id?: number): void {
    this.calls.push(id === undefined ? { target, method, args } : { target, method, args, id });
  }

  path(kind: PathUse['kind'], path: string): void {
    this.paths.push({ kind, path, exists: existsSync(path) });
  }
}

const rec = new Recorder();

const state = {
  platform: (process.platform === 'darwin' || process.platform === 'win32'
    ? process.platform
    : 'linux') as Platform,
  userData: '',
  documents: '',
  primaryInstance: true,
  ready: false,
  quitting: false,
  exited: null as number | null,
  focused: null as number | null,
  /** Scripted answers of dialog.showMessageBox (button index), consumed in order; default: cancel. */
  messageBoxAnswers: [] as number[],
  /** Scripted answers of the save dialogs (a path), consumed in order; default: cancelled. */
  savePaths: [] as string[],
  readyResolve: null as (() => void) | null,
};

// ---------------------------------------------------------------- screen

const defaultDisplays = (): FakeDisplay[] => [
  {
    id: 1,
    label: 'Built-in',
    internal: true,
    bounds: { x: 0, y: 0, width: 1366, height: 768 },
    workArea: { x: 0, y: 0, width: 1366, height: 728 },
    scaleFactor: 1,
    rotation: 0,
  },
];

class FakeScreen extends EventEmitter {
  displays: FakeDisplay[] = defaultDisplays();
  primaryId = 1;

  getAllDisplays(): FakeDisplay[] {
    return this.displays.map((d) => structuredClone(d));
  }

  getPrimaryDisplay(): FakeDisplay {
    const primary = this.displays.find((d) => d.id === this.primaryId) ?? this.displays[0];
    if (!primary) throw new Error('double: no display');
    return structuredClone(primary);
  }

  getDisplayMatching(rect: Rect): FakeDisplay {
    const overlap = (d: FakeDisplay) =>
      Math.max(0, Math.min(rect.x + rect.width, d.bounds.x + d.bounds.width) - Math.max(rect.x, d.bounds.x)) *
      Math.max(
        0,
        Math.min(rect.y + rect.height, d.bounds.y + d.bounds.height) - Math.max(rect.y, d.bounds.y),
      );
    const best = [...this.displays].sort((a, b) => overlap(b) - overlap(a))[0];
    return structuredClone(best ?? this.getPrimaryDisplay());
  }
}

const screen = new FakeScreen();

// ---------------------------------------------------------------- windows

const windows: FakeBrowserWindow[] = [];
const sendWaiters: { channel: string; accept(payload: unknown): boolean; resolve(payload: unknown): void }[] =
  [];
let nextWindowId = 1;

interface PendingLoad {
  reject(error: Error): void;
}

class FakeWebContents extends EventEmitter {
  readonly id: number;
  readonly owner: FakeBrowserWindow;
  url = '';
  windowOpenHandler: ((details: { url: string }) => unknown) | null = null;

  constructor(owner: FakeBrowserWindow) {
    super();
    this.owner = owner;
    this.id = owner.id;
  }

  setWindowOpenHandler(handler: (details: { url: string }) => unknown): void {
    rec.record('webContents', 'setWindowOpenHandler', [], this.id);
    this.windowOpenHandler = handler;
  }

  /**
   * docs/api/web-contents#contentssendchannel-args: arguments are serialized
   * with the Structured Clone Algorithm; functions, promises, DOM objects throw.
   */
  send(channel: string, ...args: unknown[]): void {
    if (this.owner.isDestroyed()) throw new Error('Object has been destroyed');
    const cloned = args.map((a) => structuredClone(a));
    rec.record('webContents', 'send', [channel, ...cloned], this.id);
    for (const waiter of [...sendWaiters]) {
      if (waiter.channel === channel && waiter.accept(cloned[0])) {
        sendWaiters.splice(sendWaiters.indexOf(waiter), 1);
        waiter.resolve(cloned[0]);
      }
    }
  }

  getURL(): string {
    return this.url;
  }

  isDestroyed(): boolean {
    return this.owner.isDestroyed();
  }

  /** A scenario's stand-in for the page navigating: what the app's will-navigate listener decides. */
  tryNavigate(url: string): boolean {
    const event = Object.assign(new FakeEvent(), { url, isMainFrame: true, isSameDocument: false });
    // docs/api/web-contents#event-will-navigate: Electron 45 passes an event object with `url`
    // (the positional url, isInPlace, isMainFrame arguments are deprecated).
    this.emit('will-navigate', event, url, false, true);
    return !event.defaultPrevented;
  }
}

interface WindowOptions {
  x?: number;
  y?: number;
  width?: number;
  height?: number;
  show?: boolean;
  webPreferences?: {
    preload?: string;
    sandbox?: boolean;
    contextIsolation?: boolean;
    nodeIntegration?: boolean;
  };
}

class FakeBrowserWindow extends EventEmitter {
  readonly id: number;
  readonly webContents: FakeWebContents;
  readonly options: WindowOptions;
  private bounds: Rect;
  private normalBounds: Rect | null = null;
  private destroyed = false;
  private visible = false;
  private minimized = false;
  private fullscreen = false;
  private pending: PendingLoad | null = null;

  constructor(options: WindowOptions = {}) {
    super();
    this.id = nextWindowId++;
    this.options = options;
    const primary = screen.getPrimaryDisplay();
    this.bounds = {
      x: options.x ?? primary.workArea.x,
      y: options.y ?? primary.workArea.y,
      width: options.width ?? 800,
      height: options.height ?? 600,
    };
    this.webContents = new FakeWebContents(this);
    rec.record('BrowserWindow', 'new', [structuredClone(options)], this.id);
    const preload = options.webPreferences?.preload;
    if (preload) rec.path('preload', preload);
    windows.push(this);
  }

  /**
   * docs/api/browser-window#browserwindowgetallwindows: "Returns BrowserWindow[] - An array of
   * all opened browser windows." The order is not documented; the double answers newest
   * first, so code that relies on an order (e.g. `[0]` being the main window) is caught.
   */
  static getAllWindows(): FakeBrowserWindow[] {
    return [...windows].reverse();
  }

  static getFocusedWindow(): FakeBrowserWindow | null {
    return windows.find((w) => w.id === state.focused) ?? null;
  }

  static fromWebContents(contents: FakeWebContents): FakeBrowserWindow | null {
    return contents.owner.isDestroyed() ? null : contents.owner;
  }

  private call(method: string, ...args: unknown[]): void {
    rec.record('BrowserWindow', method, args, this.id);
    if (this.destroyed) throw new Error(`Object has been destroyed (BrowserWindow.${method})`);
  }

  /**
   * docs/api/browser-window#winloadurlurl-options: returns a promise that resolves when the page
   * has finished loading and rejects if it fails to load. Closing the window while it loads
   * rejects it with ERR_ABORTED (electron/electron#37123). Here the load finishes on the next
   * turn of the event loop, so a window closed right after loadURL rejects.
   */
  loadURL(url: string): Promise<void> {
    this.call('loadURL', url);
    if (url.startsWith('file:')) rec.path('loadURL', fileURLToPath(url.replace(/#.*$/, '')));
    return this.startLoad(url);
  }

  loadFile(path: string): Promise<void> {
    this.call('loadFile', path);
    rec.path('loadFile', path);
    return this.startLoad(path);
  }

  private startLoad(url: string): Promise<void> {
    this.pending?.reject(new Error(`ERR_ABORTED (-3) loading '${this.webContents.url}'`));
    this.webContents.url = url;
    return new Promise<void>((resolve, reject) => {
      const pending: PendingLoad = { reject };
      this.pending = pending;
      setImmediate(() => {
        if (this.pending !== pending) return;
        this.pending = null;
        if (this.destroyed) return reject(new Error(`ERR_ABORTED (-3) loading '${url}'`));
        this.webContents.emit('did-finish-load');
        // docs/api/browser-window#event-ready-to-show: once the page has rendered, while not shown.
        if (!this.visible) this.emit('ready-to-show');
        resolve();
      });
    });
  }

  /** docs/api/browser-window#winshow: "Shows and gives focus to the window." */
  show(): void {
    this.call('show');
    this.visible = true;
    this.takeFocus();
    this.emit('show');
  }

  /** docs/api/browser-window#winshowinactive: "Shows the window but doesn't focus on it." */
  showInactive(): void {
    this.call('showInactive');
    this.visible = true;
    this.emit('show');
  }

  /** docs/api/browser-window#winfocus: "Focuses on the window." */
  focus(): void {
    this.call('focus');
    this.takeFocus();
  }

  private takeFocus(): void {
    if (state.focused === this.id) return;
    state.focused = this.id;
    rec.focusHistory.push(this.id);
    this.emit('focus');
  }

  hide(): void {
    this.call('hide');
    this.visible = false;
  }

  isVisible(): boolean {
    return this.visible;
  }

  isFocused(): boolean {
    return state.focused === this.id;
  }

  minimize(): void {
    this.call('minimize');
    this.minimized = true;
  }

  isMinimized(): boolean {
    return this.minimized;
  }

  restore(): void {
    this.call('restore');
    this.minimized = false;
  }

  getBounds(): Rect {
    if (this.destroyed) throw new Error('Object has been destroyed (BrowserWindow.getBounds)');
    return { ...this.bounds };
  }

  /**
   * docs/api/browser-window#winsetboundsbounds-animate-macos. Events: `move`/`resize` on every
   * platform; `moved`/`resized` only on macOS and Windows (docs/api/browser-window#event-moved-macos-windows),
   * and on macOS `moved` is an alias of `move`, so it fires for the app's own setBounds too.
   */
  setBounds(bounds: Partial<Rect>): void {
    this.call('setBounds', { ...bounds });
    if (this.fullscreen) rec.setBoundsWhileFullScreen += 1;
    this.applyBounds({ ...this.bounds, ...bounds }, false);
  }

  private applyBounds(next: Rect, byUser: boolean): void {
    const moved = next.x !== this.bounds.x || next.y !== this.bounds.y;
    const resized = next.width !== this.bounds.width || next.height !== this.bounds.height;
    this.bounds = { ...next };
    if (moved) {
      this.emit('move');
      if (state.platform === 'darwin' || (state.platform === 'win32' && byUser)) this.emit('moved');
    }
    if (resized) {
      this.emit('resize');
      if (state.platform === 'darwin' || (state.platform === 'win32' && byUser)) this.emit('resized');
    }
  }

  /** The chair drags the window (a user action, not an API call). */
  userMove(bounds: Rect): void {
    this.applyBounds(bounds, true);
  }

  /**
   * docs/api/browser-window#winsetfullscreenflag: the window covers the display it is on;
   * leaving full screen restores the previous bounds (enter-/leave-full-screen events).
   */
  setFullScreen(flag: boolean): void {
    this.call('setFullScreen', flag);
    if (flag === this.fullscreen) return;
    if (flag) {
      this.normalBounds = { ...this.bounds };
      const display = screen.getDisplayMatching(this.bounds);
      this.fullscreen = true;
      this.applyBounds(display.bounds, false);
      this.emit('enter-full-screen');
    } else {
      this.fullscreen = false;
      this.applyBounds(this.normalBounds ?? this.bounds, false);
      this.emit('leave-full-screen');
    }
  }

  isFullScreen(): boolean {
    return this.fullscreen;
  }

  setMenuBarVisibility(visible: boolean): void {
    this.call('setMenuBarVisibility', visible);
  }

  setTitle(title: string): void {
    this.call('setTitle', title);
  }

  /**
   * docs/api/browser-window#winclose: "Try to close the window. This has the same effect as a user
   * manually clicking the close button" — emits `close` (cancellable with preventDefault), then
   * `closed` (docs/api/browser-window#event-closed).
   */
  close(): void {
    rec.record('BrowserWindow', 'close', [], this.id);
    if (this.destroyed) return;
    const event = new FakeEvent();
    this.emit('close', event);
    if (event.defaultPrevented) return;
    this.finish();
  }

  /** docs/api/browser-window#windestroy: no `close` event, but `closed` is guaranteed. */
  destroy(): void {
    rec.record('BrowserWindow', 'destroy', [], this.id);
    if (!this.destroyed) this.finish();
  }

  isDestroyed(): boolean {
    return this.destroyed;
  }

  private finish(): void {
    this.destroyed = true;
    this.visible = false;
    const pending = this.pending;
    this.pending = null;
    pending?.reject(new Error(`ERR_ABORTED (-3) loading '${this.webContents.url}'`));
    const index = windows.indexOf(this);
    if (index >= 0) windows.splice(index, 1);
    if (state.focused === this.id) state.focused = null;
    this.emit('closed');
    this.webContents.emit('destroyed');
    allClosedCheck();
  }
}

/**
 * docs/api/app#event-window-all-closed: emitted when all windows have been closed; without a
 * listener the app quits. Not emitted when the windows close because of app.quit() (Cmd+Q).
 */
function allClosedCheck(): void {
  if (windows.length > 0 || state.quitting || state.exited !== null) return;
  if (app.listenerCount('window-all-closed') > 0) app.emit('window-all-closed', new FakeEvent());
  else app.quit();
}

// ---------------------------------------------------------------- app

class FakeCommandLine {
  appendSwitch(name: string, value?: string): void {
    rec.record('app.commandLine', 'appendSwitch', value === undefined ? [name] : [name, value]);
  }
}

class FakeApp extends EventEmitter {
  isPackaged = false;
  readonly commandLine = new FakeCommandLine();

  getPath(name: string): string {
    rec.record('app', 'getPath', [name]);
    if (name === 'userData' || name === 'appData') return state.userData;
    if (name === 'documents' || name === 'downloads' || name === 'desktop') return state.documents;
    if (name === 'temp') return state.userData;
    throw new Error(`double: app.getPath('${name}') not modelled`);
  }

  getVersion(): string {
    return '0.1.0';
  }

  getName(): string {
    return 'Pitch Jury';
  }

  getLocale(): string {
    return 'fr-FR';
  }

  /**
   * docs/api/app#apprequestsingleinstancelock: false in a second instance, which should quit;
   * the first one then gets `second-instance` (docs/api/app#event-second-instance).
   */
  requestSingleInstanceLock(): boolean {
    rec.record('app', 'requestSingleInstanceLock', []);
    return state.primaryInstance;
  }

  isReady(): boolean {
    return state.ready;
  }

  /** docs/api/app#appwhenready: fulfilled when Electron is initialized. */
  whenReady(): Promise<void> {
    rec.record('app', 'whenReady', []);
    if (state.ready) return Promise.resolve();
    return new Promise<void>((resolve) => {
      const previous = state.readyResolve;
      state.readyResolve = () => {
        previous?.();
        resolve();
      };
    });
  }

  /**
   * docs/api/app#appquit: "Try to close all windows. The before-quit event will be emitted first.
   * If all windows are successfully closed, the will-quit event will be emitted and by default
   * the application will terminate." before-quit and will-quit are cancellable
   * (docs/api/app#event-before-quit, #event-will-quit); a window's close can cancel too.
   * window-all-closed is not emitted on this path (docs/api/app#event-window-all-closed).
   */
  quit(): void {
    rec.record('app', 'quit', []);
    if (state.exited !== null || state.quitting) return;
    const before = new FakeEvent();
    this.emit('before-quit', before);
    if (before.defaultPrevented) return;
    state.quitting = true;
    for (const win of [...windows]) win.close();
    if (windows.length > 0) {
      state.quitting = false; // a window refused to close: the quit is cancelled
      return;
    }
    const will = new FakeEvent();
    this.emit('will-quit', will);
    state.quitting = false;
    if (will.defaultPrevented) return;
    this.emit('quit', new FakeEvent(), 0);
    state.exited = 0;
  }

  /**
   * docs/api/app#appexitexitcode: exits immediately; windows are closed without asking, and
   * before-quit / will-quit are not emitted.
   */
  exit(code = 0): void {
    rec.record('app', 'exit', [code]);
    state.quitting = true;
    for (const win of [...windows]) win.destroy();
    state.exited = code;
  }

  focus(): void {
    rec.record('app', 'focus', []);
  }
}

const app = new FakeApp();

// ---------------------------------------------------------------- ipcMain

type InvokeHandler = (event: unknown, ...args: unknown[]) => unknown;
const handlers = new Map<string, InvokeHandler>();

class FakeIpcMain extends EventEmitter {
  /** docs/api/ipc-main#ipcmainhandlechannel-listener: one handler per channel, a second throws. */
  handle(channel: string, listener: InvokeHandler): void {
    rec.record('ipcMain', 'handle', [channel]);
    if (handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    handlers.set(channel, listener);
  }

  removeHandler(channel: string): void {
    handlers.delete(channel);
  }
}

const ipcMain = new FakeIpcMain();

// ---------------------------------------------------------------- dialog, menu, shell, session, power

const dialog = {
  /** docs/api/dialog#dialogshowmessageboxwindow-options: the window argument is optional. */
  showMessageBox(...args: unknown[]): Promise<{ response: number; checkboxChecked: boolean }> {
    rec.record(
      'dialog',
      'showMessageBox',
      args.map((a) => (a instanceof FakeBrowserWindow ? `window#${a.id}` : a)),
    );
    const options = (args.length > 1 ? args[1] : args[0]) as { cancelId?: number };
    const response = state.messageBoxAnswers.shift() ?? options.cancelId ?? 0;
    return Promise.resolve({ response, checkboxChecked: false });
  },
  showOpenDialog(...args: unknown[]): Promise<{ canceled: boolean; filePaths: string[] }> {
    rec.record('dialog', 'showOpenDialog', args);
    return Promise.resolve({ canceled: true, filePaths: [] });
  },
  showSaveDialog(...args: unknown[]): Promise<{ canceled: boolean; filePath: string }> {
    rec.record('dialog', 'showSaveDialog', args);
    const path = state.savePaths.shift();
    return Promise.resolve(path ? { canceled: false, filePath: path } : { canceled: true, filePath: '' });
  },
};

interface MenuItemLike {
  role?: string;
  label?: string;
  click?: () => void;
  submenu?: MenuItemLike[];
}

class FakeMenu {
  readonly items: MenuItemLike[];
  constructor(items: MenuItemLike[]) {
    this.items = items;
  }
  static buildFromTemplate(template: MenuItemLike[]): FakeMenu {
    rec.record('Menu', 'buildFromTemplate', []);
    return new FakeMenu(template);
  }
  static setApplicationMenu(menu: FakeMenu | null): void {
    rec.record('Menu', 'setApplicationMenu', []);
    applicationMenu = menu;
  }
}
let applicationMenu: FakeMenu | null = null;

const shell = {
  /** docs/api/shell#shellopenpathpath: resolves with '' on success, else an error message. */
  openPath(path: string): Promise<string> {
    rec.record('shell', 'openPath', [path]);
    rec.path('openPath', path);
    return Promise.resolve(existsSync(path) ? '' : 'not found');
  },
  openExternal(url: string): Promise<void> {
    rec.record('shell', 'openExternal', [url]);
    return Promise.resolve();
  },
};

const defaultSession = {
  setPermissionRequestHandler(handler: unknown): void {
    rec.record('session', 'setPermissionRequestHandler', [typeof handler]);
  },
  setPermissionCheckHandler(handler: unknown): void {
    rec.record('session', 'setPermissionCheckHandler', [typeof handler]);
  },
  webRequest: {
    onHeadersReceived(listener: unknown): void {
      rec.record('session.webRequest', 'onHeadersReceived', [typeof listener]);
      headersListener = listener as HeadersListener;
    },
  },
};
type HeadersListener = (
  details: { url: string; responseHeaders: Record<string, string[]> },
  callback: (response: { responseHeaders?: Record<string, string[]> }) => void,
) => void;
let headersListener: HeadersListener | null = null;
const session = { defaultSession };

let nextBlocker = 1;
const activeBlockers = new Set<number>();
const powerSaveBlocker = {
  /** docs/api/power-save-blocker#powersaveblockerstarttype: returns the blocker id. */
  start(type: string): number {
    rec.record('powerSaveBlocker', 'start', [type]);
    const id = nextBlocker++;
    activeBlockers.add(id);
    return id;
  },
  stop(id: number): boolean {
    rec.record('powerSaveBlocker', 'stop', [id]);
    return activeBlockers.delete(id);
  },
  isStarted(id: number): boolean {
    return activeBlockers.has(id);
  },
};

// ---------------------------------------------------------------- the scenario's handle

export interface DoubleConfig {
  platform?: Platform;
  userData: string;
  documents: string;
  isPackaged?: boolean;
  primaryInstance?: boolean;
  displays?: FakeDisplay[];
  primaryId?: number;
}

/** What scenarios use to drive the app and read what it did. Not part of Electron. */
export const double = {
  rec,
  state,
  screen,
  app,
  configure(config: DoubleConfig): void {
    state.userData = config.userData;
    state.documents = config.documents;
    if (config.platform) state.platform = config.platform;
    app.isPackaged = config.isPackaged ?? false;
    state.primaryInstance = config.primaryInstance ?? true;
    if (config.displays) screen.displays = structuredClone(config.displays);
    if (config.primaryId !== undefined) screen.primaryId = config.primaryId;
  },
  /** docs/api/app#event-ready: Electron has finished initializing. */
  ready(): void {
    state.ready = true;
    app.emit('ready', new FakeEvent(), {});
    const resolve = state.readyResolve;
    state.readyResolve = null;
    resolve?.();
  },
  windows(): FakeBrowserWindow[] {
    return [...windows];
  },
  menu(): MenuItemLike[] {
    return applicationMenu?.items ?? [];
  },
  /**
   * docs/api/menu-item#roles: the `quit` role calls app.quit() (File > Quit, Cmd+Q via the app
   * menu); `close` closes the focused window.
   */
  clickRole(role: string): void {
    const find = (items: MenuItemLike[]): MenuItemLike | undefined => {
      for (const item of items) {
        if (item.role === role) return item;
        const inner = item.submenu ? find(item.submenu) : undefined;
        if (inner) return inner;
      }
      return undefined;
    };
    const item = find(this.menu());
    if (!item) throw new Error(`double: no menu item with role '${role}'`);
    if (role === 'quit') app.quit();
    else if (role === 'close') FakeBrowserWindow.getFocusedWindow()?.close();
    else throw new Error(`double: role '${role}' not modelled`);
  },
  /**
   * A call from a page, as ipcRenderer.invoke would make it. docs/api/ipc-renderer#ipcrendererinvokechannel-args:
   * arguments and the result are serialized with the Structured Clone Algorithm, so both are
   * cloned here (a result that cannot be cloned throws, as it would reject in the page).
   */
  async invoke(
    channel: string,
    input: unknown,
    frameUrl: string,
    sender?: FakeBrowserWindow,
  ): Promise<unknown> {
    const handler = handlers.get(channel);
    if (!handler) throw new Error(`No handler registered for '${channel}'`);
    const event = {
      senderFrame: { url: frameUrl },
      sender: sender?.webContents ?? null,
      processId: 1,
      frameId: 1,
    };
    const result = await handler(event, structuredClone(input));
    return structuredClone(result);
  },
  /** Resolves with the next payload pushed on `channel` that `accept` accepts. */
  nextSend(channel: string, accept: (payload: unknown) => boolean = () => true): Promise<unknown> {
    return new Promise((resolve) => sendWaiters.push({ channel, accept, resolve }));
  },
  /** docs/api/screen#event-display-added. */
  plug(display: FakeDisplay): void {
    screen.displays.push(structuredClone(display));
    screen.emit('display-added', new FakeEvent(), structuredClone(display));
  },
  /** docs/api/screen#event-display-removed. */
  unplug(id: number): void {
    const display = screen.displays.find((d) => d.id === id);
    if (!display) throw new Error(`double: no display ${id}`);
    screen.displays = screen.displays.filter((d) => d.id !== id);
    screen.emit('display-removed', new FakeEvent(), display);
  },
  /** docs/api/screen#event-display-metrics-changed: changedMetrics among bounds, workArea, scaleFactor, rotation. */
  changeMetrics(id: number, change: Partial<Pick<FakeDisplay, 'bounds' | 'workArea'>>): void {
    const display = screen.displays.find((d) => d.id === id);
    if (!display) throw new Error(`double: no display ${id}`);
    const changed = Object.keys(change);
    Object.assign(display, structuredClone(change));
    screen.emit('display-metrics-changed', new FakeEvent(), structuredClone(display), changed);
  },
  /** docs/api/app#event-second-instance: (event, argv, workingDirectory, additionalData). */
  secondInstance(argv: string[] = []): void {
    app.emit('second-instance', new FakeEvent(), argv, process.cwd(), {});
  },
  /** docs/api/app#event-activate-macos: the dock icon was clicked. */
  activate(hasVisibleWindows: boolean): void {
    app.emit('activate', new FakeEvent(), hasVisibleWindows);
  },
  /** Runs the CSP listener the app installed, as the session would on a response. */
  responseHeaders(url: string): Record<string, string[]> {
    let out: Record<string, string[]> = {};
    headersListener?.({ url, responseHeaders: {} }, (response) => {
      out = response.responseHeaders ?? {};
    });
    return out;
  },
  /** Listener counts of the emitters the app subscribes to (leak checks). */
  listenerCounts(): Record<string, number> {
    const count = (e: EventEmitter) => e.eventNames().reduce((n, name) => n + e.listenerCount(name), 0);
    const perWindow = windows.map((w) => count(w) + count(w.webContents));
    return {
      app: count(app),
      screen: count(screen),
      ipcMain: handlers.size,
      windows: perWindow.reduce((a, b) => a + b, 0),
    };
  },
};

export type Double = typeof double;
export type { FakeBrowserWindow };

export {
  app,
  dialog,
  FakeBrowserWindow as BrowserWindow,
  FakeMenu as Menu,
  ipcMain,
  powerSaveBlocker,
  screen,
  session,
  shell,
};

export default {
  app,
  BrowserWindow: FakeBrowserWindow,
  dialog,
  ipcMain,
  Menu: FakeMenu,
  powerSaveBlocker,
  screen,
  session,
  shell,
};
