/**
 * Size of what the control room and the display must load: every JS and CSS
 * file of the built renderer, gzipped (what a LAN viewer would download) and raw.
 * Builds first so the figure is never stale.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Bench } from './figure';

const root = resolve(import.meta.dirname, '..', '..');

const bench: Bench = async () => {
  execFileSync(join(root, 'node_modules', '.bin', 'electron-vite'), ['build'], { cwd: root, stdio: 'pipe' });
  const assets = join(root, 'out', 'renderer', 'assets');
  let raw = 0;
  let gz = 0;
  for (const file of readdirSync(assets).filter((f) => /\.(js|css)$/.test(f))) {
    const bytes = readFileSync(join(assets, file));
    raw += bytes.length;
    gz += gzipSync(bytes, { level: 9 }).length;
  }
  return [
    {
      id: 'renderer.bundle_kb_gz',
      value: round(gz / 1024),
      unit: 'KiB',
      better: 'lower',
      note: 'JS + CSS, gzip -9',
    },
    { id: 'renderer.bundle_kb_raw', value: round(raw / 1024), unit: 'KiB', better: 'lower' },
  ];
};

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

export default bench;
