import { BrowserWindow } from 'electron';
import { hardenWindow } from './harden';
import { hardenedWebPreferences } from './security';

export interface WindowPaths {
  preload: string;
  appUrl: string;
}

/**
 * Loads our page into `win` with the promise handled: closing a window while
 * it loads rejects loadURL (ERR_ABORTED), which is expected and not an error;
 * any other failure is logged rather than left as an unhandled rejection.
 */
export function loadPage(win: BrowserWindow, url: string): void {
  win.loadURL(url).catch((error: unknown) => {
    if (!win.isDestroyed()) console.error(`[pitch-jury] could not load ${url}:`, error);
  });
}

/** The chair's window: setup, running order, control room, results. */
export function createControlWindow(paths: WindowPaths, title: string): BrowserWindow {
  const win = new BrowserWindow({
    width: 1366,
    height: 860,
    minWidth: 1024,
    minHeight: 640,
    title,
    show: false,
    backgroundColor: '#0f172a',
    webPreferences: hardenedWebPreferences(paths.preload),
  });
  hardenWindow(win, paths.appUrl);
  win.once('ready-to-show', () => win.show());
  loadPage(win, `${paths.appUrl}#/setup`);
  return win;
}
