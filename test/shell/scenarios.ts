/**
 * Lifecycle scenarios of the REAL built main process (out/main/index.js)
 * under the Electron double, one scenario per process (the entry module has
 * top-level side effects, as in Electron, where it runs once per launch):
 *
 *   node --import ./test/shell/electron-double/register.ts test/shell/scenarios.ts <scenario> <workDir>
 *
 * A scenario throws (exit code 1) on the first failed assertion; on success it
 * prints one `RESULT {json}` line with what it observed. Run by
 * test/integration/shell/lifecycle.test.ts (`npm test` builds first).
 * Every wait is for an event (a load settling, a push to a window), never a delay.
 */
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { request } from 'node:http';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Double, DoubleConfig, FakeBrowserWindow, FakeDisplay } from './electron-double/electron';

const [scenario = '', workDir = ''] = process.argv.slice(2);
const root = resolve(import.meta.dirname, '..', '..');
const entry = join(root, 'out', 'main', 'index.js');

const rejections: unknown[] = [];
process.on('unhandledRejection', (reason) => rejections.push(reason));

const laptop: FakeDisplay = {
  id: 1,
  label: 'Built-in',
  internal: true,
  bounds: { x: 0, y: 0, width: 1366, height: 768 },
  workArea: { x: 0, y: 0, width: 1366, height: 728 },
  scaleFactor: 1,
  rotation: 0,
};
const projector: FakeDisplay = {
  id: 2,
  label: 'EPSON',
  internal: false,
  bounds: { x: 1366, y: 0, width: 1920, height: 1080 },
  workArea: { x: 1366, y: 0, width: 1920, height: 1080 },
  scaleFactor: 1,
  rotation: 0,
};

const electron = (await import('electron')) as unknown as { double: Double };
const double = electron.double;
const rec = double.rec;

/** Lets pending loads (setImmediate in the double) and promise chains run: bounded by count. */
async function settle(turns = 5): Promise<void> {
  for (let i = 0; i < turns; i++) await new Promise((r) => setImmediate(r));
}

async function launch(config: Partial<DoubleConfig> = {}): Promise<void> {
  const userData = join(workDir, 'user data é');
  const documents = join(workDir, 'documents');
  mkdirSync(userData, { recursive: true });
  mkdirSync(documents, { recursive: true });
  double.configure({ userData, documents, displays: [laptop], ...config });
  await import(pathToFileURL(entry).href);
  double.ready();
  await settle();
}

function controlWindow(): FakeBrowserWindow {
  const win = double.windows().find((w) => String(w.webContents.getURL()).endsWith('#/setup'));
  assert.ok(win, 'the control window exists');
  return win;
}

function projectorWindow(): FakeBrowserWindow | undefined {
  return double.windows().find((w) => String(w.webContents.getURL()).endsWith('#/display'));
}

/** The page URL our windows load: the IPC trust anchor. */
function appUrl(): string {
  return String(controlWindow().webContents.getURL()).replace(/#.*$/, '');
}

async function call<T = unknown>(name: string, input: unknown = {}): Promise<T> {
  const result = (await double.invoke(`pj:call:${name}`, input, `${appUrl()}#/control`)) as {
    ok: boolean;
    value?: T;
    error?: unknown;
  };
  assert.equal(result.ok, true, `${name} failed: ${JSON.stringify(result.error)}`);
  return result.value as T;
}

function recentEventPath(): string {
  const settings = JSON.parse(readFileSync(join(workDir, 'user data é', 'settings.json'), 'utf8')) as {
    recent: { path: string }[];
  };
  const path = settings.recent[0]?.path;
  assert.ok(path, 'a recent event is recorded');
  return path;
}

/** SQLite removes the -wal file when the last connection closes cleanly (closeEventFile). */
function eventFileClosed(path: string): boolean {
  return !existsSync(`${path}-wal`);
}

async function midPitch(): Promise<void> {
  await call('timer.command', { type: 'nextTeam' });
  const snapshot = await call<{ state: { status: string } }>('timer.command', { type: 'start' });
  assert.equal(snapshot.state.status, 'running');
}

function httpStatus(url: string): Promise<number | 'refused'> {
  return new Promise((done) => {
    const req = request(url, { agent: false }, (res) => {
      res.resume();
      done(res.statusCode ?? 0);
    });
    req.on('error', () => done('refused'));
    req.end();
  });
}

function resolvedPackages(): string[] {
  return [...((globalThis as { __pitchJuryResolved?: string[] }).__pitchJuryResolved ?? [])];
}

interface WorkerUse {
  file: string;
  exists: boolean;
  fontDir: string | null;
  fontDirExists: boolean | null;
}

function workerUses(): WorkerUse[] {
  return [...((globalThis as { __pitchJuryWorkers?: WorkerUse[] }).__pitchJuryWorkers ?? [])];
}

/**
 * Checks that record a failure and let the scenario go on, so one run reports
 * every defect it meets (a build with several defects shows them all); the
 * scenario fails at its end if any check failed. Preconditions stay `assert`.
 */
const failures: string[] = [];
function softly(check: () => void): void {
  try {
    check();
  } catch (error) {
    failures.push(error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error));
  }
}
const soft = {
  ok: (value: unknown, message: string) => softly(() => assert.ok(value, message)),
  equal: (actual: unknown, expected: unknown, message?: string) =>
    softly(() => assert.equal(actual, expected, message)),
  deepEqual: (actual: unknown, expected: unknown, message?: string) =>
    softly(() => assert.deepEqual(actual, expected, message)),
  match: (actual: string, expected: RegExp, message?: string) =>
    softly(() => assert.match(actual, expected, message)),
};

