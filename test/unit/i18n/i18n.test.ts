import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatDateRange,
  formatDuration,
  formatScore,
  parseDuration,
  translate,
} from '../../../common/i18n';
import { EN as en, FR as fr } from '../../../common/i18n/catalog';

describe('translations', () => {
  it('are complete in French and English, with the same placeholders', () => {
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      // Simple `{name}` placeholders and the arguments of `{name, plural, …}` messages.
      const placeholders = (s: string) =>
        [...new Set([...s.matchAll(/\{(\w+)(?:\}|\s*,\s*plural\s*,)/g)].map((m) => m[1]))].sort();
      expect(placeholders(fr[key]), key).toEqual(placeholders(en[key]));
      expect(fr[key].trim(), key).not.toBe('');
    }
  });

  it('use French typography in French (no-break space before :, « » quotes)', () => {
    for (const [key, value] of Object.entries(fr)) {
      expect(value, key).not.toMatch(/"/);
      expect(value, key).not.toMatch(/\S[:;?!](\s|$)/u);
    }
  });

  it('fill placeholders and format numbers per locale', () => {
    expect(
      translate('fr', 'validation.weightsTotal', { total: 92.5, weight: 40, effective: 43.2 }),
    ).toContain('40 compte pour 43,2\u00a0%');
    expect(
      translate('en', 'validation.weightsTotal', { total: 92.5, weight: 40, effective: 43.2 }),
    ).toContain('40 counts as 43.2%');
    expect(translate('fr', 'no.such.key')).toBe('no.such.key');
  });
});

describe('plurals (CLDR rules through Intl.PluralRules)', () => {
  it('agree in French: 0 and 1 are singular, 2 and more plural', () => {
    const count = (submitted: number, expected: number) =>
      translate('fr', 'scoring.progress.count', { submitted, expected });
    expect(count(0, 5)).toBe('0 juré sur 5 a validé');
    expect(count(1, 5)).toBe('1 juré sur 5 a validé');
    expect(count(3, 5)).toBe('3 jurés sur 5 ont validé');
    expect(translate('fr', 'scoring.form.progress', { done: 2, total: 8 })).toBe('2 fiches validées sur 8');
    expect(translate('fr', 'scoring.grid.submittedCount', { count: 1 })).toBe('1\u00a0fiche validée.');
    expect(translate('fr', 'results.settings.penaltyOn', { points: 0.5 })).toMatch(/^0,5\u00a0point par/);
    expect(translate('fr', 'results.settings.penaltyOn', { points: 2 })).toMatch(/^2\u00a0points par/);
  });

  it('agree in English: only 1 is singular', () => {
    expect(translate('en', 'scoring.progress.count', { submitted: 1, expected: 1 })).toBe(
      '1 of 1 juror submitted',
    );
    expect(translate('en', 'scoring.progress.count', { submitted: 0, expected: 5 })).toBe(
      '0 of 5 jurors submitted',
    );
    expect(translate('en', 'scoring.grid.submittedCount', { count: 0 })).toBe('0 sheets submitted.');
    expect(translate('en', 'results.settings.penaltyOn', { points: 1 })).toMatch(/^1 point per/);
  });

  it('leave no fake "(s)" plural or "(e)" in either catalogue', () => {
    for (const [key, value] of [...Object.entries(fr), ...Object.entries(en)]) {
      expect(value, key).not.toMatch(/\((s|e|es)\)/);
    }
  });

  it('keep a message with a missing count readable, never throw', () => {
    expect(translate('fr', 'scoring.progress.count', { expected: 5 })).toContain('sur 5');
  });
});

describe('formats', () => {
  it('writes dates the French and the English way', () => {
    expect(formatDate('2022-09-30', 'fr')).toBe('30 septembre 2022');
    expect(formatDate('2022-09-30', 'en')).toBe('30 September 2022');
    expect(formatDateRange('2022-09-29', '2022-09-30', 'fr')).toBe(
      'du 29 septembre 2022 au 30 septembre 2022',
    );
  });

  it('writes scores with a decimal comma in French', () => {
    expect(formatScore(14.5, 20, 'fr')).toBe('14,5\u00a0/\u00a020');
    expect(formatScore(14.5, 20, 'en')).toBe('14.5\u00a0/\u00a020');
  });

  it('parses and prints m:ss durations', () => {
    expect(parseDuration('5:00')).toBe(300_000);
    expect(parseDuration('7')).toBe(420_000);
    expect(parseDuration('0:30')).toBe(30_000);
    expect(parseDuration('1:75')).toBeNull();
    expect(parseDuration('abc')).toBeNull();
    expect(formatDuration(90_000)).toBe('1:30');
  });
});
