import type { EventSetup } from './domain';

/**
 * Warnings about a setup that is valid but probably not what the organiser
 * wants. They are shown, never silently fixed: the chair decides.
 */
export type SetupWarning =
  | { code: 'validation.weightsTotal'; params: { total: number; weight: number; effective: number } }
  | { code: 'validation.zeroWeight'; params: { name: string } };

export function setupWarnings(setup: Pick<EventSetup, 'criteria'>): SetupWarning[] {
  const warnings: SetupWarning[] = [];
  if (setup.criteria.length > 0) {
    const total = weightTotal(setup.criteria);
    const example = effectiveWeights(setup.criteria).find((c) => c.weight > 0);
    if (Math.abs(total - 100) > 1e-9 && total > 0 && example)
      warnings.push({
        code: 'validation.weightsTotal',
        params: { total, weight: example.weight, effective: Math.round(example.effective * 10) / 10 },
      });
  }
  for (const c of setup.criteria)
    if (c.weight === 0) warnings.push({ code: 'validation.zeroWeight', params: { name: c.name } });
  return warnings;
}

export function weightTotal(criteria: readonly { weight: number }[]): number {
  // Round to avoid 99.99999999 from binary fractions such as 33.3 + 33.3 + 33.4.
  return Math.round(criteria.reduce((sum, c) => sum + c.weight, 0) * 1e6) / 1e6;
}

/**
 * What each weight really counts for, in percent: the ranking divides every
 * total by the sum of the weights (main/core/ranking/prepare.ts), so weights
 * that do not add up to 100 are used in proportion (33.33 of 79.16 counts as
 * 42.1 %). The one place the UI, the results sheet and the exports read it.
 */
export function effectiveWeights<T extends { weight: number }>(
  criteria: readonly T[],
): (T & { effective: number })[] {
  const sum = criteria.reduce((s, c) => s + c.weight, 0);
  return criteria.map((c) => ({ ...c, effective: sum > 0 ? (100 * c.weight) / sum : 0 }));
}

/** True when the weights do not add up to 100 (then the effective weights are worth showing). */
export function weightsInProportion(criteria: readonly { weight: number }[]): boolean {
  return Math.abs(weightTotal(criteria) - 100) > 1e-9;
}
