import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import type { Locale } from '../../common/domain';

const settingsSchema = z.object({
  uiLocale: z.enum(['fr', 'en']).default('fr'),
  recent: z
    .array(
      z.object({
        path: z.string(),
        name: z.string(),
        openedAt: z.string(),
        /** The JSON export this file was made from (its file name), so two same-named events are told apart. */
        importedFrom: z.string().nullable().default(null),
      }),
    )
    .default([]),
  /** Backups (main/core/data): this laptop's folder (a USB stick) or null for `<dataDir>/backups`. */
  backup: z
    .object({
      dir: z.string().nullable().default(null),
      intervalMinutes: z.number().int().min(1).max(120).default(5),
      /** Automatic backups kept per event; milestone backups have their own, larger pool. */
      keep: z.number().int().min(2).max(200).default(12),
    })
    .default({ dir: null, intervalMinutes: 5, keep: 12 })
    // A hand-edited, broken backup entry must not stop the app from starting.
    .catch({ dir: null, intervalMinutes: 5, keep: 12 }),
  /** Juror mode (main/core/api/kiosk.ts): this laptop is in a juror's hands. */
  kiosk: z
    .object({ jurorId: z.number().int(), eventPath: z.string(), salt: z.string(), hash: z.string() })
    .nullable()
    .default(null)
    .catch(null),
  /**
   * Room pushes (main/core/rooms/push): per room file (its uid), what the head
   * laptop last acknowledged, so the room's push panel is right as soon as the
   * file opens after a restart. Not event data: the head holds the merged scores.
   */
  roomPushes: z
    .record(
      z.string(),
      z.object({
        headAddress: z.string(),
        pushedAtUtc: z.string(),
        events: z.number().int().min(0),
        lockRecords: z.number().int().min(0),
        locked: z.boolean(),
      }),
    )
    .default({})
    .catch({}),
});
export type AppSettings = z.infer<typeof settingsSchema>;
type RoomPushReceipt = AppSettings['roomPushes'][string];

/** Room files remembered: a room laptop serves one room a day, a spare a few. */
const MAX_ROOM_PUSHES = 20;

const MAX_RECENT = 10;

/**
 * Per-laptop preferences (UI language, recent event files) in a small JSON
 * file in the user-data folder. Event data never lives here: it is in the
 * event's own .sqlite file.
 */
export class SettingsStore {
  private current: AppSettings;
  private readonly file: string | null;

  /** `file` null keeps settings in memory (tests, E2E). */
  constructor(file: string | null, defaults: Partial<AppSettings> = {}) {
    this.file = file;
    this.current = settingsSchema.parse({ ...defaults, ...(file ? readJson(file) : {}) });
  }

  get(): AppSettings {
    return this.current;
  }

  setUiLocale(locale: Locale): void {
    this.current = { ...this.current, uiLocale: locale };
    this.save();
  }

  /** `importedFrom`: the JSON export a new file was made from; a later open keeps what was recorded. */
  rememberEvent(path: string, name: string, now = new Date(), importedFrom: string | null = null): void {
    const previous = this.current.recent.find((r) => r.path === path);
    const others = this.current.recent.filter((r) => r.path !== path);
    const entry = {
      path,
      name,
      openedAt: now.toISOString(),
      importedFrom: importedFrom ?? previous?.importedFrom ?? null,
    };
    this.current = { ...this.current, recent: [entry, ...others].slice(0, MAX_RECENT) };
    this.save();
  }

  setBackup(change: Partial<AppSettings['backup']>): void {
    this.current = { ...this.current, backup: { ...this.current.backup, ...change } };
    this.save();
  }

  setKiosk(kiosk: AppSettings['kiosk']): void {
    this.current = { ...this.current, kiosk };
    this.save();
  }

  roomPushReceipt(fileUid: string): RoomPushReceipt | null {
    return Object.hasOwn(this.current.roomPushes, fileUid)
      ? (this.current.roomPushes[fileUid] ?? null)
      : null;
  }

  /** `null` forgets the room file's receipt. The oldest receipts go beyond MAX_ROOM_PUSHES. */
  setRoomPushReceipt(fileUid: string, receipt: RoomPushReceipt | null): void {
    const others = Object.entries(this.current.roomPushes).filter(([uid]) => uid !== fileUid);
    const kept = receipt ? [[fileUid, receipt] as const, ...others] : others;
    kept.sort(([, a], [, b]) => b.pushedAtUtc.localeCompare(a.pushedAtUtc));
    this.current = { ...this.current, roomPushes: Object.fromEntries(kept.slice(0, MAX_ROOM_PUSHES)) };
    this.save();
  }

  forgetEvent(path: string): void {
    this.current = { ...this.current, recent: this.current.recent.filter((r) => r.path !== path) };
    this.save();
  }

  private save(): void {
    if (!this.file) return;
    mkdirSync(dirname(this.file), { recursive: true });
    // Write then rename: a crash mid-write never leaves a truncated settings file.
    const tmp = join(dirname(this.file), `.settings-${process.pid}.tmp`);
    writeFileSync(tmp, JSON.stringify(this.current, null, 2));
    renameSync(tmp, this.file);
  }
}

function readJson(file: string): Record<string, unknown> {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    // Missing or unreadable settings are not worth refusing to start over.
    return {};
  }
}
