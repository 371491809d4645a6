/**
 * The built renderer (out/renderer), served read-only to phones and screens.
 * Only regular files under the root; no dotfiles, no `..`, no directory
 * listings. Files are kept in memory after their first read (the bundle is a
 * few megabytes; thirty phones opening the page at once read the disk once).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.mp3': 'audio/mpeg',
  '.ogg': 'audio/ogg',
  '.wav': 'audio/wav',
  '.json': 'application/json',
};

const MAX_CACHED_BYTES = 32 * 1024 * 1024;

export interface StaticFile {
  body: Buffer;
  type: string;
}

/** Where the built renderer is: next to the bundled main (out/main → out/renderer) or from the sources. */
export function defaultRendererDir(): string {
  const candidates = [
    resolve(import.meta.dirname, '..', 'renderer'),
    resolve(import.meta.dirname, '..', '..', '..', 'out', 'renderer'),
  ];
  return candidates.find((dir) => existsSync(resolve(dir, 'index.html'))) ?? (candidates[1] as string);
}

export class StaticFiles {
  private readonly cache = new Map<string, StaticFile>();
  private cachedBytes = 0;
  private readonly root: string;

  /**
   * `rewriteIndex` adapts index.html to the server: its CSP meta tag allows
   * `connect-src 'self'`, and some browsers (older Safari) do not count
   * ws://same-host as 'self', so the WebSocket origin is added explicitly.
   */
  constructor(
    root: string,
    private readonly rewriteIndex: (html: string) => string = (html) => html,
  ) {
    this.root = resolve(root);
  }

  /** The file for a URL path, or null (not found, or not allowed). */
  read(urlPath: string): StaticFile | null {
    let path: string;
    try {
      path = decodeURIComponent(urlPath);
    } catch {
      return null;
    }
    if (path === '/' || path === '') path = '/index.html';
    if (path.includes('\0') || path.includes('\\')) return null;
    const segments = path.split('/').filter(Boolean);
    if (segments.some((s) => s.startsWith('.'))) return null;
    const file = resolve(this.root, ...segments);
    if (!file.startsWith(this.root + sep)) return null;
    const cached = this.cache.get(file);
    if (cached) return cached;
    try {
      if (!statSync(file).isFile()) return null;
    } catch {
      return null;
    }
    const raw = readFileSync(file);
    const type = TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
    const body =
      file === resolve(this.root, 'index.html') ? Buffer.from(this.rewriteIndex(raw.toString('utf8'))) : raw;
    const entry = { body, type };
    if (this.cachedBytes + body.length <= MAX_CACHED_BYTES) {
      this.cache.set(file, entry);
      this.cachedBytes += body.length;
    }
    return entry;
  }
}

/** Adds `extra` to the connect-src of the page's CSP meta tag (see StaticFiles). */
export function widenConnectSrc(html: string, extra: string): string {
  return html.replace(/connect-src 'self'/, `connect-src 'self' ${extra}`);
}