/** What every scenario must hold at its end. */
async function commonChecks(): Promise<void> {
  await settle();
  soft.deepEqual(
    rec.paths.filter((p) => !p.exists),
    [],
    'every path given to preload/loadURL/loadFile/openPath exists',
  );
  soft.deepEqual(
    workerUses().filter((w) => !w.exists || w.fontDirExists === false),
    [],
    'every worker file and font folder exists',
  );
  soft.deepEqual(rejections.map(String), [], 'no promise rejection went unhandled');
}

function windowRole(win: FakeBrowserWindow | undefined): string {
  return win ? String(win.webContents.getURL()).replace(/^.*#\//, '') : 'none';
}

const scenarios: Record<string, () => Promise<Record<string, unknown>>> = {
  /** First launch: one control window, nothing heavy evaluated, the demo loaded, File > Quit. */
  async firstLaunch() {
    await launch();
    const windows = double.windows();
    soft.equal(windows.length, 1, 'one window: the control window (a single screen, no projector)');
    const control = controlWindow();
    soft.ok(control.isVisible(), 'shown once ready-to-show fired');
    soft.ok(String(control.webContents.getURL()).startsWith('file:'), 'the built renderer, not a dev server');
    const heavy = resolvedPackages().filter((p) => ['exceljs', 'pdfkit', 'qrcode', 'ws'].includes(p));
    soft.deepEqual(heavy, [], 'spreadsheets, PDF, QR and the network server are not loaded at startup');
    const csp = double.responseHeaders('file:///x')['Content-Security-Policy']?.[0] ?? '';
    soft.match(csp, /script-src 'self'(;|$)/, 'the packaged-style CSP, unrelaxed');
    // Navigation to another page is refused (will-navigate, event-object form).
    soft.equal(control.webContents.tryNavigate('https://example.org/'), false);
    soft.equal(control.webContents.tryNavigate(`${appUrl()}#/results`), true);
    await call('file.loadDemo');
    const eventPath = recentEventPath();
    soft.equal(eventFileClosed(eventPath), false, 'the event file is open (WAL present)');
    // Every read call's answer survives structured cloning (double.invoke clones it).
    const reads = [
      'app.info',
      'setup.get',
      'order.get',
      'timer.get',
      'display.get',
      'display.listScreens',
      'lan.status',
      'file.recent',
    ];
    for (const name of reads) await call(name);
    double.clickRole('quit');
    await settle();
    soft.equal(double.state.exited, 0, 'File > Quit exits');
    soft.equal(eventFileClosed(eventPath), true, 'File > Quit closed the event file');
    await commonChecks();
    return { windows: windows.length, resolved: resolvedPackages(), eventPath };
  },

  /** Relaunch with a recent event: it reopens; Cmd+Q (app.quit) closes it. */
  async relaunch() {
    await launch();
    const setup = await call<{ event: { name: string } }>('setup.get');
    soft.ok(setup.event.name.length > 0, 'the recent event reopened');
    const eventPath = recentEventPath();
    double.app.quit();
    await settle();
    soft.equal(double.state.exited, 0);
    soft.equal(eventFileClosed(eventPath), true, 'Cmd+Q closed the event file');
    await commonChecks();
    return { event: setup.event.name };
  },

  /** Projector at launch; quit mid-pitch, cancelled (everything keeps running), then accepted. */
  async quitMidPitch() {
    await launch({ displays: [laptop, projector] });
    const display = projectorWindow();
    assert.ok(display, 'the projector window opened at launch');
    soft.ok(display.isFullScreen(), 'full screen on the projector');
    await call('file.loadDemo');
    const lan = await call<{ running: boolean; url: string }>('lan.start', { address: '127.0.0.1', port: 0 });
    soft.equal(lan.running, true);
    soft.equal(typeof (await httpStatus(lan.url)), 'number', 'the local-network server answers');
    await midPitch();
    const eventPath = recentEventPath();

    double.state.messageBoxAnswers.push(1); // Cancel
    double.app.quit();
    await settle();
    soft.equal(double.state.exited, null, 'a cancelled quit does not quit');
    soft.equal(rec.calls.filter((c) => c.method === 'showMessageBox').length, 1, 'asked once');
    soft.equal(double.windows().length, 2, 'both windows still open');
    soft.equal(
      typeof (await httpStatus(lan.url)),
      'number',
      'the local network still answers after a cancelled quit',
    );
    soft.equal((await call<{ running: boolean }>('lan.status')).running, true, 'lan.status: still running');
    soft.equal(eventFileClosed(eventPath), false, 'the event file is still open');
    soft.equal((await call<{ state: { status: string } }>('timer.get')).state.status, 'running');

    double.state.messageBoxAnswers.push(0); // Quit
    double.app.quit();
    await settle(20);
    soft.equal(double.state.exited, 0, 'an accepted quit quits');
    soft.equal(await httpStatus(lan.url), 'refused', 'the local network stopped');
    soft.equal(eventFileClosed(eventPath), true, 'the accepted quit closed the event file');
    soft.ok(!rec.focusHistory.includes(display.id), 'the projector never took the focus');
    await commonChecks();
    return { asked: rec.calls.filter((c) => c.method === 'showMessageBox').length };
  },

  /** The control window closed mid-pitch: asks over that window; cancel keeps it, accept quits. */
  async closeMidPitch() {
    await launch();
    await call('file.loadDemo');
    await midPitch();
    const eventPath = recentEventPath();
    const control = controlWindow();
    // The projector opened and closed at once (item 8: closing a loading window rejects loadURL).
    await call('display.open', { screenId: null });
    await call('display.close');
    await settle();
    double.state.messageBoxAnswers.push(1);
    control.close();
    await settle();
    soft.equal(control.isDestroyed(), false, 'cancel keeps the window');
    const asked = rec.calls.filter((c) => c.method === 'showMessageBox');
    soft.equal(asked.at(-1)?.args[0], `window#${control.id}`, 'asked over the control window');
    double.state.messageBoxAnswers.push(0);
    control.close();
    await settle(20);
    soft.equal(double.state.exited, 0, 'closing the control window ends the app');
    soft.equal(eventFileClosed(eventPath), true);
    await commonChecks();
    return {};
  },

  /** Projector plugged in later, unplugged, plugged back (×5), metrics changes, windowed bounds. */
  async projectorPlug() {
    await launch({ platform: 'linux' });
    await call('file.loadDemo');
    soft.equal(projectorWindow(), undefined, 'no projector window with one screen');
    const baseline = double.listenerCounts();
    const counts: Record<string, number>[] = [];
    for (let i = 0; i < 5; i++) {
      double.plug(projector);
      await settle();
      const win = projectorWindow();
      assert.ok(win?.isFullScreen(), 'plugged in: full screen on the projector');
      double.unplug(projector.id);
      await settle();
      soft.equal(projectorWindow()?.isFullScreen(), false, 'unplugged: a normal window on the laptop');
      counts.push(double.listenerCounts());
    }
    soft.equal(
      new Set(counts.map((c) => JSON.stringify(c))).size,
      1,
      'listeners do not grow across plug/unplug',
    );
    soft.equal(counts[0]?.screen, baseline.screen, 'screen listeners stay as they were');

    double.plug(projector);
    await settle();
    const win = projectorWindow();
    assert.ok(win, 'the projector window is open');
    assert.ok(win.isFullScreen(), 'full screen on the projector');
    const before = rec.calls.length;
    // A taskbar moving on the laptop, then the projector's resolution changing.
    double.changeMetrics(laptop.id, { workArea: { x: 0, y: 40, width: 1366, height: 728 } });
    double.changeMetrics(projector.id, { bounds: { ...projector.bounds, width: 1280, height: 720 } });
    // The chair presses "open on the projector" again: it is already there.
    await call('display.open', { screenId: null });
    await settle();
    const moves = rec.calls
      .slice(before)
      .filter((c) => c.method === 'setBounds' || c.method === 'setFullScreen');
    soft.deepEqual(
      moves,
      [],
      'display-metrics-changed and a repeated open left the full-screen projector alone',
    );
    soft.equal(rec.setBoundsWhileFullScreen, 0, 'never setBounds on a full-screen window');
    soft.ok(!rec.focusHistory.includes(win.id), 'the projector never took the focus');

    // Windowed bounds on Linux (no moved/resized events there): the chair's bounds survive a close.
    double.unplug(projector.id);
    await settle();
    const windowed = projectorWindow();
    assert.ok(windowed && !windowed.isFullScreen());
    const chosen = { x: 200, y: 100, width: 800, height: 450 };
    windowed.userMove(chosen);
    await call('display.close');
    await call('display.open', { screenId: null });
    await settle();
    const reopened = projectorWindow();
    soft.deepEqual(reopened?.getBounds(), chosen, 'the windowed bounds were remembered on Linux');
    const eventPath = recentEventPath();
    double.app.quit();
    await settle(20);
    soft.equal(eventFileClosed(eventPath), true, 'the quit closed the event file');
    await commonChecks();
    return { counts: counts[0] };
  },

  /** macOS: `moved` also fires for the app's own setBounds; full-screen bounds must not be stored. */
  async macBounds() {
    await launch({ platform: 'darwin' });
    await call('file.loadDemo');
    // The chair opens the projector view on the laptop first, then plugs the projector in:
    // the app moves the window with setBounds, which on macOS emits `moved` as well.
    await call('display.open', { screenId: null });
    await settle();
    double.plug(projector);
    await settle();
    const win = projectorWindow();
    assert.ok(win, 'the projector window is open');
    assert.ok(win.isFullScreen(), 'plugged in: full screen on the projector');
    soft.ok(!rec.focusHistory.includes(win.id), 'the projector never took the focus');
    const eventPath = recentEventPath();
    double.app.quit();
    await settle(20);
    soft.equal(double.state.exited, 0);
    const { default: Database } = (await import('better-sqlite3')) as unknown as {
      default: new (
        path: string,
        options: { readonly: boolean },
      ) => { prepare(sql: string): { get(): unknown }; close(): void };
    };
    const db = new Database(eventPath, { readonly: true });
    const row = db.prepare('SELECT window_bounds FROM display_state WHERE id = 1').get() as {
      window_bounds: string | null;
    };
    db.close();
    soft.equal(row.window_bounds, null, 'the app-initiated full-screen bounds were not stored as windowed');
    await commonChecks();
    return {};
  },

  /** A second copy: the first focuses its control window (never the projector); the second quits. */
  async secondInstance() {
    await launch({ displays: [laptop, projector] });
    const control = controlWindow();
    const display = projectorWindow();
    assert.ok(display);
    control.minimize();
    double.secondInstance(['pitch-jury']);
    await settle();
    soft.equal(control.isMinimized(), false, 'restored');
    soft.equal(double.state.focused, control.id, 'the control window has the focus');
    soft.ok(!rec.focusHistory.includes(display.id), 'the projector never took the focus');
    double.app.quit();
    await settle(20);
    await commonChecks();
    return { focused: windowRole(double.windows().find((w) => w.id === double.state.focused)) };
  },

  async secondCopy() {
    await launch({ primaryInstance: false });
    soft.equal(double.windows().length, 0, 'the second copy opens no window');
    soft.equal(double.state.exited, 0, 'and quits');
    await commonChecks();
    return {};
  },

  /** The packaged layout: resourcesPath, fonts outside the app, dev-server URL ignored, a PDF made. */
  async packaged() {
    const resourcesPath = join(workDir, 'Pitch Jury é', 'resources');
    cpSync(join(root, 'resources'), join(resourcesPath, 'resources'), { recursive: true });
    (process as { resourcesPath?: string }).resourcesPath = resourcesPath;
    process.env.ELECTRON_RENDERER_URL = 'http://localhost:5173/';
    await launch({ isPackaged: true });
    soft.ok(
      String(controlWindow().webContents.getURL()).startsWith('file:'),
      'ELECTRON_RENDERER_URL ignored when packaged',
    );
    await call('file.loadDemo');
    const job = await call<{ id: string }>('documents.generate', { kind: 'order' });
    let state = 'running';
    for (let i = 0; i < 50 && state === 'running'; i++) {
      await double.nextSend('pj:event:event.changed', (p) =>
        (p as { scopes: string[] }).scopes.includes('documents'),
      );
      const jobs = await call<{ id: string; state: string }[]>('documents.jobs');
      state = jobs.find((j) => j.id === job.id)?.state ?? 'missing';
    }
    soft.equal(state, 'done', 'the PDF was rendered from the packaged layout');
    const workers = workerUses();
    soft.ok(
      workers.some((w) => w.fontDir === join(resourcesPath, 'resources', 'fonts')),
      'fonts from resourcesPath',
    );
    double.app.quit();
    await settle(20);
    await commonChecks();
    return { workers };
  },
};

const run = scenarios[scenario];
if (!run) throw new Error(`unknown scenario '${scenario}': ${Object.keys(scenarios).join(', ')}`);
const observed = await run();
if (failures.length > 0) {
  process.stderr.write(`FAILED ${JSON.stringify(failures)}\n`);
  process.exit(1);
}
process.stdout.write(`RESULT ${JSON.stringify(observed)}\n`);
// The app's timers (backups) are unref'd; the exit code says the scenario passed.
process.exit(0);
