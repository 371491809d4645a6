/**
 * The room laptop's pusher: asks the scheduler after each change and on each
 * retry tick, builds the sealed room result (the USB file's content) and
 * sends it. Its status is what the Rooms page's push panel shows. The clock
 * and the sender are injected, so tests drive it tick by tick.
 */
import type { Locale } from '../../../../common/domain';
import type { Db } from '../../db/open';
import { type PushOutcome, pushRoomResult } from '../../lan/roles/room/client';
import { decidePush, hasPending, type PushTrigger, type RoomLogSize } from '../../lan/roles/room/scheduler';
import { readRoomPushSettings } from '../../lan/roles/room/settings';
import { readRoomIdentity } from '../room-file';
import { buildRoomResult, laptopLabel } from '../room-result';
import { explainPushFailure, localPushFailure, type PushFailure, pushFailureText } from './failure';

/** A failed push is tried again after this long (and after each new sheet at once). */
export const ROOM_PUSH_RETRY_MS = 15_000;

export interface RoomPushStatus {
  configured: boolean;
  headAddress: string | null;
  /** ISO times of the last push the head acknowledged and of the last failure (null: none since the last success). */
  lastPushedAtUtc: string | null;
  lastFailedAtUtc: string | null;
  /** Why the last push failed, as a sentence saying what to check (in the chair's language), or null. */
  lastError: string | null;
  /** The raw cause behind it (ECONNREFUSED, HTTP 401), shown small, or null. */
  lastErrorDetail: string | null;
  pending: boolean;
  retrySeconds: number;
}

export interface RoomPusherDeps {
  /** The open room file, or null (no file, or not a room file). */
  db(): Db | null;
  now?: () => number;
  send?: (headAddress: string, token: string, text: string) => Promise<PushOutcome>;
  retryMs?: number;
  laptop?: string;
  /** The chair's language, for the failure's sentence (English when not given). */
  locale?: () => Locale;
  /** The status changed (the window refreshes its panel). */
  onStatus?: (status: RoomPushStatus) => void;
}

function logSize(db: Db): RoomLogSize {
  const events = (db.prepare('SELECT count(*) AS n FROM score_event').get() as { n: number }).n;
  const lockRecords = (db.prepare('SELECT count(*) AS n FROM results_lock').get() as { n: number }).n;
  return { events, lockRecords };
}

export class RoomPusher {
  private acknowledged: RoomLogSize | null = null;
  private lastPushedAt: number | null = null;
  private lastFailedAt: number | null = null;
  private lastFailure: PushFailure | null = null;
  private inFlight: Promise<void> | null = null;
  private readonly now: () => number;
  private readonly send: (headAddress: string, token: string, text: string) => Promise<PushOutcome>;
  private readonly retryMs: number;

  constructor(private readonly deps: RoomPusherDeps) {
    this.now = deps.now ?? Date.now;
    this.send = deps.send ?? pushRoomResult;
    this.retryMs = deps.retryMs ?? ROOM_PUSH_RETRY_MS;
  }

  /** A room file: the one whose log this laptop pushes. */
  private roomDb(): Db | null {
    const db = this.deps.db();
    return db && readRoomIdentity(db) ? db : null;
  }

  status(): RoomPushStatus {
    const db = this.roomDb();
    const settings = db ? readRoomPushSettings(db) : null;
    const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());
    return {
      configured: settings !== null,
      headAddress: settings?.headAddress ?? null,
      lastPushedAtUtc: iso(this.lastPushedAt),
      lastFailedAtUtc: iso(this.lastFailedAt),
      lastError: this.lastFailure ? pushFailureText(this.lastFailure, this.deps.locale?.() ?? 'en') : null,
      lastErrorDetail: this.lastFailure?.detail ?? null,
      pending: db ? hasPending({ local: logSize(db), acknowledged: this.acknowledged }) : false,
      retrySeconds: Math.round(this.retryMs / 1000),
    };
  }

  /** Another file was opened: what the head acknowledged was about the previous one. */
  reset(): void {
    this.acknowledged = null;
    this.lastPushedAt = null;
    this.lastFailedAt = null;
    this.lastFailure = null;
  }

  /** After each submitted sheet (any scores change): push when the head lacks something. */
  changed(): Promise<void> {
    return this.safely('change');
  }

  /** The retry timer. */
  tick(): Promise<void> {
    return this.safely('tick');
  }

  /**
   * Called from the app's event listener and a timer: a failure here (the
   * file closing under it) is a failed push to retry, never an exception
   * thrown into the event bus.
   */
  private safely(trigger: PushTrigger): Promise<void> {
    try {
      return this.consider(trigger);
    } catch (error) {
      this.inFlight = null;
      this.lastFailedAt = this.now();
      this.lastFailure = localPushFailure(error);
      return Promise.resolve();
    }
  }

  /** Resolves once the push under way (if any) has finished. */
  idle(): Promise<void> {
    return this.inFlight ?? Promise.resolve();
  }

  private consider(trigger: PushTrigger): Promise<void> {
    const db = this.roomDb();
    if (!db) return Promise.resolve();
    const settings = readRoomPushSettings(db);
    const local = logSize(db);
    const decision = decidePush(
      {
        local,
        acknowledged: this.acknowledged,
        lastFailedAt: this.lastFailedAt,
        inFlight: this.inFlight !== null,
        configured: settings !== null,
      },
      trigger,
      this.now(),
      this.retryMs,
    );
    if (!decision.push || !settings) return this.idle();
    // Built synchronously, so what it holds is exactly the `local` counted above.
    const text = buildRoomResult(db, new Date(this.now()), this.deps.laptop ?? laptopLabel());
    this.inFlight = this.send(settings.headAddress, settings.token, text)
      .catch((error: unknown): PushOutcome => ({ ok: false, kind: 'unreachable', reason: String(error) }))
      .then((outcome) => {
        this.inFlight = null;
        if (outcome.ok) {
          this.acknowledged = local;
          this.lastPushedAt = this.now();
          this.lastFailedAt = null;
          this.lastFailure = null;
        } else {
          this.lastFailedAt = this.now();
          this.lastFailure = explainPushFailure(outcome, settings.headAddress);
        }
        this.deps.onStatus?.(this.status());
      });
    return this.inFlight;
  }
}
