/**
 * `node --import ./test/shell/electron-double/register.ts …`: maps the
 * `electron` specifier to the double (electron.ts) with Node's synchronous,
 * in-thread module hooks (module.registerHooks, Node ≥ 22.15), and records
 * which packages the built app resolves, so a scenario can tell what the main
 * bundle evaluated at startup. Code under out/main that imports
 * node:worker_threads gets worker-spy.ts, which records every worker's file
 * and font folder before starting the real worker.
 */
import { registerHooks } from 'node:module';

const doubleUrl = new URL('./electron.ts', import.meta.url).href;
const workerSpyUrl = new URL('./worker-spy.ts', import.meta.url).href;
const builtMain = new URL('../../../out/main/', import.meta.url).href;

/** Bare specifiers resolved by the built app, in order (shared with scenarios through globalThis). */
const resolved: string[] = [];
(globalThis as { __pitchJuryResolved?: string[] }).__pitchJuryResolved = resolved;

registerHooks({
  resolve(specifier, context, nextResolve) {
    if (specifier === 'electron') return { url: doubleUrl, shortCircuit: true };
    const fromApp = context.parentURL?.startsWith(builtMain) ?? false;
    if (fromApp && !specifier.startsWith('.') && !specifier.startsWith('node:')) resolved.push(specifier);
    if (fromApp && specifier === 'node:worker_threads') {
      return { url: workerSpyUrl, shortCircuit: true };
    }
    return nextResolve(specifier, context);
  },
});
