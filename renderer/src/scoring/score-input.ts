import type { Criterion } from '../../../common/domain';
import type { MessageKey, MessageParams } from '../../../common/i18n';
import { snapToGrid } from '../../../common/score-grid';

/**
 * What the juror or the chair typed in a score box, checked before anything is
 * sent (main checks again with the same rule, common/score-grid.ts): empty
 * clears, decimal commas are accepted, a value is sent as its exact grid point,
 * and an out-of-range or off-step value is refused with the message main gives.
 */
export type ParsedScore =
  | { ok: true; value: number | null }
  | { ok: false; message: { key: MessageKey; params: MessageParams } };

export function parseScore(text: string, criterion: Pick<Criterion, 'min' | 'max' | 'step'>): ParsedScore {
  const trimmed = text.trim().replace(',', '.');
  if (trimmed === '') return { ok: true, value: null };
  const value = Number(trimmed);
  if (!Number.isFinite(value) || !/^-?\d+(\.\d+)?$/.test(trimmed)) {
    return {
      ok: false,
      message: { key: 'scoring.outOfRange', params: { min: criterion.min, max: criterion.max } },
    };
  }
  const snapped = snapToGrid(value, criterion);
  if (snapped.ok) return { ok: true, value: snapped.value };
  if (snapped.code === 'scoring.offStep')
    return { ok: false, message: { key: 'scoring.offStep', params: { step: criterion.step } } };
  return {
    ok: false,
    message: { key: 'scoring.outOfRange', params: { min: criterion.min, max: criterion.max } },
  };
}

/** The level description that applies to a value: the highest level at or below it. */
export function levelFor(criterion: Pick<Criterion, 'levels'>, value: number | null): number | null {
  if (value === null) return null;
  let best: number | null = null;
  for (const level of criterion.levels)
    if (level.value <= value && (best === null || level.value > best)) best = level.value;
  return best;
}

/** Shows a stored number the way the user types it (decimal comma in French). */
export function scoreText(value: number | null | undefined, locale: 'fr' | 'en'): string {
  if (value === null || value === undefined) return '';
  return locale === 'fr' ? String(value).replace('.', ',') : String(value);
}
