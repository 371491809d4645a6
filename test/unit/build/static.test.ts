/**
 * Traps nobody can catch here by running Electron (its binary cannot be
 * downloaded on this machine), checked statically on the build output instead.
 * `npm test` builds before running vitest.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPaths } from '../../../main/app/paths';

const root = resolve(import.meta.dirname, '..', '..', '..');
const out = join(root, 'out');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  main: string;
  type: string;
  scripts: Record<string, string>;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

function built(relative: string): string {
  const file = join(out, relative);
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` first (npm test does).`);
  return readFileSync(file, 'utf8');
}

describe('the built app', () => {
  it('has a sandbox-compatible preload: one CommonJS file that requires only electron', () => {
    const preload = built('preload/index.cjs');
    expect(readdirSync(join(out, 'preload'))).toEqual(['index.cjs']);
    const requires = [...preload.matchAll(/require\(["']([^"']+)["']\)/g)].map((m) => m[1]);
    expect(new Set(requires)).toEqual(new Set(['electron']));
    expect(preload).not.toMatch(/^\s*import\s/m);
    expect(preload).not.toMatch(/\bexport\s/);
    // It exposes the bridge, not ipcRenderer itself.
    expect(preload).toContain('exposeInMainWorld("pitchJury"');
    expect(preload).not.toMatch(/exposeInMainWorld\([^)]*ipcRenderer\s*\)/);
  });

  it('points package.json main at the built main entry', () => {
    expect(pkg.type).toBe('module');
    expect(existsSync(join(root, pkg.main))).toBe(true);
    expect(pkg.main).toBe('out/main/index.js');
  });

  it('uses import.meta.dirname in the ESM main process, never __dirname', () => {
    // Comments may mention __dirname (ours explain why we do not use it); code may not.
    const main = built('main/index.js')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/^\s*\/\/.*$/gm, '');
    expect(main).not.toMatch(/\b__dirname\b/);
    expect(main).not.toMatch(/\b__filename\b/);
    expect(main).toContain('import.meta.dirname');
  });

  it('points every window at out/preload/index.cjs and the built renderer', () => {
    const paths = builtPaths(join(out, 'main'), undefined);
    expect(paths.preload).toBe(join(out, 'preload', 'index.cjs'));
    expect(existsSync(paths.preload)).toBe(true);
    expect(existsSync(paths.rendererFile)).toBe(true);
    const windowsSource = readFileSync(join(root, 'main', 'app', 'windows.ts'), 'utf8');
    expect(windowsSource.match(/new BrowserWindow\(/g)?.length).toBe(
      windowsSource.match(/hardenedWebPreferences\(paths\.preload\)/g)?.length,
    );
  });

  it('keeps native and Node-only packages out of the main bundle', () => {
    const main = built('main/index.js');
    expect(main).toMatch(/from "better-sqlite3"/);
    expect(main).not.toContain('node_modules/better-sqlite3');
  });

  it('keeps zod out of the renderer bundle (the renderer imports contract types only)', () => {
    const assets = join(out, 'renderer', 'assets');
    for (const file of readdirSync(assets).filter((f) => f.endsWith('.js'))) {
      const code = readFileSync(join(assets, file), 'utf8');
      expect(code.includes('ZodError') || code.includes('_zod'), `${file} bundles zod`).toBe(false);
    }
  });

  it('loads the renderer with a CSP and no inline script', () => {
    const html = built('renderer/index.html');
    expect(html).toContain('Content-Security-Policy');
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  });

  it('pins Node 22 for every npm script and keeps versions the toolchain needs', () => {
    expect(pkg.devDependencies.node).toMatch(/^\^22\./);
    expect(pkg.devDependencies.electron).toMatch(/^\^45\./);
    expect(pkg.dependencies['better-sqlite3']).toMatch(/^\^13\./);
    expect(pkg.scripts.test).toContain('playwright test');
  });
});
