import type { BrowserWindow, Session } from 'electron';
import {
  CONTENT_SECURITY_POLICY,
  isNavigationAllowed,
  permissionDecision,
  windowOpenDecision,
} from './security';

/** Applies the decisions of security.ts to a window (the only Electron-typed part). */
export function hardenWindow(win: BrowserWindow, appUrl: string): void {
  const contents = win.webContents;
  // Electron 45's event-object form: the positional url argument is deprecated.
  contents.on('will-navigate', (details) => {
    if (!isNavigationAllowed(details.url, appUrl)) details.preventDefault();
  });
  contents.on('will-redirect', (details) => {
    if (!isNavigationAllowed(details.url, appUrl)) details.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => windowOpenDecision(url));
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** Session-wide rules: permissions denied, CSP header on every response. */
export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, permission, callback) =>
    callback(permissionDecision(permission)),
  );
  session.setPermissionCheckHandler((_contents, permission) => permissionDecision(permission));
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: {
        ...details.responseHeaders,
        'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
        'X-Content-Type-Options': ['nosniff'],
      },
    });
  });
}
