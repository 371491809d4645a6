import type { Locale } from '../domain';
import { EN, FR, type MessageKey } from './catalog';

export type { MessageKey } from './catalog';

const catalogues: Record<Locale, Record<MessageKey, string>> = { en: EN, fr: FR };

export type MessageParams = Record<string, string | number>;

export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(EN, key);
}

/**
 * Translates a key. Unknown keys (e.g. a code from a newer core) fall back to
 * the key itself so the user sees something searchable rather than nothing.
 * Numbers in params are formatted the locale's way (14,5 in French).
 */
export function translate(locale: Locale, key: string, params: MessageParams = {}): string {
  const template = isMessageKey(key) ? catalogues[locale][key] : key;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? formatNumber(value, locale) : value;
  });
}

const numberFormats = new Map<string, Intl.NumberFormat>();

export function formatNumber(value: number, locale: Locale, maxFractionDigits = 2): string {
  const cacheKey = `${locale}:${maxFractionDigits}`;
  let format = numberFormats.get(cacheKey);
  if (!format) {
    format = new Intl.NumberFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', {
      maximumFractionDigits: maxFractionDigits,
    });
    numberFormats.set(cacheKey, format);
  }
  // French uses a narrow no-break space as thousands separator; keep it, it prints right.
  return format.format(value);
}

/** "14,5 / 20" in French, "14.5 / 20" in English. */
export function formatScore(value: number, scaleMax: number, locale: Locale): string {
  return `${formatNumber(value, locale)}\u00a0/\u00a0${formatNumber(scaleMax, locale)}`;
}

/** "30 septembre 2022" / "30 September 2022" from an ISO date, without timezone drift. */
export function formatDate(isoDate: string, locale: Locale): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  if (!y || !m || !d) return isoDate;
  const date = new Date(Date.UTC(y, m - 1, d));
  return new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}

/** "du 29 au 30 septembre 2022" style ranges are built by callers; this is the single-day helper's sibling. */
export function formatDateRange(start: string, end: string, locale: Locale): string {
  if (start === end) return formatDate(start, locale);
  return locale === 'fr'
    ? `du ${formatDate(start, locale)} au ${formatDate(end, locale)}`
    : `${formatDate(start, locale)} – ${formatDate(end, locale)}`;
}

/** m:ss for durations in setup forms (5:00); hours are not needed for pitches. */
export function formatDuration(ms: number): string {
  const totalSeconds = Math.round(ms / 1000);
  const minutes = Math.floor(totalSeconds / 60);
  const seconds = totalSeconds % 60;
  return `${minutes}:${String(seconds).padStart(2, '0')}`;
}

/** Parses "5:00", "5", "0:30" into ms; null when it is not a duration. */
export function parseDuration(text: string): number | null {
  const match = /^\s*(\d{1,3})(?::([0-5]\d))?\s*$/.exec(text);
  if (!match) return null;
  return (Number(match[1]) * 60 + Number(match[2] ?? 0)) * 1000;
}
