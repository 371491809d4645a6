import { useCallback, useEffect, useRef, useState } from 'react';
import type { TimerFeed } from '../display/timer-feed';
import { type ChimeKind, playChime, upcomingChimes } from './chimes';

export interface ChimeSettings {
  /** 0..1 */
  volume: number;
  muted: boolean;
}

const STORAGE_KEY = 'pitchJury.chimes';
const DEFAULTS: ChimeSettings = { volume: 0.7, muted: false };

/** Volume and mute are a preference of this laptop, not of the event. */
function loadSettings(): ChimeSettings {
  try {
    const raw = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null') as Partial<ChimeSettings> | null;
    const volume = typeof raw?.volume === 'number' ? Math.min(1, Math.max(0, raw.volume)) : DEFAULTS.volume;
    return { volume, muted: raw?.muted === true };
  } catch {
    return DEFAULTS;
  }
}

/**
 * Rings the chimes of the running clock. Rescheduled on every timer
 * transition; the audio context is created on the first key press or click
 * (browsers only allow sound after a gesture).
 */
export function useChimes(feed: TimerFeed | null) {
  const [settings, setSettings] = useState<ChimeSettings>(loadSettings);
  const settingsRef = useRef(settings);
  settingsRef.current = settings;
  const audio = useRef<AudioContext | null>(null);

  const context = useCallback((): AudioContext | null => {
    if (!audio.current && typeof AudioContext !== 'undefined') audio.current = new AudioContext();
    if (audio.current?.state === 'suspended') void audio.current.resume();
    return audio.current;
  }, []);

  const play = useCallback(
    (kind: ChimeKind, force = false) => {
      const { volume, muted } = settingsRef.current;
      if (muted && !force) return;
      const ctx = context();
      if (ctx) playChime(ctx, kind, volume);
    },
    [context],
  );

  useEffect(() => {
    const unlock = () => context();
    window.addEventListener('keydown', unlock, { once: true });
    window.addEventListener('pointerdown', unlock, { once: true });
    return () => {
      window.removeEventListener('keydown', unlock);
      window.removeEventListener('pointerdown', unlock);
      void audio.current?.close();
      audio.current = null;
    };
  }, [context]);

  useEffect(() => {
    if (!feed) return;
    let timers: number[] = [];
    const schedule = () => {
      for (const id of timers) window.clearTimeout(id);
      const snapshot = feed.current();
      timers = snapshot
        ? upcomingChimes(snapshot.state, feed.now(), snapshot.thresholds).map(({ kind, inMs }) =>
            window.setTimeout(() => play(kind), inMs),
          )
        : [];
    };
    schedule();
    const off = feed.subscribe(schedule);
    return () => {
      off();
      for (const id of timers) window.clearTimeout(id);
    };
  }, [feed, play]);

  const update = (change: Partial<ChimeSettings>) => {
    const next = { ...settingsRef.current, ...change };
    setSettings(next);
    try {
      localStorage.setItem(STORAGE_KEY, JSON.stringify(next));
    } catch {
      // Private mode or full storage: the setting lasts for this session only.
    }
  };

  return { settings, update, test: () => play('amber', true) };
}
