/**
 * The packaged app, inspected. electron-builder packages electron-builder.yml for
 * Linux as a directory (the `dir` target) and a deb (with a stand-in for fpm, its deb packer),
 * with a stand-in Electron distribution
 * (`electronDist`: a folder with a fake `electron` executable; Electron itself
 * cannot be downloaded here, and nothing else is downloaded: every mirror points
 * at a closed port), into a folder whose path has a space and an accent, as an
 * organiser's "Équipe Jury" folder would. Then the tree is checked and the PDF
 * worker, the backup worker and the local-network pages run from that layout
 * under Node. `npm test` builds out/ before vitest runs.
 *
 * What it cannot show: that Electron starts the app (the executable is a
 * stand-in), the .deb file fpm would write and its installation, and the AppImage, NSIS
 * and DMG steps, which download their tools.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { builtinModules, createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { delimiter, join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkInWorker } from '../../../main/core/data/backup-check';
import { closeDatabase, openDatabase } from '../../../main/core/db/open';
import { runDocumentJob } from '../../../main/core/documents/run-document-job';
import { electronPdfRuntime } from '../../../main/core/documents-app/runtime';
import { initEvent } from '../../../main/core/event/event-info';
import { createTeam } from '../../../main/core/event/teams';
import { testApp } from '../../support/temp';
import { pdfText, qpdfCheck } from '../documents/pdf-tools';
import { certificatesInput } from '../documents/sample-inputs';
import { ok, scoringEvent } from '../scoring/fixture';

const root = resolve(import.meta.dirname, '..', '..', '..');
const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;

/** The native SQLite binaries we promise: every desktop the README lists (linux, win32, darwin; x64 and arm64 where shipped). */
const PROMISED_PREBUILDS = ['linux-x64', 'linux-arm64', 'win32-x64', 'darwin-x64', 'darwin-arm64'];

interface LockEntry {
  version?: string;
  dev?: boolean;
  link?: boolean;
}

/** An unpacked Linux Electron as electron-builder expects it: the executable it renames, the sandbox helper, locales. */
function standInElectron(dir: string): void {
  mkdirSync(join(dir, 'locales'), { recursive: true });
  mkdirSync(join(dir, 'resources'), { recursive: true });
  writeFileSync(
    join(dir, 'electron'),
    '#!/bin/sh\necho "stand-in for Electron: it cannot run the app" >&2\nexit 1\n',
  );
  chmodSync(join(dir, 'electron'), 0o755);
  writeFileSync(join(dir, 'chrome-sandbox'), '');
  writeFileSync(join(dir, 'locales', 'fr.pak'), '');
  writeFileSync(join(dir, 'locales', 'en-US.pak'), '');
  writeFileSync(join(dir, 'LICENSE'), 'stand-in\n');
  writeFileSync(join(dir, 'version'), '0.0.0-stand-in');
}

/**
 * A stand-in for fpm (electron-builder's deb packer, which it would download): keeps what
 * electron-builder hands it (arguments, post-install/remove scripts, menu entry) and writes a dummy .deb.
 */
function standInFpm(dir: string, capture: string): string {
  mkdirSync(capture, { recursive: true });
  const script = join(dir, 'fpm.mjs');
  writeFileSync(
    script,
    `import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
const capture = ${JSON.stringify(capture)};
const args = process.argv.slice(2);
writeFileSync(join(capture, 'args.json'), JSON.stringify(args));
const after = (flag) => args[args.indexOf(flag) + 1];
copyFileSync(after('--after-install'), join(capture, 'after-install.sh'));
copyFileSync(after('--after-remove'), join(capture, 'after-remove.sh'));
const menu = args.find((a) => a.includes('=/usr/share/applications/'));
copyFileSync(menu.slice(0, menu.indexOf('=/usr/share/applications/')), join(capture, 'menu.desktop'));
writeFileSync(after('--package'), 'stand-in deb');
`,
  );
  const launcher = join(dir, 'fpm');
  writeFileSync(
    launcher,
    `#!/bin/sh\nexec ${JSON.stringify(process.execPath)} ${JSON.stringify(script)} "$@"\n`,
  );
  chmodSync(launcher, 0o755);
  return launcher;
}

