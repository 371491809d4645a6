/**
 * Window hardening decisions as pure functions (tested in Node), applied to
 * every window by `hardenWindow` in harden.ts. Follows Electron's security
 * checklist: isolation, sandbox, no Node, CSP, no navigation, no new windows,
 * no permissions, no <webview>.
 */

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  // React sets inline style attributes; no inline <style> injection from data.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "media-src 'self' data: blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export interface HardenedWebPreferences {
  preload: string;
  contextIsolation: true;
  sandbox: true;
  nodeIntegration: false;
  nodeIntegrationInWorker: false;
  nodeIntegrationInSubFrames: false;
  webviewTag: false;
  webSecurity: true;
  allowRunningInsecureContent: false;
  experimentalFeatures: false;
  spellcheck: false;
}

export function hardenedWebPreferences(preloadPath: string): HardenedWebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webviewTag: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    spellcheck: false,
  };
}

/** Same document, any hash route (#/setup, #/display): the only navigation we allow. */
export function isOwnPage(url: string | undefined | null, appUrl: string): boolean {
  if (!url) return false;
  try {
    const target = new URL(url);
    const own = new URL(appUrl);
    if (target.protocol !== own.protocol) return false;
    if (own.protocol === 'file:') return target.pathname === own.pathname && target.search === '';
    return target.origin === own.origin;
  } catch {
    return false;
  }
}

export function isNavigationAllowed(url: string, appUrl: string): boolean {
  return isOwnPage(url, appUrl);
}

/** IPC is answered only for frames showing our own page (never an iframe or a foreign page). */
export function isTrustedSender(frameUrl: string | undefined | null, appUrl: string): boolean {
  return isOwnPage(frameUrl, appUrl);
}

/** New windows are never opened by page content; the main process creates ours. */
export function windowOpenDecision(_url: string): { action: 'deny' } {
  return { action: 'deny' };
}

/** Camera, microphone, geolocation, notifications…: a judging kiosk needs none. */
export function permissionDecision(_permission: string): boolean {
  return false;
}
