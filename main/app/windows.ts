import { BrowserWindow } from 'electron';
import { hardenWindow } from './harden';
import { hardenedWebPreferences } from './security';

export interface WindowPaths {
  preload: string;
  appUrl: string;
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
  void win.loadURL(`${paths.appUrl}#/setup`);
  return win;
}
