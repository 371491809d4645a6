import { BrowserWindow, ipcMain } from 'electron';
import { CALL_CHANNEL_PREFIX, CALL_NAMES, EVENT_CHANNEL_PREFIX } from '../../common/contract/names';
import type { Dispatch } from '../core/api/dispatch';
import { isTrustedSender } from './security';

/** One ipcMain handler per allowlisted call, all through the same dispatcher. */
export function registerIpc(dispatch: Dispatch, appUrl: string): void {
  for (const name of CALL_NAMES) {
    ipcMain.handle(`${CALL_CHANNEL_PREFIX}${name}`, (event, input: unknown) =>
      dispatch(name, input, { trustedSender: isTrustedSender(event.senderFrame?.url, appUrl) }),
    );
  }
}

/** Pushes an event to every window; windows re-read what they show. */
export function broadcast(name: string, payload: unknown): void {
  for (const win of BrowserWindow.getAllWindows()) {
    if (!win.isDestroyed()) win.webContents.send(`${EVENT_CHANNEL_PREFIX}${name}`, payload);
  }
}
