import { EventEmitter } from 'node:events';
import type { BrowserWindow } from 'electron';
import { describe, expect, it } from 'vitest';
import { hardenWindow } from '../../../main/app/harden';

/** Electron 45 passes will-navigate/will-redirect an event object carrying `url` (positional args deprecated). */
function navigate(contents: EventEmitter, name: string, url: string): boolean {
  let prevented = false;
  contents.emit(name, { url, isMainFrame: true, preventDefault: () => (prevented = true) });
  return !prevented;
}

describe('hardenWindow', () => {
  it('reads the URL from the event object of will-navigate and will-redirect', () => {
    const contents = Object.assign(new EventEmitter(), { setWindowOpenHandler: () => undefined });
    hardenWindow(
      { webContents: contents } as unknown as BrowserWindow,
      'file:///app/out/renderer/index.html',
    );
    expect(navigate(contents, 'will-navigate', 'file:///app/out/renderer/index.html#/results')).toBe(true);
    expect(navigate(contents, 'will-navigate', 'https://example.org/')).toBe(false);
    expect(navigate(contents, 'will-redirect', 'file:///app/out/renderer/index.html#/display')).toBe(true);
    expect(navigate(contents, 'will-redirect', 'https://example.org/')).toBe(false);
  });
});