function sha256(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

/** Every package folder under a node_modules tree, nested ones included, as name@version. */
function shippedPackages(nodeModules: string): string[] {
  const found: string[] = [];
  const visit = (dir: string) => {
    if (!existsSync(dir)) return;
    for (const entry of readdirSync(dir)) {
      if (entry.startsWith('.')) continue;
      const folders = entry.startsWith('@')
        ? readdirSync(join(dir, entry)).map((s) => join(entry, s))
        : [entry];
      for (const folder of folders) {
        const manifest = join(dir, folder, 'package.json');
        if (!existsSync(manifest)) continue;
        const { name, version } = readJson<{ name: string; version: string }>(manifest);
        found.push(`${name}@${version}`);
        visit(join(dir, folder, 'node_modules'));
      }
    }
  };
  visit(nodeModules);
  return found;
}

function jsFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.js'));
}

let work = '';
let app = '';
let resourcesApp = '';
let packagingMs = 0;
let packagingLog = '';
let fpmCapture = '';

// Linux only: the stand-in is an unpacked Linux Electron, and CI runs on Linux. Packaging for Windows and macOS
// needs their own Electron layouts (electron.exe; Electron.app with its Info.plist).
describe.runIf(process.platform === 'linux')(
  'the packaged app (electron-builder --dir, stand-in Electron)',
  () => {
    beforeAll(() => {
      for (const built of ['main/index.js', 'main/pdf-worker.js', 'renderer/index.html']) {
        if (!existsSync(join(root, 'out', built))) {
          throw new Error(
            `out/${built} is missing: run \`npx electron-vite build\` first (npm test builds before vitest).`,
          );
        }
      }
      work = mkdtempSync(join(tmpdir(), 'pitch-jury-package-'));
      // Where the organiser put the app: a space and an accent in the path.
      const place = join(work, 'Équipe Jury');
      const dist = join(work, 'electron-stand-in');
      standInElectron(dist);
      fpmCapture = join(work, 'fpm-capture');
      const fpm = standInFpm(work, fpmCapture);
      const config = join(work, 'electron-builder.json');
      // Our electron-builder.yml, unchanged, plus what only the test decides: the stand-in, and where to write.
      // No npmRebuild override: the yml's own `npmRebuild: false` is under test (see the first check).
      writeFileSync(
        config,
        JSON.stringify({
          extends: join(root, 'electron-builder.yml'),
          electronDist: dist,
          electronVersion: readJson<{ version: string }>(
            join(root, 'node_modules', 'electron', 'package.json'),
          ).version,
          directories: { output: place },
        }),
      );
      // Packaging needs no compiler either: python, the C/C++ compilers and make all fail here. (With the
      // default `npmRebuild: true`, @electron/rebuild runs node-gyp on better-sqlite3, which then fails.)
      const noToolchain = join(work, 'no-toolchain');
      mkdirSync(noToolchain);
      for (const tool of ['python3', 'python', 'cc', 'gcc', 'g++', 'c++', 'clang', 'clang++', 'make']) {
        writeFileSync(
          join(noToolchain, tool),
          `#!/bin/sh\necho "${tool} is hidden: packaging must not compile" >&2\nexit 127\n`,
        );
        chmodSync(join(noToolchain, tool), 0o755);
      }
      const closed = 'http://127.0.0.1:9/';
      const cache = join(work, 'empty-cache');
      // electron-builder keeps quiet when it sees VITEST in its environment; its log is checked below.
      const { VITEST: _, ...env } = process.env;
      const started = performance.now();
      const run = spawnSync(
        process.execPath,
        [
          join(root, 'node_modules', 'electron-builder', 'cli.js'),
          '--linux',
          'dir',
          'deb',
          `--${process.arch}`,
          '--projectDir',
          root,
          '--config',
          config,
          '--publish',
          'never',
        ],
        {
          cwd: root,
          encoding: 'utf8',
          env: {
            ...env,
            PATH: `${noToolchain}${delimiter}${process.env.PATH ?? ''}`,
            // Nothing may be fetched: a download attempt hits a closed port, and no cache can stand in for it.
            ELECTRON_MIRROR: closed,
            ELECTRON_BUILDER_BINARIES_MIRROR: closed,
            NPM_CONFIG_ELECTRON_MIRROR: closed,
            ELECTRON_CACHE: cache,
            ELECTRON_BUILDER_CACHE: cache,
            electron_config_cache: cache,
            CUSTOM_FPM_PATH: fpm,
          },
        },
      );
      packagingMs = performance.now() - started;
      if (run.status !== 0) throw new Error(`electron-builder failed:\n${run.stdout}\n${run.stderr}`);
      packagingLog = `${run.stdout}${run.stderr}`;
      const unpacked = readdirSync(place).find((d) => /^linux-(.+-)?unpacked$/.test(d));
      if (!unpacked)
        throw new Error(`no linux-*-unpacked folder in ${place}: ${readdirSync(place).join(', ')}`);
      app = join(place, unpacked);
      resourcesApp = join(app, 'resources', 'app');
      console.info(
        `electron-builder (dir and deb targets) with the stand-in Electron: ${Math.round(packagingMs)} ms`,
      );
    }, 600_000);

    afterAll(() => rmSync(work, { recursive: true, force: true }));

    it('does not rebuild native modules for Electron (npmRebuild: false)', () => {
      // With the default, @electron/rebuild runs node-gyp on better-sqlite3 against Electron's headers: a
      // compiler on the packaging machine, and build/ output that better-sqlite3 would prefer to its prebuild.
      expect(packagingLog).toMatch(/skipped dependencies rebuild\s+reason=npmRebuild is set to false/);
      expect(packagingLog).not.toContain('@electron/rebuild');
    });

    it('is laid out as Electron expects, under a path with a space and an accent', () => {
      expect(app).toContain(`${sep}Équipe Jury${sep}`);
      expect(statSync(join(app, 'pitch-jury')).mode & 0o111).not.toBe(0);
      expect(existsSync(join(app, 'chrome-sandbox'))).toBe(true);
      // No asar archive (electron-builder.yml says why): plain files under resources/app.
      expect(existsSync(join(app, 'resources', 'app.asar'))).toBe(false);
      const pkg = readJson<{ main: string; type: string }>(join(resourcesApp, 'package.json'));
      expect(pkg).toMatchObject({ main: 'out/main/index.js', type: 'module' });
    });

    it('ships every built entry and chunk of out/ (main, workers, preload, renderer), no source maps', () => {
      const built = (sub: string) => jsFiles(join(root, 'out', sub)).sort();
      for (const sub of ['main', 'preload', 'renderer']) {
        expect(jsFiles(join(resourcesApp, 'out', sub)).sort()).toEqual(built(sub));
      }
      expect(readdirSync(join(resourcesApp, 'out', 'main'))).toEqual(
        expect.arrayContaining(['index.js', 'pdf-worker.js', 'backup-worker.js']),
      );
      expect(existsSync(join(resourcesApp, 'out', 'preload', 'index.cjs'))).toBe(true);
      expect(existsSync(join(resourcesApp, 'out', 'renderer', 'index.html'))).toBe(true);
      expect(
        readdirSync(join(resourcesApp, 'out'), { recursive: true, encoding: 'utf8' }).filter((f) =>
          f.endsWith('.map'),
        ),
      ).toEqual([]);
    });

    it('ships the fonts and their licence as resources, where the packaged app looks for them', () => {
      const { fontDir } = electronPdfRuntime({
        mainDir: join(resourcesApp, 'out', 'main'),
        isPackaged: true,
        resourcesPath: join(app, 'resources'),
      });
      const expected = readdirSync(join(root, 'resources', 'fonts')).sort();
      expect(expected).toEqual(expect.arrayContaining(['OFL.txt']));
      expect(readdirSync(fontDir).sort()).toEqual(expected);
      for (const font of expected)
        expect(sha256(join(fontDir, font))).toBe(sha256(join(root, 'resources', 'fonts', font)));
    });

    it('ships better-sqlite3 prebuilds for every promised platform, byte for byte, and nothing compiled', () => {
      const shipped = join(resourcesApp, 'node_modules', 'better-sqlite3');
      for (const target of PROMISED_PREBUILDS) {
        const file = join(shipped, 'prebuilds', `${target}.node`);
        expect(existsSync(file), file).toBe(true);
        expect(sha256(file)).toBe(
          sha256(join(root, 'node_modules', 'better-sqlite3', 'prebuilds', `${target}.node`)),
        );
      }
      // A binary compiled on the packaging machine (build/) would be preferred over the prebuild by
      // better-sqlite3's loader, and would only fit that machine: it must not ship, nor the C sources.
      for (const left of ['build', 'deps', 'src', 'binding.gyp'])
        expect(existsSync(join(shipped, left)), left).toBe(false);
    });

    it('ships the production dependencies and no package that only development needs', () => {
      const lock = readJson<{ packages: Record<string, LockEntry> }>(join(root, 'package-lock.json'));
      const prod = new Set<string>();
      const devOnly = new Set<string>();
      for (const [location, entry] of Object.entries(lock.packages)) {
        if (!location || entry.link) continue;
        const id = `${location.slice(location.lastIndexOf('node_modules/') + 13)}@${entry.version}`;
        (entry.dev ? devOnly : prod).add(id);
      }
      for (const id of prod) devOnly.delete(id);
      const shipped = shippedPackages(join(resourcesApp, 'node_modules'));
      expect(shipped.length).toBeGreaterThan(20);
      expect(shipped.filter((id) => devOnly.has(id))).toEqual([]);
      const { dependencies, devDependencies } = readJson<{
        dependencies: Record<string, string>;
        devDependencies: Record<string, string>;
      }>(join(root, 'package.json'));
      const names = new Set(shipped.map((id) => id.slice(0, id.lastIndexOf('@'))));
      for (const name of Object.keys(dependencies)) expect(names.has(name), name).toBe(true);
      for (const name of ['electron', 'electron-builder', 'vite', 'typescript', '@playwright/test', 'node']) {
        expect(Object.keys(devDependencies)).toContain(name);
        const locked = lock.packages[`node_modules/${name}`]?.version;
        expect(shipped, name).not.toContain(`${name}@${locked}`);
      }
    });

    it('resolves every package the built main code imports from inside the package, not from the repository', () => {
      const PACKAGE_NAME = /^(?:@[a-z0-9][\w.-]*\/)?[a-z0-9][\w.-]*(?:\/[\w./-]+)?$/;
      const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
      const mainDir = join(resourcesApp, 'out', 'main');
      const imported = new Map<string, string>();
      for (const file of jsFiles(mainDir)) {
        const code = readFileSync(join(mainDir, file), 'utf8');
        for (const [, spec] of code.matchAll(
          /(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*)["']([^"'./][^"']*)["']/g,
        )) {
          // Only what can be a package name: the pattern above also matches prose such as `no row from "${sql}"`.
          if (!spec || !PACKAGE_NAME.test(spec)) continue;
          if (!builtins.has(spec) && spec !== 'electron') imported.set(spec, join(mainDir, file));
        }
      }
      expect([...imported.keys()]).toEqual(expect.arrayContaining(['better-sqlite3', 'pdfkit']));
      for (const [spec, from] of imported) {
        const resolved = createRequire(from).resolve(spec);
        expect(relative(resourcesApp, resolved).startsWith('..'), `${spec} → ${resolved}`).toBe(false);
      }
    });

    it('hands fpm a deb with the X11 menu entry and the AppArmor profile for the sandbox, never --no-sandbox', () => {
      const args = readJson<string[]>(join(fpmCapture, 'args.json'));
      expect(args.slice(args.indexOf('-t'), args.indexOf('-t') + 2)).toEqual(['-t', 'deb']);
      expect(args).toContain(`${app}/=/opt/Pitch Jury`);
      // The menu entry starts the app through X11, so the projector can go to the external screen.
      const menu = readFileSync(join(fpmCapture, 'menu.desktop'), 'utf8');
      expect(menu).toMatch(/^Exec="\/opt\/Pitch Jury\/pitch-jury" --ozone-platform=x11 %U$/m);
      // Ubuntu 24.04+: the post-install script loads a profile letting the sandbox use user namespaces.
      const profile = readFileSync(join(app, 'resources', 'apparmor-profile'), 'utf8');
      expect(profile).toContain('"/opt/Pitch Jury/pitch-jury"');
      expect(profile).toMatch(/^\s*userns,$/m);
      const afterInstall = readFileSync(join(fpmCapture, 'after-install.sh'), 'utf8');
      expect(afterInstall).toContain("'/opt/Pitch Jury/resources/apparmor-profile'");
      expect(afterInstall).toContain('apparmor_parser --replace');
      for (const text of [menu, afterInstall, args.join(' ')]) expect(text).not.toContain('--no-sandbox');
    });

    it('renders a PDF with the packaged worker, pdfkit and fonts', async () => {
      const runtime = electronPdfRuntime({
        mainDir: join(resourcesApp, 'out', 'main'),
        isPackaged: true,
        resourcesPath: join(app, 'resources'),
      });
      expect(runtime.workerUrl.href).toBe(
        pathToFileURL(join(resourcesApp, 'out', 'main', 'pdf-worker.js')).href,
      );
      const bytes = await runDocumentJob(
        { input: certificatesInput({ which: 'awards' }), options: { fontDir: runtime.fontDir } },
        { workerUrl: runtime.workerUrl },
      );
      expect(qpdfCheck(bytes)).toMatchObject({ ok: true });
      expect(pdfText(bytes)).toContain('Tāmaʻa Teriʻi');
    });

    it('checks a backup with the packaged worker, which loads the packaged better-sqlite3 prebuild', async () => {
      const dir = mkdtempSync(join(work, 'Sauvegardes é '));
      const db = openDatabase(join(dir, 'événement.sqlite'));
      initEvent(db, 'Fenua Pitch — Tāmaʻa', 'fr');
      createTeam(db, { name: 'Vaʻa', projectTitle: '', members: [{ name: 'Tāmaʻa Teriʻi', email: null }] });
      const copy = join(dir, 'copie.sqlite');
      await db.backup(copy);
      closeDatabase(db);
      const workerUrl = pathToFileURL(join(resourcesApp, 'out', 'main', 'backup-worker.js'));
      const result = await checkInWorker({ kind: 'finalise', path: copy }, { workerUrl });
      expect(result).toMatchObject({ ok: true, summary: { eventName: 'Fenua Pitch — Tāmaʻa', teams: 1 } });
      // Which binary does the packaged worker load? Asked in a plain Node process of its own: this
      // test process runs under vitest's module hooks (inherited by its worker threads) and has
      // already loaded node_modules' better-sqlite3, so its own memory map proves nothing.
      const packagedBinary = join(
        resourcesApp,
        'node_modules',
        'better-sqlite3',
        'prebuilds',
        `linux-${process.arch}.node`,
      );
      const probe = [
        "import { Worker } from 'node:worker_threads';",
        "import { readFileSync } from 'node:fs';",
        'const [url, path] = process.argv.slice(-2);',
        "const worker = new Worker(new URL(url), { workerData: { kind: 'inspect', path, check: true }, execArgv: [] });",
        "worker.on('message', (m) => {",
        "  if (m.type === 'ready') return;",
        "  const natives = readFileSync('/proc/self/maps', 'utf8').split('\\n').filter((l) => l.endsWith('.node'));",
        "  console.log(JSON.stringify({ ok: m.result.ok, natives: [...new Set(natives.map((l) => l.slice(l.indexOf('/'))))] }));",
        '  process.exit(0);',
        '});',
      ].join('\n');
      const run = spawnSync(
        process.execPath,
        ['--input-type=module', '-e', probe, '--', workerUrl.href, copy],
        { encoding: 'utf8', cwd: work },
      );
      expect(run.stderr).toBe('');
      const seen = JSON.parse(run.stdout) as { ok: boolean; natives: string[] };
      expect(seen.ok).toBe(true);
      expect(seen.natives).toEqual([packagedBinary]);
    });

    it('serves the packaged pages to phones and screens on the local network', async () => {
      const lan = testApp();
      await scoringEvent(lan);
      const service = lan.services.lan;
      service.configure({ rendererDir: join(resourcesApp, 'out', 'renderer') });
      try {
        const status = await ok(lan, 'lan.start', { address: '127.0.0.1', port: 0 });
        const origin = new URL(status.url as string).origin;
        const page = await fetch(`${origin}/`);
        expect(page.status).toBe(200);
        const html = await page.text();
        const assets = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+)"/g)].map((m) => m[1]);
        expect(assets.length).toBeGreaterThanOrEqual(2);
        for (const asset of assets) {
          const response = await fetch(`${origin}/${asset}`);
          expect(response.status, asset).toBe(200);
          const body = Buffer.from(await response.arrayBuffer());
          expect(body.equals(readFileSync(join(resourcesApp, 'out', 'renderer', asset ?? ''))), asset).toBe(
            true,
          );
        }
      } finally {
        await service.stop();
      }
    });
  },
);
