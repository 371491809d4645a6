import { describe, expect, it } from 'vitest';
import { BACKUP_REASONS, type BackupReason } from '../../../common/contract/data';
import {
  backupFileName,
  eventTag,
  isBackupDue,
  parseBackupFileName,
  planRotation,
  type RotationEntry,
} from '../../../main/core/data/backup-policy';

const at = (minutes: number) => new Date(Date.UTC(2026, 8, 30, 8, 0, 0) + minutes * 60_000);

describe('backup file names', () => {
  it('carry the event, its uid tag, the UTC time to the millisecond and the reason, and parse back', () => {
    const uid = '3F2A9C1E-77aa-4b4b-9c9c-000000000000';
    const time = new Date('2026-09-30T14:30:05.123Z');
    const name = backupFileName('hackathon-fenua', uid, time, 'results-locked');
    expect(name).toBe('hackathon-fenua_3f2a9c1e_20260930T143005123Z_results-locked.sqlite');
    expect(parseBackupFileName(name)).toEqual({
      stem: 'hackathon-fenua',
      tag: '3f2a9c1e',
      at: time,
      reason: 'results-locked',
      corrupt: false,
    });
    expect(parseBackupFileName(`${name}.corrupt`)?.corrupt).toBe(true);
  });

  it('round-trip for every reason', () => {
    for (const reason of BACKUP_REASONS) {
      expect(parseBackupFileName(backupFileName('e', 'abcdef12', at(7), reason))?.reason).toBe(reason);
    }
  });

  it('ignore anything else in the folder, including half-written copies and impossible dates', () => {
    for (const name of [
      '.hackathon_3f2a9c1e_20260930T143005123Z_periodic.sqlite.partial',
      'hackathon_3f2a9c1e_20260930T143005123Z_holiday.sqlite',
      'hackathon_3f2a9c1e_20261330T143005123Z_periodic.sqlite',
      'hackathon_3f2a9c1e_20260931T143005123Z_periodic.sqlite',
      'photo.jpg',
      'hackathon.sqlite',
    ]) {
      expect(parseBackupFileName(name), name).toBeNull();
    }
  });

  it('tag an event by the first 8 letters and digits of its uid', () => {
    expect(eventTag('3f2a9c1e-0000')).toBe('3f2a9c1e');
    expect(eventTag('AB-CD')).toBe('abcd0000');
  });
});

describe('when an automatic backup is due', () => {
  it('takes the first one at once, then one per interval, and only when something changed', () => {
    const intervalMs = 5 * 60_000;
    expect(isBackupDue({ now: 0, lastAt: null, intervalMs, changedSince: false })).toBe(true);
    expect(isBackupDue({ now: intervalMs - 1, lastAt: 0, intervalMs, changedSince: true })).toBe(false);
    expect(isBackupDue({ now: intervalMs, lastAt: 0, intervalMs, changedSince: true })).toBe(true);
    expect(isBackupDue({ now: 10 * intervalMs, lastAt: 0, intervalMs, changedSince: false })).toBe(false);
  });
});

describe('rotation', () => {
  const entry = (minutes: number, reason: BackupReason, corrupt = false): RotationEntry => ({
    name: `${minutes}-${reason}${corrupt ? '-corrupt' : ''}`,
    at: at(minutes),
    reason,
    corrupt,
  });

  it('keeps the newest automatic backups and every milestone within its own pool', () => {
    const entries = [
      ...Array.from({ length: 10 }, (_, i) => entry(i * 5, 'periodic')),
      entry(12, 'results-locked'),
      entry(13, 'team-scored'),
      entry(14, 'manual'),
    ];
    const removed = planRotation(entries, { keepPeriodic: 4, keepMilestones: 2 });
    expect(removed.sort()).toEqual(
      [
        '0-periodic',
        '5-periodic',
        '10-periodic',
        '15-periodic',
        '20-periodic',
        '25-periodic',
        '12-results-locked',
      ].sort(),
    );
  });

  it('never counts a damaged backup as kept, and does not let damaged ones pile up', () => {
    const entries = [
      entry(0, 'periodic'),
      entry(5, 'periodic'),
      entry(10, 'periodic', true),
      entry(15, 'periodic', true),
      entry(20, 'periodic', true),
    ];
    const removed = planRotation(entries, { keepPeriodic: 2, keepMilestones: 2 });
    // Both good ones stay although three newer files exist: those are damaged.
    expect(removed).toEqual(['10-periodic-corrupt']);
  });

  it('always keeps at least the newest of each pool', () => {
    expect(
      planRotation([entry(0, 'periodic'), entry(1, 'periodic')], { keepPeriodic: 0, keepMilestones: 0 }),
    ).toEqual(['0-periodic']);
  });
});
