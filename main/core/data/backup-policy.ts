/**
 * Backup decisions, pure: how a backup file is named (so the folder listing is
 * the catalogue: no index file to lose or corrupt), when the next automatic
 * one is due, and which old ones rotation removes.
 *
 * Name: `<event-stem>_<event-tag>_<UTC time>_<reason>.sqlite`, e.g.
 * `hackathon-fenua_3f2a9c1e_20260930T143005123Z_periodic.sqlite`. The tag is
 * the start of the event's uid, so two events backed up to one USB stick, or
 * an event renamed mid-day, are never mixed up. A backup that failed its
 * integrity check keeps its name plus `.corrupt`: it is listed, never restored,
 * and does not count towards the backups kept.
 */
import { BACKUP_REASONS, type BackupReason } from '../../../common/contract/data';

export interface ParsedBackupName {
  stem: string;
  tag: string;
  at: Date;
  reason: BackupReason;
  corrupt: boolean;
}

const NAME =
  /^([a-z0-9-]+)_([a-z0-9]{8})_(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z_([a-z-]+)\.sqlite(\.corrupt)?$/;

/** The 8 characters of the event uid that name its backups. */
export function eventTag(uid: string): string {
  return `${uid.toLowerCase().replace(/[^a-z0-9]/g, '')}00000000`.slice(0, 8);
}

/** 2026-09-30T14:30:05.123Z → 20260930T143005123Z (sorts as text, no characters Windows refuses). */
export function compactTime(at: Date): string {
  return at.toISOString().replace(/[-:.]/g, '');
}

export function backupFileName(stem: string, uid: string, at: Date, reason: BackupReason): string {
  return `${stem}_${eventTag(uid)}_${compactTime(at)}_${reason}.sqlite`;
}

export function parseBackupFileName(name: string): ParsedBackupName | null {
  const m = NAME.exec(name);
  if (!m) return null;
  const [, stem, tag, y, mo, d, h, mi, s, ms, reason, corrupt] = m;
  if (!(BACKUP_REASONS as readonly string[]).includes(reason ?? '')) return null;
  const at = new Date(
    Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s), Number(ms)),
  );
  if (Number.isNaN(at.getTime()) || compactTime(at) !== `${y}${mo}${d}T${h}${mi}${s}${ms}Z`) return null;
  return {
    stem: stem ?? '',
    tag: tag ?? '',
    at,
    reason: reason as BackupReason,
    corrupt: corrupt !== undefined,
  };
}

export interface DueInput {
  now: number;
  /** When the last good backup of this event file was taken in this session; null: none yet. */
  lastAt: number | null;
  intervalMs: number;
  /** Whether the event changed since that backup (no point copying the same data again). */
  changedSince: boolean;
}

/** An automatic backup is due when the interval has passed and there is something new to keep. */
export function isBackupDue({ now, lastAt, intervalMs, changedSince }: DueInput): boolean {
  if (lastAt === null) return true;
  return changedSince && now - lastAt >= intervalMs;
}

export interface RotationEntry {
  name: string;
  at: Date;
  reason: BackupReason;
  corrupt: boolean;
}

export interface RotationPolicy {
  /** Automatic (periodic) backups kept, newest first. */
  keepPeriodic: number;
  /** Milestone, manual and before-restore backups kept: rarer and worth more, so a pool of their own. */
  keepMilestones: number;
}

export const DEFAULT_KEEP_MILESTONES = 40;

/**
 * Names to delete, for the backups of ONE event. Good backups are kept per
 * pool, newest first; corrupt ones never count as kept, and only as many as
 * `keepPeriodic` are left for the organiser to see (they are evidence of a
 * failing disk or stick, not something to restore).
 */
export function planRotation(entries: readonly RotationEntry[], policy: RotationPolicy): string[] {
  const newestFirst = [...entries].sort(
    (a, b) => b.at.getTime() - a.at.getTime() || (a.name < b.name ? 1 : -1),
  );
  const kept = { periodic: 0, milestone: 0, corrupt: 0 };
  const remove: string[] = [];
  for (const entry of newestFirst) {
    const pool = entry.corrupt ? 'corrupt' : entry.reason === 'periodic' ? 'periodic' : 'milestone';
    const limit =
      pool === 'milestone' ? Math.max(1, policy.keepMilestones) : Math.max(1, policy.keepPeriodic);
    if (kept[pool] < limit) kept[pool]++;
    else remove.push(entry.name);
  }
  return remove;
}
