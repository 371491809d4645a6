/**
 * `electron-vite dev` (hot reload) under the renderer's CSP. @vitejs/plugin-react
 * injects its Fast Refresh preamble into index.html as an INLINE module script,
 * which `script-src 'self'` blocks (a blank window). Rather than relaxing the
 * CSP, this dev-only plugin (apply: 'serve', never part of a build, so never of
 * the packaged app) replaces that inline script with the same code served as a
 * same-origin module: the plugin's own virtual module
 * `@vitejs/plugin-react/preamble`, reached through Vite's `/@id/` prefix.
 */
import type { Plugin } from 'vite';

export const PREAMBLE_SRC = '/@id/@vitejs/plugin-react/preamble';

/** The inline script plugin-react adds: a module script importing injectIntoGlobalHook. */
const INLINE_PREAMBLE = /<script type="module">[^<]*injectIntoGlobalHook[^<]*<\/script>/;

export function removeInlinePreamble(html: string): string {
  return html.replace(INLINE_PREAMBLE, `<script type="module" src="${PREAMBLE_SRC}"></script>`);
}

export function externalReactPreamble(): Plugin {
  return {
    name: 'pitch-jury:external-react-preamble',
    apply: 'serve',
    transformIndexHtml: { order: 'post', handler: removeInlinePreamble },
  };
}
