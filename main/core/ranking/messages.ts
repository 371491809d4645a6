import type { Locale } from '../../../common/domain';
import { rankingEn, rankingFr } from '../../../common/i18n/ranking';

/**
 * Wording for every code the ranking and scoring cores return. The text now
 * lives in the translation layer (common/i18n/ranking.ts, merged into the
 * catalogue) so the UI and the dispatcher translate these codes like any
 * other; this view of it stays for callers that want the two locales side by side.
 */
export const RANKING_MESSAGES: Readonly<Record<Locale, Readonly<Record<string, string>>>> = {
  en: rankingEn,
  fr: rankingFr,
};
