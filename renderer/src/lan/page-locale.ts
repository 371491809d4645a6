/**
 * The language of a juror's phone: the juror's own choice on this phone if
 * they made one, else the browser's language, else the chair's. The page
 * works in French and English only; any other browser language falls back.
 */
import type { Locale } from '../../../common/domain';

export const LOCALE_KEY = 'pitch-jury.lan.locale';

export function pickLocale(
  stored: string | null,
  browserLanguages: readonly string[],
  laptop: Locale | null,
): Locale {
  if (stored === 'fr' || stored === 'en') return stored;
  for (const language of browserLanguages) {
    const primary = language.toLowerCase().split('-')[0];
    if (primary === 'fr' || primary === 'en') return primary;
  }
  return laptop ?? 'fr';
}
