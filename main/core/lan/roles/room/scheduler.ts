/**
 * When a room laptop pushes its room result to the head laptop: a pure
 * decision over what it has, what the head acknowledged and when the last
 * attempt failed. The head keeps what it merged, so every push carries the
 * whole room result and the head adds only what it lacks: catching up after
 * the link returns is just the next push that gets through.
 */

/** How much of the room's log a push carries: the merge calls a result newer by these two counts. */
export interface RoomLogSize {
  events: number;
  lockRecords: number;
}

export interface PushSchedulerState {
  /** The room's log now. */
  local: RoomLogSize;
  /** What the head acknowledged last (a push answered ok), or null: nothing yet. */
  acknowledged: RoomLogSize | null;
  /** When the last push failed (ms), or null when the last push got through or none was tried. */
  lastFailedAt: number | null;
  /** A push is on its way: never two at once. */
  inFlight: boolean;
  /** The head's address and the room login are set. */
  configured: boolean;
}

/** `change`: a sheet was submitted (or the room locked) here; `tick`: the retry timer. */
export type PushTrigger = 'change' | 'tick';

export type PushDecision =
  | { push: true }
  | { push: false; why: 'notConfigured' | 'inFlight' | 'upToDate' | 'waiting' };

/** The head lacks part of the room's log (or was never told anything, even an empty log). */
export function hasPending(state: Pick<PushSchedulerState, 'local' | 'acknowledged'>): boolean {
  const { local, acknowledged } = state;
  if (!acknowledged) return true;
  return local.events > acknowledged.events || local.lockRecords > acknowledged.lockRecords;
}

/**
 * Whether to push now. A change pushes at once, even while failing (a new
 * sheet is worth a try). The retry timer pushes only after a failure, once
 * `retryMs` has passed since it; after a success it has nothing to do.
 */
export function decidePush(
  state: PushSchedulerState,
  trigger: PushTrigger,
  now: number,
  retryMs: number,
): PushDecision {
  if (!state.configured) return { push: false, why: 'notConfigured' };
  if (state.inFlight) return { push: false, why: 'inFlight' };
  if (trigger === 'change') return hasPending(state) ? { push: true } : { push: false, why: 'upToDate' };
  if (state.lastFailedAt !== null)
    return now - state.lastFailedAt >= retryMs ? { push: true } : { push: false, why: 'waiting' };
  return hasPending(state) ? { push: true } : { push: false, why: 'upToDate' };
}
