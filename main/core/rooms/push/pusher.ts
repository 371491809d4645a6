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
import { isResultsLocked } from '../../lock/lock-state';
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
  /** What that push carried: score entries, and whether the room's results were locked (null: nothing sent yet). */
  pushedEvents: number | null;
  pushedLocked: boolean | null;
  lastFailedAtUtc: string | null;
  /** Why the last push failed, as a sentence saying what to check (in the chair's language), or null. */
  lastError: string | null;
  /** The raw cause behind it (ECONNREFUSED, HTTP 401), shown small, or null. */
  lastErrorDetail: string | null;
  pending: boolean;
  retrySeconds: number;
}

/** What the head acknowledged last for one room file: kept across restarts, so the panel is right at once. */
export interface RoomPushReceipt {
  /** The head it went to: another head (the chair typed another address) has acknowledged nothing. */
  headAddress: string;
  pushedAtUtc: string;
  events: number;
  lockRecords: number;
  locked: boolean;
}

/** Where receipts are kept, per room file (its uid): the laptop's settings in the app. */
export interface RoomPushMemory {
  read(fileUid: string): RoomPushReceipt | null;
  write(fileUid: string, receipt: RoomPushReceipt | null): void;
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
  /** Receipts kept across restarts; without it, a restart forgets them until the next push. */
  memory?: RoomPushMemory;
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
  private pushedLocked: boolean | null = null;
  /** The room file (uid) the fields above are about; null: not read from the memory yet. */
  private loadedFor: string | null = null;
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

  /**
   * A room file: the one whose log this laptop pushes. The first time a room
   * file is seen, what the head acknowledged for it is read from the memory
   * (a receipt of another head address is not the current head's).
   */
  private roomDb(): Db | null {
    const db = this.deps.db();
    const identity = db ? readRoomIdentity(db) : null;
    if (!db || !identity) return null;
    if (this.loadedFor !== identity.fileUid) {
      this.clear();
      this.loadedFor = identity.fileUid;
      const receipt = this.deps.memory?.read(identity.fileUid) ?? null;
      const at = receipt ? Date.parse(receipt.pushedAtUtc) : Number.NaN;
      // A hand-edited settings file with a broken date is no receipt: the next push makes a new one.
      if (receipt && Number.isFinite(at) && receipt.headAddress === readRoomPushSettings(db)?.headAddress) {
        this.acknowledged = { events: receipt.events, lockRecords: receipt.lockRecords };
        this.lastPushedAt = at;
        this.pushedLocked = receipt.locked;
      }
    }
    return db;
  }

  private clear(): void {
    this.acknowledged = null;
    this.lastPushedAt = null;
    this.pushedLocked = null;
    this.lastFailedAt = null;
    this.lastFailure = null;
  }

  status(): RoomPushStatus {
    const db = this.roomDb();
    const settings = db ? readRoomPushSettings(db) : null;
    const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());
    return {
      configured: settings !== null,
      headAddress: settings?.headAddress ?? null,
      lastPushedAtUtc: iso(this.lastPushedAt),
      pushedEvents: this.acknowledged?.events ?? null,
      pushedLocked: this.pushedLocked,
      lastFailedAtUtc: iso(this.lastFailedAt),
      lastError: this.lastFailure ? pushFailureText(this.lastFailure, this.deps.locale?.() ?? 'en') : null,
      lastErrorDetail: this.lastFailure?.detail ?? null,
      pending: db ? hasPending({ local: logSize(db), acknowledged: this.acknowledged }) : false,
      retrySeconds: Math.round(this.retryMs / 1000),
    };
  }

  /** Another file was opened: what the head acknowledged was about the previous one (the next file's is read again). */
  reset(): void {
    this.clear();
    this.loadedFor = null;
  }

  /** New push settings (another head, a new room code): nothing is taken as acknowledged, here or after a restart. */
  forget(): void {
    const db = this.deps.db();
    const identity = db ? readRoomIdentity(db) : null;
    if (identity) this.deps.memory?.write(identity.fileUid, null);
    this.reset();
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
    const locked = isResultsLocked(db);
    const fileUid = this.loadedFor;
    this.inFlight = this.send(settings.headAddress, settings.token, text)
      .catch((error: unknown): PushOutcome => ({ ok: false, kind: 'unreachable', reason: String(error) }))
      .then((outcome) => {
        this.inFlight = null;
        // Another file opened (or new settings) meanwhile: this answer is about what was there before.
        if (fileUid === this.loadedFor)
          this.record(outcome, { local, locked, headAddress: settings.headAddress });
        this.deps.onStatus?.(this.status());
        // A sheet or a lock that came while this push was on its way found it in flight and was
        // not in it: push it now, not at the next retry tick. (After a failure the timer retries.)
        if (outcome.ok && this.roomDb() === db && hasPending({ local: logSize(db), acknowledged: local }))
          return this.safely('change');
      });
    return this.inFlight;
  }

  private record(
    outcome: PushOutcome,
    pushed: { local: RoomLogSize; locked: boolean; headAddress: string },
  ): void {
    if (!outcome.ok) {
      this.lastFailedAt = this.now();
      this.lastFailure = explainPushFailure(outcome, pushed.headAddress);
      return;
    }
    this.acknowledged = pushed.local;
    this.lastPushedAt = this.now();
    this.pushedLocked = pushed.locked;
    this.lastFailedAt = null;
    this.lastFailure = null;
    if (!this.loadedFor) return;
    try {
      this.deps.memory?.write(this.loadedFor, {
        headAddress: pushed.headAddress,
        pushedAtUtc: new Date(this.lastPushedAt).toISOString(),
        ...pushed.local,
        locked: pushed.locked,
      });
    } catch {
      // The settings file could not be written (disk full, read-only): the push itself got through,
      // and the only loss is that a restart shows "not sent yet" until the next push.
    }
  }
}
