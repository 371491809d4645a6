/**
 * Installs the network bridge as `window.pitchJury` when the page was served
 * by the laptop's local server (a phone, a viewer screen). In the app's own
 * windows the preload has already set it (and the E2E harness does the same),
 * so nothing changes there. Imported for this side effect before any call.
 */
import { browserNetDeps } from './browser';
import { NetBridge } from './ws-bridge';

let bridge: NetBridge | null = null;

if (typeof window !== 'undefined' && !window.pitchJury && /^https?:$/.test(window.location.protocol)) {
  bridge = new NetBridge(browserNetDeps());
  window.pitchJury = bridge;
  // The page stays available without network once loaded (public/sw.js). Browsers offer
  // service workers in secure contexts only (https, localhost): elsewhere this does nothing.
  if ('serviceWorker' in navigator) {
    navigator.serviceWorker.register('./sw.js').catch(() => undefined);
  }
}

/** The network bridge, or null in the app's own windows. */
export function networkBridge(): NetBridge | null {
  return bridge;
}
