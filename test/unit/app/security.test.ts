import { describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  hardenedWebPreferences,
  isNavigationAllowed,
  isTrustedSender,
  permissionDecision,
  windowOpenDecision,
} from '../../../main/app/security';

const appUrl = 'file:///opt/Pitch%20Jury/resources/app.asar/out/renderer/index.html';

describe('window hardening decisions', () => {
  it('isolates, sandboxes and gives no Node to every window', () => {
    expect(hardenedWebPreferences('/x/out/preload/index.cjs')).toMatchObject({
      preload: '/x/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
    });
  });

  it('allows navigation only between routes of our own page', () => {
    expect(isNavigationAllowed(`${appUrl}#/display`, appUrl)).toBe(true);
    expect(isNavigationAllowed('https://evil.example/', appUrl)).toBe(false);
    expect(isNavigationAllowed('file:///etc/passwd', appUrl)).toBe(false);
    expect(isNavigationAllowed(`${appUrl}?x=1`, appUrl)).toBe(false);
    expect(isNavigationAllowed('javascript:alert(1)', appUrl)).toBe(false);
    expect(isNavigationAllowed('not a url', appUrl)).toBe(false);
  });

  it('trusts IPC only from our own page, also with the dev server', () => {
    expect(isTrustedSender(`${appUrl}#/setup`, appUrl)).toBe(true);
    expect(isTrustedSender(undefined, appUrl)).toBe(false);
    expect(isTrustedSender('http://localhost:5173/index.html', appUrl)).toBe(false);
    expect(isTrustedSender('http://localhost:5173/#/setup', 'http://localhost:5173/index.html')).toBe(true);
    expect(isTrustedSender('http://localhost:5174/', 'http://localhost:5173/index.html')).toBe(false);
  });

  it('denies new windows and every permission', () => {
    expect(windowOpenDecision('https://example.org')).toEqual({ action: 'deny' });
    for (const p of ['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read']) {
      expect(permissionDecision(p)).toBe(false);
    }
  });

  it('ships a CSP that forbids foreign scripts, objects and framing', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/script-src[^;]*unsafe/);
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
  });
});
