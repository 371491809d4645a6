/**
 * `electron-vite dev` serves the renderer with hot reload; the CSP of
 * renderer/index.html (`script-src 'self'`) must not block what the dev server
 * adds. The renderer's dev server is started from the project's own config, on
 * 127.0.0.1 port 0, and its index.html and preamble are fetched as a window would.
 */
import { chromium } from '@playwright/test';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import config from '../../../electron.vite.config';
import { CONTENT_SECURITY_POLICY } from '../../../main/app/security';
import { PREAMBLE_SRC } from '../../../vite-react-preamble';

let server: ViteDevServer;
let base = '';

beforeAll(async () => {
  const renderer = (config as { renderer?: Record<string, unknown> }).renderer ?? {};
  server = await createServer({
    ...renderer,
    configFile: false,
    logLevel: 'silent',
    // The header the app's session adds to every response (main/app/harden.ts), as in `electron-vite dev`.
    server: {
      host: '127.0.0.1',
      port: 0,
      strictPort: false,
      watch: null,
      headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY },
    },
    clearScreen: false,
  });
  await server.listen();
  const address = server.httpServer?.address();
  if (!address || typeof address === 'string') throw new Error('no address');
  base = `http://127.0.0.1:${address.port}`;
});

afterAll(async () => {
  await server?.close();
});

describe('the renderer under the dev server (hot reload)', () => {
  it('serves index.html with no inline script, so script-src self allows everything', async () => {
    const html = await (await fetch(`${base}/index.html`)).text();
    expect(html).toContain("script-src 'self'");
    const inline = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].filter(
      ([, attrs, body]) => !/\bsrc=/.test(attrs ?? '') && (body ?? '').trim() !== '',
    );
    expect(inline.map(([tag]) => tag)).toEqual([]);
    expect(html).toContain(`src="${PREAMBLE_SRC}"`);
  });

  it('serves the React Fast Refresh preamble from the same origin', async () => {
    const response = await fetch(`${base}${PREAMBLE_SRC}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/javascript/);
    expect(await response.text()).toContain('injectIntoGlobalHook');
  });

  it('runs the preamble in Chromium under the app’s CSP header, with no violation', async () => {
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    });
    try {
      const page = await browser.newPage();
      const violations: string[] = [];
      page.on('console', (message) => {
        if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
      });
      // Module scripts are deferred: they have all run once `load` fires.
      await page.goto(`${base}/index.html`, { waitUntil: 'load' });
      // What the preamble does (@vitejs/plugin-react): hooks React's refresh runtime into the page.
      const installed = await page.evaluate(
        () => '$RefreshReg$' in window && '__REACT_DEVTOOLS_GLOBAL_HOOK__' in window,
      );
      expect(installed).toBe(true);
      expect(violations).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
