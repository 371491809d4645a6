import { describe, expect, it } from 'vitest';
import { builtPaths, devServerUrl } from '../../../main/app/paths';

describe('devServerUrl', () => {
  it('honours ELECTRON_RENDERER_URL only when the app is not packaged', () => {
    const env = { ELECTRON_RENDERER_URL: 'http://localhost:5173/' };
    expect(devServerUrl(env, false)).toBe('http://localhost:5173/');
    expect(devServerUrl(env, true)).toBeUndefined();
    expect(devServerUrl({}, false)).toBeUndefined();
    expect(devServerUrl({ ELECTRON_RENDERER_URL: '' }, false)).toBeUndefined();
  });

  it('keeps the packaged app on its own files whatever the environment says', () => {
    const env = { ELECTRON_RENDERER_URL: 'http://evil.example/' };
    expect(builtPaths('/opt/Pitch Jury/out/main', devServerUrl(env, true)).appUrl).toMatch(/^file:\/\//);
  });
});
