/**
 * Electron entry: lifecycle and wiring only. Everything that decides something
 * lives in main/core (pure, tested in Node) or in main/app's pure helpers.
 */
import { join } from 'node:path';
import { app, type BrowserWindow, dialog, Menu, session, shell } from 'electron';
import type { Locale } from '../common/domain';
import { translate } from '../common/i18n';
import { DisplayWindowController } from './app/display-window';
import { hardenSession } from './app/harden';
import { broadcast, registerIpc } from './app/ipc';
import { buildMenuTemplate } from './app/menu';
import { builtPaths, devServerUrl } from './app/paths';
import { QuitFlow } from './app/quit-flow';
import { createControlWindow } from './app/windows';
import { createCore } from './core/api/core';
import { AppContext, type PlatformServices } from './core/context/app-context';
import { startBackupTimer } from './core/data/backup-service';
import { backupFolderDialog, exportDialog, importDialog } from './core/data/dialogs';
import { checkRows } from './core/db/rows';
import { electronPdfRuntime } from './core/documents-app/runtime';
import { closeEventFile, openEventFile } from './core/event-file';
import { roomDialog } from './core/rooms/dialogs';
import { SettingsStore } from './core/settings';

const paths = builtPaths(import.meta.dirname, devServerUrl(process.env, app.isPackaged));
// Read before `ready`: Chromium's own language (date pickers, number fields)
// is fixed by a command-line switch, so it must follow the interface language now.
// First launch: French unless the system speaks something else (Intl follows the OS locale).
const systemLocale = Intl.DateTimeFormat().resolvedOptions().locale;
const settings = new SettingsStore(join(app.getPath('userData'), 'settings.json'), {
  uiLocale: systemLocale.startsWith('fr') ? 'fr' : 'en',
});
app.commandLine.appendSwitch('lang', settings.get().uiLocale === 'fr' ? 'fr-FR' : 'en-GB');

/** The chair's window, kept by reference (a second launch focuses it). */
let controlWindow: BrowserWindow | null = null;

if (!app.requestSingleInstanceLock()) {
  // A second copy would open the same event file twice; focus the first instead.
  app.quit();
} else {
  app.on('second-instance', () => {
    // The control window by reference: getAllWindows()'s order is not documented, and the
    // projector must never take the focus.
    const win = controlWindow;
    if (win && !win.isDestroyed()) {
      if (win.isMinimized()) win.restore();
      win.focus();
    }
  });
  app
    .whenReady()
    .then(() => start(settings))
    .catch((error: unknown) => {
      console.error('[pitch-jury] could not start:', error);
      app.exit(1);
    });
}

