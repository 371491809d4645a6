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
  return render(template, locale, params, null);
}

/**
 * Fills `{name}` placeholders and picks `{name, plural, =0 {…} one {…} other {…}}`
 * branches (the ICU MessageFormat plural syntax, `#` standing for the number).
 * The branch comes from `Intl.PluralRules`, i.e. the CLDR rules built into
 * the JS engine: French says "0 fiche validée, 1 fiche, 2 fiches", English
 * "0 sheets, 1 sheet". Hand-written rather than an ICU library because the
 * catalogue needs only this one construct and the engine already ships the
 * rules; a malformed message renders as written, never throws.
 */
function render(template: string, locale: Locale, params: MessageParams, hash: string | null): string {
  let out = '';
  let i = 0;
  while (i < template.length) {
    const ch = template[i];
    if (ch === '#' && hash !== null) {
      out += hash;
      i++;
      continue;
    }
    if (ch !== '{') {
      out += ch;
      i++;
      continue;
    }
    const end = matchingBrace(template, i);
    if (end < 0) {
      out += template.slice(i);
      break;
    }
    out += placeholder(template.slice(i + 1, end), template.slice(i, end + 1), locale, params, hash);
    i = end + 1;
  }
  return out;
}

function matchingBrace(text: string, open: number): number {
  let depth = 0;
  for (let j = open; j < text.length; j++) {
    if (text[j] === '{') depth++;
    else if (text[j] === '}' && --depth === 0) return j;
  }
  return -1;
}

const pluralRules = new Map<Locale, Intl.PluralRules>();

function pluralCategory(value: number, locale: Locale): string {
  let rules = pluralRules.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale === 'fr' ? 'fr-FR' : 'en-GB');
    pluralRules.set(locale, rules);
  }
  return rules.select(value);
}

function placeholder(
  inner: string,
  whole: string,
  locale: Locale,
  params: MessageParams,
  hash: string | null,
): string {
  const simple = /^\s*(\w+)\s*$/.exec(inner);
  if (simple) {
    const value = params[simple[1] ?? ''];
    if (value === undefined) return whole;
    return typeof value === 'number' ? formatNumber(value, locale) : value;
  }
  const plural = /^\s*(\w+)\s*,\s*plural\s*,([\s\S]*)$/.exec(inner);
  if (!plural) return render(whole.slice(1, -1), locale, params, hash);
  const value = params[plural[1] ?? ''];
  if (typeof value !== 'number') return whole;
  const branches = new Map<string, string>();
  const body = plural[2] ?? '';
  let j = 0;
  while (j < body.length) {
    const selector = /^\s*(=\d+|zero|one|two|few|many|other)\s*\{/.exec(body.slice(j));
    if (!selector) break;
    const open = j + selector[0].length - 1;
    const close = matchingBrace(body, open);
    if (close < 0) break;
    branches.set(selector[1] ?? 'other', body.slice(open + 1, close));
    j = close + 1;
  }
  const branch =
    branches.get(`=${value}`) ?? branches.get(pluralCategory(value, locale)) ?? branches.get('other');
  if (branch === undefined) return whole;
  return render(branch, locale, params, formatNumber(value, locale));
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

/** A number with exactly `digits` decimals ("6,00", "6,63"): one precision down a table column. */
export function formatFixed(value: number, locale: Locale, digits: number): string {
  return new Intl.NumberFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(value);
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
