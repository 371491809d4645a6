/**
 * Request checks and response headers of the local server, as pure functions.
 *
 * Host: only the bound address:port. A page on another site that makes the
 * browser resolve its own name to our address (DNS rebinding) sends its own
 * name as Host and is refused.
 * Origin: when present, it must be our own origin (another site's page cannot
 * drive a juror's browser against us); on a WebSocket upgrade and on a POST it
 * is required (browsers always send it there).
 */
import { isIPv6 } from 'node:net';

export interface BoundAddress {
  address: string;
  port: number;
}

/** `192.168.1.20:8470`, `[fd00::2]:8470`. */
export function hostOf({ address, port }: BoundAddress): string {
  return `${isIPv6(address) ? `[${address}]` : address}:${port}`;
}

export function originOf(bound: BoundAddress): string {
  return `http://${hostOf(bound)}`;
}

/** Browsers leave out the default port. */
function acceptedHosts(bound: BoundAddress): string[] {
  const host = hostOf(bound).toLowerCase();
  return bound.port === 80 ? [host, host.slice(0, host.lastIndexOf(':'))] : [host];
}

export function isAllowedHost(hostHeader: string | undefined, bound: BoundAddress): boolean {
  if (!hostHeader) return false;
  return acceptedHosts(bound).includes(hostHeader.trim().toLowerCase());
}

export function isAllowedOrigin(
  originHeader: string | undefined,
  bound: BoundAddress,
  required: boolean,
): boolean {
  if (originHeader === undefined) return !required;
  const origin = originHeader.trim().toLowerCase();
  return acceptedHosts(bound).some((host) => origin === `http://${host}`);
}

/** The CSP of served pages: our own scripts only, and WebSocket to ourselves only. */
export function contentSecurityPolicy(bound: BoundAddress): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "media-src 'self' data: blob:",
    `connect-src 'self' ws://${hostOf(bound)}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** Sent with every answer, errors included. */
export function securityHeaders(bound: BoundAddress): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(bound),
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-store',
    'Referrer-Policy': 'no-referrer',
    'X-Frame-Options': 'DENY',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
  };
}

/** The token of an upgrade, from `Sec-WebSocket-Protocol: pitchjury.v1, pj.token.<token>`. */
export function tokenFromProtocols(header: string | undefined, tokenPrefix: string): string | null {
  if (!header) return null;
  const entry = header
    .split(',')
    .map((p) => p.trim())
    .find((p) => p.startsWith(tokenPrefix));
  return entry ? entry.slice(tokenPrefix.length) : null;
}

/** `Authorization: Bearer <token>`. */
export function bearerToken(header: string | undefined): string | null {
  const match = /^Bearer\s+(\S+)$/i.exec(header?.trim() ?? '');
  return match?.[1] ?? null;
}
