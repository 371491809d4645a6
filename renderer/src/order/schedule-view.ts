/**
 * The schedule as the chair sees it: common/order's estimate fed with the
 * order view and the live timer, plus the way times and drift are written.
 */
import { useEffect, useState } from 'react';
import type { OrderView } from '../../../common/contract/session';
import type { Locale } from '../../../common/domain';
import { estimateSchedule, expectedEndFromTimer, type Schedule } from '../../../common/order';
import type { TimerState } from '../../../common/timer';

export function scheduleOf(view: OrderView, timer: TimerState | null, nowMs: number): Schedule | null {
  if (view.startMs === null) return null;
  const actuals = view.actuals.map((actual) => ({
    ...actual,
    // The team on stage ends when its clock says so, not at its planned length.
    expectedEndMs:
      actual.endedAt === null && timer && timer.teamId === actual.teamId
        ? expectedEndFromTimer(timer, nowMs)
        : null,
  }));
  return estimateSchedule(
    {
      sessionStart: view.startMs,
      order: view.entries.map(({ teamId, status, pitchMs, qaMs }) => ({ teamId, status, pitchMs, qaMs })),
      changeoverMs: view.defaults.changeoverMs,
      actuals,
    },
    nowMs,
  );
}

/** Whole minutes behind (positive) or ahead (negative); under 30 s counts as on time. */
export function driftMinutes(driftMs: number): number {
  return Math.round(driftMs / 60_000);
}

const timeFormats = new Map<Locale, Intl.DateTimeFormat>();

/** "14:05" in local time, both languages. */
export function formatTime(ms: number, locale: Locale): string {
  let format = timeFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', {
      hour: '2-digit',
      minute: '2-digit',
    });
    timeFormats.set(locale, format);
  }
  return format.format(ms);
}

/** Local "HH:MM" for a time input, and back to epoch ms on the event's date. */
export function toTimeInput(ms: number): string {
  const date = new Date(ms);
  return `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;
}

/**
 * A 24-hour time as a chair types it, French or English: "14:30", "9:05",
 * "14h30", "14 h 30", "14.30". The field is plain text, not `<input
 * type="time">`: Chromium draws a time input in its own UI language (fixed when
 * the app starts), so a French interface could show "02:04 PM". 12-hour forms
 * ("2 pm") are refused rather than guessed.
 */
export function fromTimeInput(isoDate: string, time: string): number | null {
  const match = /^(\d{1,2})\s*[:hH.]\s*(\d{2})$/.exec(time.trim());
  if (!match || !/^\d{4}-\d{2}-\d{2}$/.test(isoDate)) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (hours > 23 || minutes > 59) return null;
  const hhmm = `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
  const ms = new Date(`${isoDate}T${hhmm}:00`).getTime();
  return Number.isFinite(ms) ? ms : null;
}

/** The current time, refreshed every `intervalMs` (the schedule moves slowly). */
export function useNow(intervalMs: number, clock: () => number = Date.now): number {
  const [now, setNow] = useState(clock);
  useEffect(() => {
    const id = window.setInterval(() => setNow(clock()), intervalMs);
    return () => window.clearInterval(id);
  }, [intervalMs, clock]);
  return now;
}