function start(settings: SettingsStore): void {
  const dataDir = app.getPath('userData');
  const platform: PlatformServices = {
    async pickEventFileToOpen() {
      const locale = settings.get().uiLocale;
      const result = await dialog.showOpenDialog({
        title: translate(locale, 'file.open'),
        properties: ['openFile'],
        filters: [{ name: 'Pitch Jury', extensions: ['sqlite'] }],
      });
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async pickCopyDestination(suggestedName) {
      const locale = settings.get().uiLocale;
      const result = await dialog.showSaveDialog({
        title: translate(locale, 'file.saveCopy'),
        defaultPath: join(app.getPath('documents'), suggestedName),
        filters: [{ name: 'Pitch Jury', extensions: ['sqlite'] }],
      });
      return result.canceled ? null : (result.filePath ?? null);
    },
    listScreens: () => displayWindow.listScreens(),
    openDisplay: (screenId) => displayWindow.open(screenId),
    closeDisplay: () => displayWindow.close(),
    // Documents: fonts outside the asar, worker unpacked (main/core/documents-app/runtime.ts).
    pdfRuntime: () =>
      electronPdfRuntime({
        mainDir: import.meta.dirname,
        isPackaged: app.isPackaged,
        resourcesPath: process.resourcesPath,
      }),
    async pickPdfDestination(suggestedName) {
      const result = await dialog.showSaveDialog({
        title: translate(settings.get().uiLocale, 'documents.save'),
        defaultPath: join(app.getPath('documents'), suggestedName),
        filters: [{ name: 'PDF', extensions: ['pdf'] }],
      });
      return result.canceled ? null : (result.filePath ?? null);
    },
    // Data (main/core/data/dialogs.ts decides titles and filters): import, export, backup folder.
    async pickImportFile(kind) {
      const options = importDialog(kind, settings.get().uiLocale);
      const result = await dialog.showOpenDialog({ ...options, properties: ['openFile'] });
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async pickExportDestination(suggestedName, format) {
      const options = exportDialog(format, settings.get().uiLocale);
      const defaultPath = join(app.getPath('documents'), suggestedName);
      const result = await dialog.showSaveDialog({ ...options, defaultPath });
      return result.canceled ? null : (result.filePath ?? null);
    },
    // Rooms (main/core/rooms/dialogs.ts decides titles and filters): room file, room result, merge.
    async pickRoomFileDestination(suggestedName, kind) {
      const options = roomDialog(kind, settings.get().uiLocale);
      const defaultPath = join(app.getPath('documents'), suggestedName);
      const result = await dialog.showSaveDialog({ ...options, defaultPath });
      return result.canceled ? null : (result.filePath ?? null);
    },
    async pickRoomResultToMerge() {
      const options = roomDialog('merge', settings.get().uiLocale);
      const result = await dialog.showOpenDialog({ ...options, properties: ['openFile'] });
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async pickBackupFolder() {
      const options = backupFolderDialog(settings.get().uiLocale);
      const result = await dialog.showOpenDialog({
        ...options,
        properties: ['openDirectory', 'createDirectory'],
      });
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    // shell.openPath answers '' on success, else the OS's error message.
    openPdf: async (path) => (await shell.openPath(path)) === '',
    // Printing goes through the system viewer's own print dialog (printer choice, copies, duplex).
    printPdf: async (path) => (await shell.openPath(path)) === '',
  };
  const ctx = new AppContext({
    version: app.getVersion(),
    eventsDir: join(dataDir, 'events'),
    dataDir,
    settings,
    platform,
    emit: (name, payload) => {
      broadcast(name, payload);
      displayWindow.onEvent(name);
    },
  });
  const displayWindow = new DisplayWindowController(paths, ctx);
  // Development builds check every SQLite row read against its declared shape (main/core/db/rows.ts).
  checkRows(!app.isPackaged);
  reopenLastEvent(ctx);
  // Development builds check every answer against the contract; the packaged app does not pay for it.
  const { dispatch, services } = createCore(ctx, { checkOutputs: !app.isPackaged });
  // Automatic backups while an event is open (main/core/data/backup-service.ts decides when).
  const stopBackups = startBackupTimer(services.backups);

  hardenSession(session.defaultSession);
  registerIpc(dispatch, paths.appUrl);

  // One orderly quit (main/app/quit-flow.ts): the question first; only a quit that goes ahead
  // stops the local network (phones are told, nothing is left listening) and closes the event
  // file (PRAGMA optimize). Electron emits no window-all-closed for app.quit() (Cmd+Q, File > Quit).
  const quitFlow = new QuitFlow({
    midPitchTeam: () => displayWindow.midPitchTeam(),
    ask: (teamName, parent) => displayWindow.askQuit(teamName, parent as BrowserWindow | null),
    shutdown: async () => {
      stopBackups();
      displayWindow.stop();
      await dispatch('lan.stop', {}, { trustedSender: true });
      if (ctx.eventFile?.db.open) closeEventFile(ctx.eventFile);
    },
    quit: () => app.quit(),
    exit: () => app.exit(0),
  });
  app.on('before-quit', (event) => quitFlow.beforeQuit(event));
  app.on('will-quit', (event) => quitFlow.willQuit(event));

  const applyMenu = (locale: Locale) => {
    const run = (name: string) => () => void dispatch(name, {}, { trustedSender: true });
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(
        buildMenuTemplate(
          locale,
          {
            newEvent: () => broadcast('menu.command', { command: 'newEvent' }),
            openEvent: run('file.open'),
            saveCopy: run('file.saveCopy'),
            loadDemo: run('file.loadDemo'),
            setLocale: (next) => {
              void dispatch('app.setUiLocale', { locale: next }, { trustedSender: true }).then(() =>
                applyMenu(next),
              );
            },
          },
          process.platform === 'darwin',
        ),
      ),
    );
  };
  applyMenu(settings.get().uiLocale);

  const openControlWindow = () => {
    const win = createControlWindow(paths, translate(settings.get().uiLocale, 'app.title'));
    controlWindow = win;
    // Closing the chair's window ends the app: same question mid-pitch, and the projector goes with it.
    win.on('close', (event) => quitFlow.windowClose(event, win));
    win.on('closed', () => {
      if (controlWindow === win) controlWindow = null;
      displayWindow.close();
    });
  };
  openControlWindow();
  displayWindow.start();
  app.on('activate', () => {
    if (!controlWindow) openControlWindow();
  });
  // Closing the windows one by one (not app.quit()) ends here; the quit flow does the shutdown.
  app.on('window-all-closed', () => app.quit());
}

/** Opens the most recent event that still opens; a missing or broken file is skipped. */
function reopenLastEvent(ctx: AppContext): void {
  for (const recent of ctx.settings.get().recent) {
    try {
      ctx.eventFile = openEventFile(recent.path);
      return;
    } catch (error) {
      console.warn(`[pitch-jury] could not reopen ${recent.path}:`, error);
    }
  }
}
