/**
 * Dates, times and numbers as they are written on French and English
 * documents. Month names are our own (not ICU's) so "1er octobre" and the
 * French "du 28 au 30 septembre 2022" come out right on any platform.
 */
import type { Locale } from '../../../common/domain';

const NBSP = '\u00a0';

const MONTHS: Record<Locale, readonly string[]> = {
  fr: [
    'janvier',
    'février',
    'mars',
    'avril',
    'mai',
    'juin',
    'juillet',
    'août',
    'septembre',
    'octobre',
    'novembre',
    'décembre',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
};

interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

function parseIsoDate(iso: string): CalendarDate {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) throw new RangeError(`not an ISO date: ${iso}`);
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

function dayLabel(day: number, locale: Locale): string {
  return locale === 'fr' && day === 1 ? '1er' : String(day);
}

function monthName(month: number, locale: Locale): string {
  return MONTHS[locale][month - 1] ?? String(month);
}

function writeDate(d: CalendarDate, locale: Locale): string {
  return `${dayLabel(d.day, locale)}${NBSP}${monthName(d.month, locale)} ${d.year}`;
}

/** "30 septembre 2022", "1er octobre 2022", "30 September 2022". */
export function formatDate(iso: string, locale: Locale): string {
  return writeDate(parseIsoDate(iso), locale);
}

/**
 * The event's dates as a phrase: "le 30 septembre 2022", "du 28 au 30
 * septembre 2022", "du 28 septembre au 2 octobre 2022"; in English
 * "30 September 2022", "28–30 September 2022", "28 September – 2 October 2022".
 */
export function formatDateSpan(startIso: string, endIso: string, locale: Locale): string {
  const start = parseIsoDate(startIso);
  const end = parseIsoDate(endIso);
  const sameDay = start.year === end.year && start.month === end.month && start.day === end.day;
  if (sameDay) return locale === 'fr' ? `le ${writeDate(start, locale)}` : writeDate(start, locale);
  const sameMonth = start.year === end.year && start.month === end.month;
  const sameYear = start.year === end.year;
  let from: string;
  if (sameMonth) from = dayLabel(start.day, locale);
  else if (sameYear) from = `${dayLabel(start.day, locale)}${NBSP}${monthName(start.month, locale)}`;
  else from = writeDate(start, locale);
  const to = writeDate(end, locale);
  if (locale === 'fr') return `du ${from} au ${to}`;
  return sameMonth ? `${from}–${to}` : `${from} – ${to}`;
}

/** Decimal comma in French; at most `maxDecimals`, trailing zeros kept up to `minDecimals`. */
export function formatNumber(value: number, locale: Locale, maxDecimals = 2, minDecimals = 0): string {
  let text = value.toFixed(maxDecimals);
  if (maxDecimals > minDecimals) {
    const [whole, fraction = ''] = text.split('.');
    let kept = fraction;
    while (kept.length > minDecimals && kept.endsWith('0')) kept = kept.slice(0, -1);
    text = kept.length > 0 ? `${whole}.${kept}` : (whole ?? text);
  }
  if (text.startsWith('-')) text = `−${text.slice(1)}`;
  return locale === 'fr' ? text.replace('.', ',') : text;
}

/** "30 %" (French, non-breaking space) or "30%". */
export function formatPercent(value: number, locale: Locale): string {
  const n = formatNumber(value, locale, 1);
  return locale === 'fr' ? `${n}${NBSP}%` : `${n}%`;
}

interface ZonedParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

function zonedParts(isoInstant: string, timeZone: string | undefined): ZonedParts {
  const date = new Date(isoInstant);
  if (Number.isNaN(date.getTime())) throw new RangeError(`not an ISO instant: ${isoInstant}`);
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    hourCycle: 'h23',
  }).formatToParts(date);
  const get = (type: Intl.DateTimeFormatPartTypes): number =>
    Number(parts.find((p) => p.type === type)?.value);
  return {
    year: get('year'),
    month: get('month'),
    day: get('day'),
    hour: get('hour'),
    minute: get('minute'),
  };
}

function writeClock(p: ZonedParts, locale: Locale): string {
  const mm = String(p.minute).padStart(2, '0');
  return locale === 'fr' ? `${p.hour}${NBSP}h${NBSP}${mm}` : `${String(p.hour).padStart(2, '0')}:${mm}`;
}

/** "9 h 30" / "09:30" in the given IANA zone (system zone when undefined). */
export function formatClock(isoInstant: string, locale: Locale, timeZone?: string): string {
  return writeClock(zonedParts(isoInstant, timeZone), locale);
}

/** "30 septembre 2022 à 18 h 42" / "30 September 2022 at 18:42". */
export function formatTimestamp(isoInstant: string, locale: Locale, timeZone?: string): string {
  const p = zonedParts(isoInstant, timeZone);
  const date = writeDate(p, locale);
  return locale === 'fr' ? `${date} à ${writeClock(p, locale)}` : `${date} at ${writeClock(p, locale)}`;
}

/** "4:32" for a duration, "+0:12" when `signed` (overtime). */
export function formatDuration(ms: number, signed = false): string {
  const totalSeconds = Math.round(Math.abs(ms) / 1000);
  const text = `${Math.floor(totalSeconds / 60)}:${String(totalSeconds % 60).padStart(2, '0')}`;
  if (!signed) return ms < 0 ? `−${text}` : text;
  return ms < 0 ? `−${text}` : `+${text}`;
}
