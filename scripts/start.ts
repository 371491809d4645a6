/**
 * `npm start`: launches the built app in Electron, saying in plain words what
 * is going on when Electron is not there yet.
 *
 * The `electron` npm package does not contain Electron: its binary (~100 MB)
 * is downloaded the first time it is needed. Offline, Electron's own launcher
 * then says "Electron failed to install correctly. Please delete
 * node_modules/electron…", which sends a newcomer the wrong way (node_modules
 * is fine). This launcher checks first, explains, downloads with Electron's
 * own installer, and says what to do if that fails.
 *
 * Developer-facing console text, in English like the rest of the tooling.
 * The decisions are pure functions, tested in test/unit/build/start.test.ts.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export type ElectronState =
  | { kind: 'ready'; executable: string }
  | { kind: 'needs-download' }
  | { kind: 'override-missing'; executable: string };

export interface ElectronProbe {
  /** node_modules/electron */
  electronDir: string;
  /** The version the electron package installs (its package.json). */
  version: string;
  platform: NodeJS.Platform;
  overrideDistPath: string | undefined;
  exists(path: string): boolean;
  /** A file's text, or undefined when it cannot be read. */
  read(path: string): string | undefined;
}

/** Where Electron's executable sits inside its distribution (what electron's install.js writes to path.txt). */
export function platformExecutable(platform: NodeJS.Platform): string {
  if (platform === 'darwin') return 'Electron.app/Contents/MacOS/Electron';
  if (platform === 'win32') return 'electron.exe';
  return 'electron';
}

/**
 * Is Electron there, following the electron package's own rules: ELECTRON_OVERRIDE_DIST_PATH
 * wins; otherwise dist/ must hold the executable named in path.txt, of this package's version.
 */
export function electronState(probe: ElectronProbe): ElectronState {
  const named = probe.read(join(probe.electronDir, 'path.txt'))?.trim();
  const relativeExe = named || platformExecutable(probe.platform);
  if (probe.overrideDistPath) {
    const executable = join(probe.overrideDistPath, relativeExe);
    return probe.exists(executable)
      ? { kind: 'ready', executable }
      : { kind: 'override-missing', executable };
  }
  const dist = join(probe.electronDir, 'dist');
  const executable = join(dist, relativeExe);
  const installed = probe.read(join(dist, 'version'))?.trim().replace(/^v/, '');
  if (named && installed === probe.version && probe.exists(executable)) return { kind: 'ready', executable };
  return { kind: 'needs-download' };
}

/**
 * Electron's command line. On Linux, X11 (XWayland under a Wayland session): Wayland does not let
 * an app put a window on a chosen screen, so the projector window would open on the chair's own
 * screen (electron/electron#48833). The packaged app gets the same switch from electron-builder.yml.
 */
export function electronArgs(platform: NodeJS.Platform, extra: readonly string[]): string[] {
  return [...(platform === 'linux' ? ['--ozone-platform=x11'] : []), '.', ...extra];
}

export function downloadNotice(version: string): string {
  return [
    `Pitch Jury runs inside Electron ${version}, which is not on this computer yet.`,
    'Downloading it now (about 100 MB, once): this first launch needs the internet; later ones do not.',
  ].join('\n');
}

export function downloadFailedHelp(version: string, platform: NodeJS.Platform): string {
  const exe = platformExecutable(platform);
  return [
    '',
    `Electron ${version} could not be downloaded (the reason is above): this computer is probably offline,`,
    'or GitHub, where Electron is downloaded from, is blocked on this network.',
    'Your installation is fine: do not delete node_modules. To go on, one of:',
    '  - connect to the internet once and run `npm start` again;',
    '  - download through a mirror you can reach, e.g.',
    '      ELECTRON_MIRROR=https://npmmirror.com/mirrors/electron/ npm start',
    `  - use an Electron ${version} already unpacked on this computer (the folder holding ${exe}):`,
    '      ELECTRON_OVERRIDE_DIST_PATH=/path/to/that/folder npm start',
  ].join('\n');
}

export function overrideMissingHelp(executable: string, version: string): string {
  return [
    `ELECTRON_OVERRIDE_DIST_PATH is set, but there is no Electron at ${executable}.`,
    `Point it at the folder of an unpacked Electron ${version}, or unset it to download Electron (once, about 100 MB).`,
  ].join('\n');
}

export interface SandboxFacts {
  platform: NodeJS.Platform;
  /** Ubuntu 23.10+: /proc/sys/kernel/apparmor_restrict_unprivileged_userns is 1. */
  restrictsUserNamespaces: boolean;
  /** chrome-sandbox beside the executable is owned by root with the setuid bit. */
  suidHelperReady: boolean;
}

/**
 * After Electron exited abnormally: the likely reason when the kernel (AppArmor) forbids the user
 * namespaces Chromium's sandbox uses and the SUID helper is not set up. Never advises --no-sandbox.
 */
export function sandboxHint(facts: SandboxFacts, failed: boolean): string | null {
  if (!failed || facts.platform !== 'linux' || !facts.restrictsUserNamespaces || facts.suidHelperReady)
    return null;
  return [
    '',
    'Electron stopped. On Ubuntu 24.04 and later, AppArmor forbids the user namespaces that',
    "Chromium's sandbox needs, unless the program has an AppArmor profile allowing them",
    '("The SUID sandbox helper binary was found, but is not configured correctly").',
    'Do not turn the sandbox off: give the development Electron a profile, once, as README.md explains',
    '(section "Linux: npm start on Ubuntu 24.04").',
  ].join('\n');
}

function sandboxFacts(executable: string): SandboxFacts {
  const restrict = (() => {
    try {
      return readFileSync('/proc/sys/kernel/apparmor_restrict_unprivileged_userns', 'utf8').trim() === '1';
    } catch {
      return false;
    }
  })();
  const helper = join(executable, '..', 'chrome-sandbox');
  const stats = existsSync(helper) ? statSync(helper) : null;
  return {
    platform: process.platform,
    restrictsUserNamespaces: restrict,
    suidHelperReady: stats !== null && stats.uid === 0 && (stats.mode & 0o4000) !== 0,
  };
}

function main(): void {
  const root = resolve(import.meta.dirname, '..');
  const electronDir = join(root, 'node_modules', 'electron');
  const { version } = JSON.parse(readFileSync(join(electronDir, 'package.json'), 'utf8')) as {
    version: string;
  };
  const probe: ElectronProbe = {
    electronDir,
    version,
    platform: process.platform,
    overrideDistPath: process.env.ELECTRON_OVERRIDE_DIST_PATH || undefined,
    exists: existsSync,
    read: (path) => {
      try {
        return readFileSync(path, 'utf8');
      } catch {
        return undefined;
      }
    },
  };
  let state = electronState(probe);
  if (state.kind === 'override-missing') {
    console.error(overrideMissingHelp(state.executable, version));
    process.exit(1);
  }
  if (state.kind === 'needs-download') {
    console.log(downloadNotice(version));
    const install = spawnSync(process.execPath, [join(electronDir, 'install.js')], { stdio: 'inherit' });
    state = electronState(probe);
    if (install.status !== 0 || state.kind !== 'ready') {
      console.error(downloadFailedHelp(version, process.platform));
      process.exit(1);
    }
  }
  const executable = state.executable;
  const child = spawn(executable, electronArgs(process.platform, process.argv.slice(2)), {
    cwd: root,
    stdio: 'inherit',
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
  child.on('close', (code, signal) => {
    const hint = sandboxHint(sandboxFacts(executable), code !== 0);
    if (hint) console.error(hint);
    process.exit(code ?? (signal ? 1 : 0));
  });
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) main();
