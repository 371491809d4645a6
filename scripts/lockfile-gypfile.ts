/**
 * Keeps `npm ci` free of any compiler.
 *
 * npm decides whether to run an implicit `node-gyp rebuild` for a package
 * from the package's lockfile entry, not from its own package.json: during
 * `npm ci` the entry *is* the package metadata (arborist's load-virtual), and
 * its rebuild step compiles any package whose folder holds a `binding.gyp`
 * unless that metadata says `gypfile: false`. better-sqlite3 13 ships
 * Node-API prebuilds and says `gypfile: false` in its package.json, but npm
 * does not copy that field into the lockfile (it is not one of the fields
 * arborist's shrinkwrap records), so every `npm ci` compiled it — and failed
 * with "gyp ERR! find Python" on a laptop without Python and a C++ compiler.
 *
 * The fix is `"gypfile": false` in the lockfile entry. Because any later
 * `npm install <something>` rewrites the lockfile without it, this script
 * restores it (`npm run lockfile:fix`), and test/unit/build/install.test.ts
 * fails while it is missing.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export interface LockEntry {
  version?: string;
  gypfile?: boolean;
  hasInstallScript?: boolean;
  [key: string]: unknown;
}
export interface Lockfile {
  packages: Record<string, LockEntry>;
  [key: string]: unknown;
}
/** What the installed copy of a package says about native builds. */
export interface InstalledPackage {
  hasBindingGyp: boolean;
  gypfile: unknown;
  scripts: Record<string, string>;
}

export interface GypFinding {
  location: string;
  /**
   * `flag-missing`: the package opts out of node-gyp but the lockfile does not say so (fixable here).
   * `would-compile`: the package really wants node-gyp at install time (needs a compiler: a new dependency to review).
   */
  kind: 'flag-missing' | 'would-compile';
}

/** Every lockfile entry for which `npm ci` would run an implicit `node-gyp rebuild`. */
export function implicitGypBuilds(
  lock: Lockfile,
  installed: (location: string) => InstalledPackage | undefined,
): GypFinding[] {
  const findings: GypFinding[] = [];
  for (const [location, entry] of Object.entries(lock.packages)) {
    if (location === '' || entry.gypfile === false) continue;
    const pkg = installed(location);
    // Not installed here (an optional dependency for another platform): nothing to decide from.
    if (!pkg?.hasBindingGyp) continue;
    // An explicit install/preinstall script replaces the implicit one (arborist's rule).
    if (pkg.scripts.install || pkg.scripts.preinstall) continue;
    findings.push({ location, kind: pkg.gypfile === false ? 'flag-missing' : 'would-compile' });
  }
  return findings;
}

/** A copy of the lockfile with `gypfile: false` on the given entries. */
export function withGypfileFlags(lock: Lockfile, locations: readonly string[]): Lockfile {
  const packages = { ...lock.packages };
  for (const location of locations) {
    const entry = packages[location];
    if (entry) packages[location] = { ...entry, gypfile: false };
  }
  return { ...lock, packages };
}

export function readInstalled(root: string): (location: string) => InstalledPackage | undefined {
  return (location) => {
    const dir = join(root, location);
    const manifest = join(dir, 'package.json');
    if (!existsSync(manifest)) return undefined;
    const pkg = JSON.parse(readFileSync(manifest, 'utf8')) as {
      gypfile?: unknown;
      scripts?: Record<string, string>;
    };
    return {
      hasBindingGyp: existsSync(join(dir, 'binding.gyp')),
      gypfile: pkg.gypfile,
      scripts: pkg.scripts ?? {},
    };
  };
}

function main(): void {
  const root = resolve(import.meta.dirname, '..');
  const lockPath = join(root, 'package-lock.json');
  const lock = JSON.parse(readFileSync(lockPath, 'utf8')) as Lockfile;
  const findings = implicitGypBuilds(lock, readInstalled(root));
  const fixable = findings.filter((f) => f.kind === 'flag-missing').map((f) => f.location);
  const compiling = findings.filter((f) => f.kind === 'would-compile').map((f) => f.location);
  if (fixable.length > 0) {
    // npm writes the lockfile as 2-space JSON with a final newline; so do we, to keep the diff to the added lines.
    writeFileSync(lockPath, `${JSON.stringify(withGypfileFlags(lock, fixable), null, 2)}\n`);
    console.log(`package-lock.json: added "gypfile": false to ${fixable.join(', ')}`);
  } else {
    console.log('package-lock.json: every package that ships prebuilds already carries "gypfile": false');
  }
  if (compiling.length > 0) {
    console.error(
      `These dependencies compile with node-gyp at install time, so \`npm ci\` would need Python and a C++ compiler: ${compiling.join(', ')}`,
    );
    process.exitCode = 1;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) main();
