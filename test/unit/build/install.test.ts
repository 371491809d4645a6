/**
 * `npm ci` must work on a laptop with no Python, no C/C++ compiler and no make.
 * .ci/run proves it end to end on a fresh clone; these checks catch, in every
 * `npm test`, the lockfile or package.json changes that would break it.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  type InstalledPackage,
  implicitGypBuilds,
  type Lockfile,
  readInstalled,
  withGypfileFlags,
} from '../../../scripts/lockfile-gypfile';

const root = resolve(import.meta.dirname, '..', '..', '..');
const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as Lockfile;
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  allowScripts?: Record<string, boolean>;
};

function nameOf(location: string): string {
  return location.slice(location.lastIndexOf('node_modules/') + 'node_modules/'.length);
}

describe('the lockfile keeps npm ci compiler-free', () => {
  it('no installed dependency gets an implicit node-gyp rebuild (better-sqlite3 carries gypfile: false)', () => {
    // When this fails after an `npm install`: run `npm run lockfile:fix` and commit package-lock.json.
    expect(implicitGypBuilds(lock, readInstalled(root))).toEqual([]);
    expect(lock.packages['node_modules/better-sqlite3']?.gypfile).toBe(false);
  });

  const installed: Record<string, InstalledPackage> = {
    'node_modules/prebuilt': { hasBindingGyp: true, gypfile: false, scripts: {} },
    'node_modules/compiles': { hasBindingGyp: true, gypfile: undefined, scripts: {} },
    'node_modules/own-install': {
      hasBindingGyp: true,
      gypfile: undefined,
      scripts: { install: 'prebuild-install' },
    },
    'node_modules/pure-js': { hasBindingGyp: false, gypfile: undefined, scripts: {} },
  };
  const synthetic: Lockfile = {
    packages: {
      '': { version: '1.0.0' },
      'node_modules/prebuilt': { version: '1.0.0' },
      'node_modules/compiles': { version: '1.0.0' },
      'node_modules/own-install': { version: '1.0.0', hasInstallScript: true },
      'node_modules/pure-js': { version: '1.0.0' },
      'node_modules/other-platform': { version: '1.0.0', optional: true },
    },
  };

  it('tells a missing flag (fixable) from a package that really compiles (to review)', () => {
    expect(implicitGypBuilds(synthetic, (location) => installed[location])).toEqual([
      { location: 'node_modules/prebuilt', kind: 'flag-missing' },
      { location: 'node_modules/compiles', kind: 'would-compile' },
    ]);
  });

  it('restores the flag and nothing else', () => {
    const fixed = withGypfileFlags(synthetic, ['node_modules/prebuilt']);
    expect(fixed.packages['node_modules/prebuilt']).toEqual({ version: '1.0.0', gypfile: false });
    expect(implicitGypBuilds(fixed, (location) => installed[location])).toEqual([
      { location: 'node_modules/compiles', kind: 'would-compile' },
    ]);
    expect({
      ...fixed.packages,
      'node_modules/prebuilt': synthetic.packages['node_modules/prebuilt'],
    }).toEqual(synthetic.packages);
  });
});

describe('allowScripts (read by npm 11.16+; npm 12 blocks install scripts it does not allow)', () => {
  const policy = pkg.allowScripts ?? {};

  it('allows the `node` package, whose preinstall is what pins Node 22 for every npm script', () => {
    expect(policy.node).toBe(true);
  });

  it('reviews every dependency that has an install script, and denies better-sqlite3 its node-gyp fallback', () => {
    const withScripts = Object.entries(lock.packages)
      .filter(([location, entry]) => location !== '' && entry.hasInstallScript === true)
      .map(([location]) => nameOf(location));
    expect(withScripts.length).toBeGreaterThan(0);
    expect(withScripts.filter((name) => !(name in policy))).toEqual([]);
    // Denied, so npm 11.16+ skips node-gyp for it even if an `npm install` drops gypfile from the lockfile.
    expect(policy['better-sqlite3']).toBe(false);
  });

  it('uses bare package names: a version-pinned allow never matches a lockfile written without resolved URLs', () => {
    // With omit-lockfile-registry-resolved (set on this machine) npm cannot verify a version, so it
    // refuses `name@1.2.3` allows (arborist's script-allowed.js) and the Node 22 pin would be skipped.
    expect(Object.keys(policy).filter((key) => key.slice(1).includes('@'))).toEqual([]);
  });
});
