/**
 * The timer as a window sees it: the latest anchors from main (`timer.get`,
 * then every `timer.changed` push), the colour thresholds, and the offset
 * between main's clock and this window's. Subscribers hear about transitions
 * only; the per-frame work reads `feed.now()` and the current snapshot.
 */
import type { ColourThresholds, TimerState } from '../../../common/timer';
import { call, subscribe } from '../api';
import { readsAnyOf } from '../hooks';

export interface FeedSnapshot {
  revision: number;
  state: TimerState;
  thresholds: ColourThresholds;
}

export interface TimerFeed {
  current(): FeedSnapshot | null;
  /** Main's clock as estimated here: the anchors are in main's time. */
  now(): number;
  subscribe(listener: () => void): () => void;
  close(): void;
}

/**
 * `offset = main's now − our now` at each answer or push. On one machine it is
 * the transport delay (a millisecond or two); it matters when the window's
 * clock differs (a test's controlled clock, a viewer on another device).
 */
export function createTimerFeed(): TimerFeed {
  let snapshot: FeedSnapshot | null = null;
  let offsetMs = 0;
  let closed = false;
  const listeners = new Set<() => void>();
  const notify = () => {
    for (const listener of listeners) listener();
  };
  const accept = (revision: number, now: number, state: TimerState, thresholds?: ColourThresholds) => {
    if (snapshot && revision < snapshot.revision) return; // an older push overtaken by a newer answer
    offsetMs = now - Date.now();
    const nextThresholds = thresholds ?? snapshot?.thresholds ?? { amberAtMs: 0, redAtMs: 0 };
    snapshot = { revision, state, thresholds: nextThresholds };
    notify();
  };
  const load = (reset: boolean) => {
    call('timer.get', {}).then(
      (s) => {
        if (closed) return;
        if (reset) snapshot = null; // another file: its revisions start over
        accept(s.revision, s.now, s.state, s.thresholds);
      },
      () => {
        if (closed || !reset) return;
        snapshot = null; // no event open
        notify();
      },
    );
  };
  const offPush = subscribe('timer.changed', ({ revision, now, state }) => accept(revision, now, state));
  const offChanged = subscribe('event.changed', ({ scopes }) => {
    if (scopes.includes('file')) load(true);
    else if (readsAnyOf('timer.get', scopes)) load(false);
  });
  load(true);
  return {
    current: () => snapshot,
    now: () => Date.now() + offsetMs,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close() {
      closed = true;
      offPush();
      offChanged();
      listeners.clear();
    },
  };
}
