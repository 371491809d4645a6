/**
 * The device's login, kept in local storage. A login link carries the token
 * after `#` (never sent to the server); the page stores it and takes it out
 * of the address bar, so it is not left on screen or in a shared screenshot.
 */
import { LAN_TOKEN_PATTERN, type LanRole } from '../../../common/contract/lan-protocol';
import { safeLocalStorage } from './browser';

const storageKey = (role: LanRole) => `pitch-jury.lan.token.${role}`;

export function tokenFromRoute(route: readonly string[]): string | null {
  const candidate = route[1];
  return candidate && LAN_TOKEN_PATTERN.test(candidate) ? candidate : null;
}

export function storedToken(role: LanRole): string | null {
  const token = safeLocalStorage()?.getItem(storageKey(role)) ?? null;
  return token && LAN_TOKEN_PATTERN.test(token) ? token : null;
}

export function storeToken(role: LanRole, token: string): void {
  try {
    safeLocalStorage()?.setItem(storageKey(role), token);
  } catch {
    // Storage refused: the login lasts as long as the page.
  }
}

export function forgetToken(role: LanRole): void {
  safeLocalStorage()?.removeItem(storageKey(role));
}

export function hideTokenFromAddressBar(role: LanRole): void {
  window.history.replaceState(null, '', `${window.location.pathname}#/${role}`);
}
