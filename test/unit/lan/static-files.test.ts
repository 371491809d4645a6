import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { StaticFiles, widenConnectSrc } from '../../../main/core/lan/static-files';

const root = mkdtempSync(join(tmpdir(), 'pitch-jury-static-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const site = join(root, 'renderer');
mkdirSync(join(site, 'assets'), { recursive: true });
writeFileSync(join(site, 'index.html'), `<meta content="default-src 'self'; connect-src 'self'">`);
writeFileSync(join(site, 'assets', 'app.js'), 'ok');
writeFileSync(join(site, '.env'), 'SECRET=1');
writeFileSync(join(root, 'outside.txt'), 'outside');

describe('the served renderer files', () => {
  const files = new StaticFiles(site, (html) => widenConnectSrc(html, 'ws://10.0.0.2:8470'));

  it('serves index.html for / with the WebSocket origin added to its CSP, and assets with their type', () => {
    expect(files.read('/')?.body.toString()).toBe(
      `<meta content="default-src 'self'; connect-src 'self' ws://10.0.0.2:8470">`,
    );
    expect(files.read('/index.html')?.type).toBe('text/html; charset=utf-8');
    expect(files.read('/assets/app.js')).toEqual({
      body: Buffer.from('ok'),
      type: 'text/javascript; charset=utf-8',
    });
  });

  it('serves nothing outside the folder, no dotfile and no directory', () => {
    for (const path of [
      '/../outside.txt',
      '/%2e%2e/outside.txt',
      '/assets/..%2f..%2foutside.txt',
      '/.env',
      '/assets',
      '/assets/',
      '/missing.js',
      '/%E0%A4%A',
      '/assets\\..\\..\\outside.txt',
    ]) {
      expect(files.read(path), path).toBeNull();
    }
  });
});
