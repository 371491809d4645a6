/**
 * The real built main process (out/main/index.js) driven through Electron's
 * documented lifecycle under the Electron double (test/shell/electron-double):
 * each scenario of test/shell/scenarios.ts runs in its own Node process, as
 * each launch of the app does. `npm test` builds before vitest runs.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..', '..', '..');
const work = mkdtempSync(join(tmpdir(), 'pitch-jury-shell-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Runs one scenario in a fresh process; `dir` is its user-data root (shared by a relaunch). */
function scenario(name: string, dir = join(work, name)): { ok: boolean; output: string } {
  const run = spawnSync(
    process.execPath,
    ['--import', './test/shell/electron-double/register.ts', 'test/shell/scenarios.ts', name, dir],
    { cwd: root, encoding: 'utf8', env: { ...process.env, ELECTRON_RENDERER_URL: '' } },
  );
  return { ok: run.status === 0, output: `${run.stdout}\n${run.stderr}` };
}

describe('the built main process under the Electron double', () => {
  it('runs on a Node with module.registerHooks and type stripping (≥ 22.15), on a built app', () => {
    const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
    expect(major > 22 || (major === 22 && minor >= 15), `Node ${process.versions.node}`).toBe(true);
    expect(existsSync(join(root, 'out', 'main', 'index.js')), 'run `npx electron-vite build` first').toBe(
      true,
    );
  });

  // Order matters for `relaunch`, which reopens what `firstLaunch` left (vitest runs a file's tests in order).
  it.each([
    [
      'firstLaunch',
      'first launch: one control window, nothing heavy loaded, File > Quit closes the event file',
    ],
    ['relaunch', 'relaunch with a recent event, then Cmd+Q closes it'],
    [
      'quitMidPitch',
      'quit mid-pitch: cancelled keeps everything (network server included), accepted shuts down',
    ],
    ['closeMidPitch', 'control window closed mid-pitch; projector opened and closed while loading'],
    [
      'projectorPlug',
      'projector plugged in later, unplugged and plugged back; metrics changes; Linux bounds',
    ],
    ['macBounds', 'macOS: the app’s own full-screen bounds are not stored as windowed'],
    ['secondInstance', 'a second launch focuses the control window, never the projector'],
    ['secondCopy', 'the second copy quits without opening a window'],
    ['packaged', 'the packaged layout: resourcesPath fonts, dev-server URL ignored, a PDF rendered'],
  ])('%s: %s', (name) => {
    const result = scenario(name, name === 'relaunch' ? join(work, 'firstLaunch') : undefined);
    expect(result.ok, result.output).toBe(true);
    expect(result.output).toContain('RESULT ');
  });
});
