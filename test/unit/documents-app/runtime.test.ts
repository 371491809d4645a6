import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { electronPdfRuntime } from '../../../main/core/documents-app/runtime';
import { wallClockInstant } from '../../../main/core/documents-app/session-inputs';

describe('where the packaged app finds the PDF fonts and worker', () => {
  it('uses the repository’s resources and the built worker when not packaged', () => {
    const runtime = electronPdfRuntime({ mainDir: '/repo/out/main', isPackaged: false, resourcesPath: '/x' });
    expect(runtime.fontDir).toBe('/repo/resources/fonts');
    expect(fileURLToPath(runtime.workerUrl)).toBe('/repo/out/main/pdf-worker.js');
  });

  it('takes fonts from extraResources and the worker from app.asar.unpacked when packaged', () => {
    const runtime = electronPdfRuntime({
      mainDir: '/opt/Pitch Jury/resources/app.asar/out/main',
      isPackaged: true,
      resourcesPath: '/opt/Pitch Jury/resources',
    });
    expect(runtime.fontDir).toBe('/opt/Pitch Jury/resources/resources/fonts');
    expect(fileURLToPath(runtime.workerUrl)).toBe(
      '/opt/Pitch Jury/resources/app.asar.unpacked/out/main/pdf-worker.js',
    );
  });

  it('only rewrites a path segment named exactly app.asar', () => {
    const runtime = electronPdfRuntime({
      mainDir: '/home/me/myapp.asar/app.asar/out/main',
      isPackaged: true,
      resourcesPath: '/r',
    });
    expect(fileURLToPath(runtime.workerUrl)).toBe(
      '/home/me/myapp.asar/app.asar.unpacked/out/main/pdf-worker.js',
    );
  });
});

describe('a wall-clock start in the event’s zone', () => {
  it('turns 9:00 on a date into the right instant, whatever the system zone', () => {
    expect(new Date(wallClockInstant('2026-11-27', 9, 'Pacific/Tahiti')).toISOString()).toBe(
      '2026-11-27T19:00:00.000Z',
    );
    // Paris: UTC+1 in winter, UTC+2 in summer.
    expect(new Date(wallClockInstant('2026-01-15', 9, 'Europe/Paris')).toISOString()).toBe(
      '2026-01-15T08:00:00.000Z',
    );
    expect(new Date(wallClockInstant('2026-07-15', 9, 'Europe/Paris')).toISOString()).toBe(
      '2026-07-15T07:00:00.000Z',
    );
    // Without a zone: 9:00 local time of the machine.
    const local = new Date(wallClockInstant('2026-07-15', 9));
    expect([local.getFullYear(), local.getMonth(), local.getDate(), local.getHours()]).toEqual([
      2026, 6, 15, 9,
    ]);
  });
});
