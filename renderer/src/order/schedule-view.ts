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

export function fromTimeInput(isoDate: string, time: string): number | null {
  if (!/^\d{2}:\d{2}$/.test(time) || !/^\d{4}-\d{2}-\d{2}$/.test(isoDate)) return null;
  const ms = new Date(`${isoDate}T${time}:00`).getTime();
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
