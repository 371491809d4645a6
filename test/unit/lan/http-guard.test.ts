import { describe, expect, it } from 'vitest';
import {
  bearerToken,
  contentSecurityPolicy,
  hostOf,
  isAllowedHost,
  isAllowedOrigin,
  originOf,
  securityHeaders,
  tokenFromProtocols,
} from '../../../main/core/lan/http-guard';

const v4 = { address: '192.168.1.20', port: 8470 };
const v6 = { address: 'fd00::2', port: 8470 };

describe('the local server’s request checks', () => {
  it('names itself with brackets around IPv6 addresses', () => {
    expect(hostOf(v4)).toBe('192.168.1.20:8470');
    expect(hostOf(v6)).toBe('[fd00::2]:8470');
    expect(originOf(v6)).toBe('http://[fd00::2]:8470');
  });

  it('accepts only its own Host (DNS rebinding sends another name)', () => {
    expect(isAllowedHost('192.168.1.20:8470', v4)).toBe(true);
    expect(isAllowedHost('[FD00::2]:8470', v6)).toBe(true);
    for (const host of [
      undefined,
      '',
      'pitch.example.org:8470',
      'localhost:8470',
      '192.168.1.20',
      '192.168.1.20:80',
    ]) {
      expect(isAllowedHost(host, v4), String(host)).toBe(false);
    }
    // Browsers leave out port 80.
    expect(isAllowedHost('192.168.1.20', { ...v4, port: 80 })).toBe(true);
  });

  it('accepts only its own Origin, and requires one where browsers always send it', () => {
    expect(isAllowedOrigin('http://192.168.1.20:8470', v4, true)).toBe(true);
    expect(isAllowedOrigin(undefined, v4, false)).toBe(true);
    expect(isAllowedOrigin(undefined, v4, true)).toBe(false);
    for (const origin of [
      'null',
      'http://evil.example',
      'https://192.168.1.20:8470',
      'http://192.168.1.20:8471',
    ]) {
      expect(isAllowedOrigin(origin, v4, false), origin).toBe(false);
    }
  });

  it('reads the token from the WebSocket sub-protocols or a bearer header, nowhere else', () => {
    expect(tokenFromProtocols('pitchjury.v1, pj.token.abc_DEF-123', 'pj.token.')).toBe('abc_DEF-123');
    expect(tokenFromProtocols('pitchjury.v1', 'pj.token.')).toBeNull();
    expect(tokenFromProtocols(undefined, 'pj.token.')).toBeNull();
    expect(bearerToken('Bearer abc')).toBe('abc');
    expect(bearerToken('Basic abc')).toBeNull();
    expect(bearerToken(undefined)).toBeNull();
  });

  it('sends CSP, nosniff and no-store on every answer, allowing WebSockets to itself only', () => {
    const headers = securityHeaders(v4);
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    expect(headers['Cache-Control']).toBe('no-store');
    expect(headers['Content-Security-Policy']).toBe(contentSecurityPolicy(v4));
    expect(contentSecurityPolicy(v4)).toContain("connect-src 'self' ws://192.168.1.20:8470;");
    expect(contentSecurityPolicy(v4)).toContain("frame-ancestors 'none'");
  });
});
