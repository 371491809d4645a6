/**
 * The renderer's only door to the main process. Exposes `window.pitchJury`
 * with `invoke` and `on`, restricted to the contract's allowlist. Never exposes
 * ipcRenderer itself. Bundled as one CommonJS file requiring only `electron`
 * (sandboxed preloads cannot load other modules).
 */
import { contextBridge, type IpcRendererEvent, ipcRenderer } from 'electron';
import { CALL_CHANNEL_PREFIX, CALL_NAMES, EVENT_CHANNEL_PREFIX, EVENT_NAMES } from '../common/contract/names';

const allowedCalls = new Set<string>(CALL_NAMES);
const allowedEvents = new Set<string>(EVENT_NAMES);

contextBridge.exposeInMainWorld('pitchJury', {
  invoke(name: string, input: unknown): Promise<unknown> {
    if (!allowedCalls.has(name)) {
      return Promise.resolve({
        ok: false,
        error: { code: 'error.unknownCall', message: `Unknown call ${name}` },
      });
    }
    return ipcRenderer.invoke(`${CALL_CHANNEL_PREFIX}${name}`, input);
  },
  on(event: string, listener: (payload: unknown) => void): () => void {
    if (!allowedEvents.has(event)) throw new Error(`Unknown event ${event}`);
    const channel = `${EVENT_CHANNEL_PREFIX}${event}`;
    // Strip the IpcRendererEvent: it carries `sender`, which must not reach the page.
    const wrapped = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
    ipcRenderer.on(channel, wrapped);
    return () => ipcRenderer.removeListener(channel, wrapped);
  },
});
