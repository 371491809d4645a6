/** The `npm start` launcher's decisions (scripts/start.ts): is Electron there, what to say, what to run. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  downloadFailedHelp,
  downloadNotice,
  type ElectronProbe,
  electronArgs,
  electronState,
  launcherLocale,
  overrideMissingHelp,
  sandboxHint,
} from '../../../scripts/start';

const electronDir = join('/repo', 'node_modules', 'electron');

function probe(files: Record<string, string>, overrides: Partial<ElectronProbe> = {}): ElectronProbe {
  return {
    electronDir,
    version: '45.4.1',
    platform: 'linux',
    overrideDistPath: undefined,
    exists: (path) => path in files,
    read: (path) => files[path],
    ...overrides,
  };
}

const installed = {
  [join(electronDir, 'path.txt')]: 'electron',
  [join(electronDir, 'dist', 'version')]: 'v45.4.1',
  [join(electronDir, 'dist', 'electron')]: '',
};

describe('is Electron there?', () => {
  it('right after npm ci (nothing downloaded yet): it must be downloaded', () => {
    expect(electronState(probe({}))).toEqual({ kind: 'needs-download' });
  });

  it('once downloaded: ready, at the executable path.txt names', () => {
    expect(electronState(probe(installed))).toEqual({
      kind: 'ready',
      executable: join(electronDir, 'dist', 'electron'),
    });
  });

  it('a half-finished or older download is downloaded again', () => {
    const { [join(electronDir, 'dist', 'electron')]: _, ...noBinary } = installed;
    expect(electronState(probe(noBinary))).toEqual({ kind: 'needs-download' });
    expect(electronState(probe({ ...installed, [join(electronDir, 'dist', 'version')]: '44.0.0' }))).toEqual({
      kind: 'needs-download',
    });
  });

  it('ELECTRON_OVERRIDE_DIST_PATH wins, and a wrong one is reported, not downloaded over', () => {
    const exe = join('/opt', 'electron-45', 'electron.exe');
    expect(
      electronState(probe({ [exe]: '' }, { platform: 'win32', overrideDistPath: '/opt/electron-45' })),
    ).toEqual({ kind: 'ready', executable: exe });
    expect(electronState(probe({}, { platform: 'darwin', overrideDistPath: '/Apps/e' }))).toEqual({
      kind: 'override-missing',
      executable: join('/Apps/e', 'Electron.app/Contents/MacOS/Electron'),
    });
  });
});

describe('what the launcher says, in the terminal’s language', () => {
  it('speaks French when the locale is French', () => {
    expect(launcherLocale({ LANG: 'fr_FR.UTF-8' })).toBe('fr');
    expect(launcherLocale({ LC_ALL: 'en_GB.UTF-8', LANG: 'fr_FR.UTF-8' })).toBe('en');
    expect(launcherLocale({ LC_MESSAGES: 'fr_CA.UTF-8' })).toBe('fr');
    expect(launcherLocale({})).toBe('en');
  });

  it('before downloading: what happens, how big, and that it is once', () => {
    const text = downloadNotice('en', '45.4.1');
    expect(text).toContain('Electron 45.4.1');
    expect(text).toContain('100 MB');
    expect(text).toMatch(/once/);
    expect(downloadNotice('fr', '45.4.1')).toContain('environ 100 Mo, une seule fois)\u00a0:');
  });

  it('when the download fails: not to delete node_modules, and three ways forward', () => {
    for (const locale of ['en', 'fr'] as const) {
      const text = downloadFailedHelp(locale, '45.4.1', 'win32');
      expect(text).toContain('node_modules');
      expect(text).toContain('`npm start`');
      expect(text).toContain('ELECTRON_MIRROR=');
      expect(text).toContain('ELECTRON_OVERRIDE_DIST_PATH=');
      expect(text).toContain('electron.exe');
      expect(text).not.toMatch(/Please delete/);
      expect(text).not.toMatch(/launcher\./);
    }
    expect(downloadFailedHelp('en', '45.4.1', 'linux')).toContain('do not delete node_modules');
    expect(downloadFailedHelp('fr', '45.4.1', 'linux')).toContain('ne supprimez pas node_modules');
    expect(overrideMissingHelp('en', '/x/electron', '45.4.1')).toContain('/x/electron');
    expect(overrideMissingHelp('fr', '/x/électron', '45.4.1')).toContain('/x/électron');
  });
});

describe('how Electron is started', () => {
  it('on Linux through X11, so the projector window can be put on the external screen', () => {
    expect(electronArgs('linux', [])).toEqual(['--ozone-platform=x11', '.']);
    expect(electronArgs('linux', ['--lang=fr'])).toEqual(['--ozone-platform=x11', '.', '--lang=fr']);
    expect(electronArgs('win32', [])).toEqual(['.']);
    expect(electronArgs('darwin', [])).toEqual(['.']);
  });

  it('explains the Ubuntu 24.04 sandbox failure, without ever suggesting to turn the sandbox off', () => {
    const ubuntu = { platform: 'linux' as const, restrictsUserNamespaces: true, suidHelperReady: false };
    for (const locale of ['en', 'fr'] as const) {
      const hint = sandboxHint(locale, ubuntu, true);
      expect(hint).toContain('AppArmor');
      expect(hint).toContain('README.md');
      expect(hint).not.toContain('--no-sandbox');
    }
    expect(sandboxHint('en', ubuntu, false)).toBeNull();
    expect(sandboxHint('en', { ...ubuntu, suidHelperReady: true }, true)).toBeNull();
    expect(sandboxHint('en', { ...ubuntu, restrictsUserNamespaces: false }, true)).toBeNull();
    expect(sandboxHint('en', { ...ubuntu, platform: 'darwin' }, true)).toBeNull();
  });
});

describe('npm start', () => {
  it('goes through the launcher, not straight to electron', () => {
    const pkg = JSON.parse(
      readFileSync(join(import.meta.dirname, '..', '..', '..', 'package.json'), 'utf8'),
    ) as {
      scripts: Record<string, string>;
    };
    expect(pkg.scripts.start).toMatch(/scripts\/start\.ts$/);
    expect(pkg.scripts.start).not.toMatch(/&& electron \./);
  });
});
