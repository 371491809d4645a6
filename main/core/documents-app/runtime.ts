/**
 * Where the PDF engine finds its fonts and its worker, decided without
 * Electron so it can be tested: in the repository (tests, CLI, `electron-vite
 * dev`) and in the packaged app, where fonts ship as extraResources outside
 * the asar and the worker is unpacked (a worker thread cannot start from
 * inside an asar archive).
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export interface ElectronPdfPaths {
  /** Folder of the built main bundle (out/main), i.e. import.meta.dirname of index.js. */
  mainDir: string;
  isPackaged: boolean;
  /** process.resourcesPath of the packaged app. */
  resourcesPath: string;
}

export function electronPdfRuntime(paths: ElectronPdfPaths): { fontDir: string; workerUrl: URL } {
  if (!paths.isPackaged) {
    return {
      fontDir: join(paths.mainDir, '..', '..', 'resources', 'fonts'),
      workerUrl: pathToFileURL(join(paths.mainDir, 'pdf-worker.js')),
    };
  }
  const unpacked = paths.mainDir.replace(/([\\/])app\.asar(?=[\\/]|$)/, '$1app.asar.unpacked');
  return {
    fontDir: join(paths.resourcesPath, 'resources', 'fonts'),
    workerUrl: pathToFileURL(join(unpacked, 'pdf-worker.js')),
  };
}

/**
 * `<repo>/resources/fonts` from this file's place in the source tree (tests,
 * CLI, the E2E harness). Same answer as the engine's `defaultFontDir()`, which
 * lives beside pdfkit; the main process must not load pdfkit just for a path.
 */
export function repositoryFontDir(): string {
  return join(import.meta.dirname, '..', '..', '..', 'resources', 'fonts');
}
