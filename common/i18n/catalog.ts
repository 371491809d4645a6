import { en as setupEn } from './en';
import { fr as setupFr } from './fr';

/**
 * All messages, merged from one file per area so areas can grow in parallel.
 * Each area file exports `<area>En` (`as const`) and `<area>Fr` typed
 * `Record<keyof typeof <area>En, string>`; add one spread to each list below.
 */
export const EN = {
  ...setupEn,
} as const;

export type MessageKey = keyof typeof EN;

export const FR: Record<MessageKey, string> = {
  ...setupFr,
};
