import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { externalReactPreamble } from './vite-react-preamble';

const root = import.meta.dirname;

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: {
        input: {
          index: resolve(root, 'main/index.ts'),
          // PDF batches run in a worker thread so the timer never stalls.
          'pdf-worker': resolve(root, 'main/core/documents/worker.ts'),
          // Backup checks (integrity_check) run in a worker thread so the main loop never waits for them.
          'backup-worker': resolve(root, 'main/core/data/backup-worker.ts'),
          // Imported files are parsed in a worker thread with resource limits and a time budget.
          'import-worker': resolve(root, 'main/core/data/import-worker.ts'),
        },
        // Native and Node-only packages stay external; electron-builder ships them unpacked.
        external: ['better-sqlite3', 'pdfkit', 'exceljs', 'qrcode', 'iconv-lite'],
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rollupOptions: {
        input: { index: resolve(root, 'preload/index.ts') },
        // A sandboxed preload must be a single CommonJS file that requires only `electron`.
        output: { format: 'cjs', entryFileNames: '[name].cjs', inlineDynamicImports: true },
      },
    },
  },
  renderer: {
    root: resolve(root, 'renderer'),
    base: './',
    // Dev server only: the React preamble as a same-origin script, so the CSP stays strict (no inline script).
    plugins: [react(), externalReactPreamble()],
    build: {
      outDir: resolve(root, 'out/renderer'),
      minify: true,
      rollupOptions: { input: { index: resolve(root, 'renderer/index.html') } },
    },
  },
});
