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
 * Its messages are in common/i18n/launcher.ts, in the terminal's language.
 * The decisions are pure functions, tested in test/unit/build/start.test.ts.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Locale } from '../common/domain';
import { translate } from '../common/i18n';

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

/** French when the terminal's locale is French (LC_ALL, then LC_MESSAGES, then LANG), English otherwise. */
export function launcherLocale(env: Record<string, string | undefined>): Locale {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return locale.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

export function downloadNotice(locale: Locale, version: string): string {
  return [
    translate(locale, 'launcher.download.missing', { version }),
    translate(locale, 'launcher.download.now'),
  ].join('\n');
}

export function downloadFailedHelp(locale: Locale, version: string, platform: NodeJS.Platform): string {
  return [
    '',
    translate(locale, 'launcher.failed.why', { version }),
    translate(locale, 'launcher.failed.fine'),
    `  - ${translate(locale, 'launcher.failed.retry')}`,
    `  - ${translate(locale, 'launcher.failed.mirror')}`,
    '      ELECTRON_MIRROR=https://npmmirror.com/mirrors/electron/ npm start',
    `  - ${translate(locale, 'launcher.failed.override', { version, executable: platformExecutable(platform) })}`,
    '      ELECTRON_OVERRIDE_DIST_PATH=/path/to/that/folder npm start',
  ].join('\n');
}

export function overrideMissingHelp(locale: Locale, path: string, version: string): string {
  return [
    translate(locale, 'launcher.override.missing', { path }),
    translate(locale, 'launcher.override.fix', { version }),
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
export function sandboxHint(locale: Locale, facts: SandboxFacts, failed: boolean): string | null {
  if (!failed || facts.platform !== 'linux' || !facts.restrictsUserNamespaces || facts.suidHelperReady)
    return null;
  return ['', translate(locale, 'launcher.sandbox.stopped'), translate(locale, 'launcher.sandbox.fix')].join(
    '\n',
  );
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
  const locale = launcherLocale(process.env);
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
    console.error(overrideMissingHelp(locale, state.executable, version));
    process.exit(1);
  }
  if (state.kind === 'needs-download') {
    console.log(downloadNotice(locale, version));
    const install = spawnSync(process.execPath, [join(electronDir, 'install.js')], { stdio: 'inherit' });
    state = electronState(probe);
    if (install.status !== 0 || state.kind !== 'ready') {
      console.error(downloadFailedHelp(locale, version, process.platform));
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
    const hint = sandboxHint(locale, sandboxFacts(executable), code !== 0);
    if (hint) console.error(hint);
    process.exit(code ?? (signal ? 1 : 0));
  });
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) main();
