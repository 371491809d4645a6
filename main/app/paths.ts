import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * Where the built pieces are, relative to out/main/index.js. `"type": "module"`
 * gives us import.meta.dirname, not __dirname.
 */
export function builtPaths(mainDir: string, devServerUrl: string | undefined) {
  const rendererFile = join(mainDir, '..', 'renderer', 'index.html');
  return {
    preload: join(mainDir, '..', 'preload', 'index.cjs'),
    rendererFile,
    /** The URL our pages are served from; the trust anchor for IPC and navigation. */
    appUrl: devServerUrl ? new URL('/index.html', devServerUrl).href : pathToFileURL(rendererFile).href,
    resources: join(mainDir, '..', '..', 'resources'),
  };
}
