import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SettingsStore } from '../../../main/core/settings';
import { tempDir } from '../../support/temp';

describe('the backup folder is a per-laptop setting', () => {
  it('defaults to the laptop folder, every 5 minutes, 12 kept, and survives a restart', () => {
    const file = join(tempDir('test'), 'settings.json');
    const settings = new SettingsStore(file);
    expect(settings.get().backup).toEqual({ dir: null, intervalMinutes: 5, keep: 12 });
    settings.setBackup({ dir: '/media/usb/pitch-jury' });
    expect(new SettingsStore(file).get().backup).toEqual({
      dir: '/media/usb/pitch-jury',
      intervalMinutes: 5,
      keep: 12,
    });
    expect(JSON.parse(readFileSync(file, 'utf8')).uiLocale).toBe('fr');
  });

  it('falls back to the defaults when the file holds a broken backup entry, without losing the rest', () => {
    const file = join(tempDir('test'), 'settings.json');
    writeFileSync(file, JSON.stringify({ uiLocale: 'en', backup: { dir: 42, intervalMinutes: -1 } }));
    const settings = new SettingsStore(file);
    expect(settings.get().uiLocale).toBe('en');
    expect(settings.get().backup).toEqual({ dir: null, intervalMinutes: 5, keep: 12 });
  });
});
