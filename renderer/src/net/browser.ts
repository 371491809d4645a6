/** The browser's side of the network bridge: WebSocket, fetch, local storage, random keys. */
import { LAN_SESSION_PATH, LAN_WS_PATH } from '../../../common/contract/lan-protocol';
import type { StorageLike } from './outbox';
import type { NetDeps } from './ws-bridge';

/** Local storage, or nothing when the browser refuses it (some private modes). */
export function safeLocalStorage(): StorageLike | null {
  try {
    const storage = window.localStorage;
    storage.getItem('pitch-jury.probe');
    return storage;
  } catch {
    return null;
  }
}

/** 128 random bits, base64url. `crypto.randomUUID` needs a secure context, which http://192.168… is not. */
export function randomKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

export function browserNetDeps(): NetDeps {
  const scheme = window.location.protocol === 'https:' ? 'wss' : 'ws';
  return {
    wsUrl: `${scheme}://${window.location.host}${LAN_WS_PATH}`,
    openSocket(url, protocols, handlers) {
      const ws = new WebSocket(url, protocols);
      ws.onopen = () => handlers.open();
      ws.onmessage = (event) => {
        if (typeof event.data === 'string') handlers.message(event.data);
      };
      ws.onclose = (event) => handlers.close(event.code);
      return {
        send: (data) => {
          if (ws.readyState === WebSocket.OPEN) ws.send(data);
        },
        close: (code) => ws.close(code),
      };
    },
    async checkSession(token) {
      try {
        const response = await fetch(LAN_SESSION_PATH, {
          headers: { Authorization: `Bearer ${token}` },
          cache: 'no-store',
        });
        if (response.status === 401) return 'invalid';
        return response.ok ? 'valid' : 'unreachable';
      } catch {
        return 'unreachable';
      }
    },
    storage: safeLocalStorage(),
    now: () => Date.now(),
    newKey: randomKey,
    fallbackLocale: navigator.language.toLowerCase().startsWith('en') ? 'en' : 'fr',
  };
}
