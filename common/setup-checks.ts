import type { EventSetup } from './domain';

/**
 * Warnings about a setup that is valid but probably not what the organiser
 * wants. They are shown, never silently fixed: the chair decides.
 */
export interface SetupWarning {
  code: 'validation.weightsTotal';
  params: Record<string, number>;
}

export function setupWarnings(setup: Pick<EventSetup, 'criteria'>): SetupWarning[] {
  const warnings: SetupWarning[] = [];
  if (setup.criteria.length > 0) {
    const total = weightTotal(setup.criteria);
    if (Math.abs(total - 100) > 1e-9) warnings.push({ code: 'validation.weightsTotal', params: { total } });
  }
  return warnings;
}

export function weightTotal(criteria: readonly { weight: number }[]): number {
  // Round to avoid 99.99999999 from binary fractions such as 33.3 + 33.3 + 33.4.
  return Math.round(criteria.reduce((sum, c) => sum + c.weight, 0) * 1e6) / 1e6;
}
