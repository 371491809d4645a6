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
      const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
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
