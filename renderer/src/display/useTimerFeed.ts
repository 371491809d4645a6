import { useEffect, useState, useSyncExternalStore } from 'react';
import { createTimerFeed, type FeedSnapshot, type TimerFeed } from './timer-feed';

/** One feed for the lifetime of the component (a page): created on mount, closed on unmount. */
export function useTimerFeed(): TimerFeed | null {
  const [feed, setFeed] = useState<TimerFeed | null>(null);
  useEffect(() => {
    const created = createTimerFeed();
    setFeed(created);
    return () => created.close();
  }, []);
  return feed;
}

const noFeed = () => () => undefined;

/** Re-renders on timer transitions only (never per frame). */
export function useFeedSnapshot(feed: TimerFeed | null): FeedSnapshot | null {
  return useSyncExternalStore(feed ? feed.subscribe : noFeed, () => feed?.current() ?? null);
}
