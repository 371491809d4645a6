/**
 * The E2E stand-in for Electron's main process: serves the built renderer over
 * loopback HTTP and injects `window.pitchJury` into each page with
 * `exposeBinding`, backed by the real dispatcher, handlers and SQLite core.
 * Several pages (control room + display) attached to one harness share one core,
 * exactly like several Electron windows share the main process.
 */
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import type { CallName } from '../../common/contract';
import { isTrustedSender } from '../../main/app/security';
import { createCore } from '../../main/core/api/core';
import type { Dispatch } from '../../main/core/api/dispatch';
import { AppContext } from '../../main/core/context/app-context';
import { checkRows } from '../../main/core/db/rows';
import { closeEventFile } from '../../main/core/event-file';
import { SettingsStore } from '../../main/core/settings';

const RENDERER_DIR = resolve(import.meta.dirname, '..', '..', 'out', 'renderer');
const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.mp3': 'audio/mpeg',
  '.wav': 'audio/wav',
  '.ogg': 'audio/ogg',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
};

/** A call through the real dispatcher as a trusted page, its value, or a thrown error naming the call. */
export async function callOk<T>(harness: Harness, name: CallName, input: unknown): Promise<T> {
  const result = await harness.dispatch(name, input, { trustedSender: true });
  if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
  return result.value as T;
}

export interface Harness {
  appUrl: string;
  ctx: AppContext;
  dispatch: Dispatch;
  dir: string;
  /** What the next "open event file…" dialog answers. */
  nextOpenPath: string | null;
  nextCopyPath: string | null;
  /** Data: what the next import, export and backup-folder dialogs answer. */
  nextImportPath: string | null;
  nextExportPath: string | null;
  nextBackupFolder: string | null;
  /** Documents: what the next PDF "save as" dialog answers; PDFs sent to the viewer and to print. */
  nextPdfPath: string | null;
  openedPdfs: string[];
  printedPdfs: string[];
  attach(page: Page, route?: string): Promise<void>;
  close(): Promise<void>;
}

export async function startHarness(): Promise<Harness> {
  statSync(join(RENDERER_DIR, 'index.html')); // fails clearly if `npm run build` was not run
  const dir = mkdtempSync(join(tmpdir(), 'pitch-jury-e2e-'));
  const pages = new Set<Page>();
  const server = await serveStatic(RENDERER_DIR);
  const { port } = server.address() as AddressInfo;
  const appUrl = `http://127.0.0.1:${port}/index.html`;

  const harness: Harness = {
    appUrl,
    dir,
    nextOpenPath: null,
    nextCopyPath: null,
    nextImportPath: null,
    nextExportPath: null,
    nextBackupFolder: null,
    nextPdfPath: null,
    openedPdfs: [],
    printedPdfs: [],
    ctx: undefined as unknown as AppContext,
    dispatch: undefined as unknown as Dispatch,
    async attach(page, route = 'setup') {
      pages.add(page);
      page.on('close', () => pages.delete(page));
      await page.exposeBinding('__pjInvoke', (source, name: string, input: unknown) =>
        harness.dispatch(name, input, { trustedSender: isTrustedSender(source.frame.url(), appUrl) }),
      );
      // esbuild (tsx) wraps named functions with a `__name` helper that does not exist
      // in the page; define it so the harness also runs from tsx scripts and benches.
      await page.addInitScript('globalThis.__name ??= (fn) => fn;');
      await page.addInitScript(() => {
        type Listener = (payload: unknown) => void;
        const listeners = new Map<string, Set<Listener>>();
        const w = window as unknown as Record<string, unknown>;
        w.__pjEmit = (name: string, payload: unknown) => {
          for (const l of listeners.get(name) ?? []) l(payload);
        };
        w.pitchJury = {
          invoke: (name: string, input: unknown) =>
            (w.__pjInvoke as (n: string, i: unknown) => Promise<unknown>)(name, input),
          on: (name: string, listener: Listener) => {
            const set = listeners.get(name) ?? new Set<Listener>();
            set.add(listener);
            listeners.set(name, set);
            return () => set.delete(listener);
          },
        };
      });
      await page.goto(`${appUrl}#/${route}`);
    },
    async close() {
      server.close();
      if (harness.ctx.eventFile) closeEventFile(harness.ctx.eventFile);
      rmSync(dir, { recursive: true, force: true });
    },
  };

  harness.ctx = new AppContext({
    version: 'e2e',
    eventsDir: join(dir, 'events'),
    dataDir: dir,
    settings: new SettingsStore(null, { uiLocale: 'fr' }),
    platform: {
      pickEventFileToOpen: async () => harness.nextOpenPath,
      pickCopyDestination: async () => harness.nextCopyPath,
      pickImportFile: async () => harness.nextImportPath,
      pickExportDestination: async () => harness.nextExportPath,
      pickBackupFolder: async () => harness.nextBackupFolder,
      pickPdfDestination: async () => harness.nextPdfPath,
      openPdf: async (path) => harness.openedPdfs.push(path) > 0,
      printPdf: async (path) => harness.printedPdfs.push(path) > 0,
    },
    emit: (name, payload) => {
      for (const page of pages) {
        void page
          .evaluate(
            ([n, p]) => (window as unknown as { __pjEmit: (n: string, p: unknown) => void }).__pjEmit(n, p),
            [name, payload] as const,
          )
          .catch(() => undefined); // a page being closed or navigating misses one event, then re-reads
      }
    },
  });
  // As a development build: every SQLite row read is checked against its declared shape too.
  checkRows(true);
  harness.dispatch = createCore(harness.ctx, { checkOutputs: true }).dispatch;
  return harness;
}

function serveStatic(root: string): Promise<Server> {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    const file = join(root, path === '/' ? 'index.html' : path);
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = readFileSync(file);
      res.writeHead(200, { 'Content-Type': MIME[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)));
}
