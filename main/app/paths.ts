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

/**
 * The renderer's dev server (`electron-vite dev` sets ELECTRON_RENDERER_URL),
 * honoured only when not packaged: the app URL is the trust anchor for IPC and
 * navigation, so an environment variable must never move it in an installed app.
 */
export function devServerUrl(env: Readonly<Record<string, string | undefined>>, isPackaged: boolean) {
  if (isPackaged) return undefined;
  return env.ELECTRON_RENDERER_URL || undefined;
}
