import { describe, expect, it } from 'vitest';
import {
  formatClock,
  formatDate,
  formatDateSpan,
  formatDuration,
  formatNumber,
  formatPercent,
  formatTimestamp,
} from '../../../main/core/documents/locale-format';

const nb = (s: string) => s.replace(/\u00a0/g, ' ');

describe('dates', () => {
  it('writes French and English dates, with "1er" for the first of the month', () => {
    expect(nb(formatDate('2022-09-30', 'fr'))).toBe('30 septembre 2022');
    expect(nb(formatDate('2022-10-01', 'fr'))).toBe('1er octobre 2022');
    expect(nb(formatDate('2022-08-15', 'fr'))).toBe('15 août 2022');
    expect(nb(formatDate('2022-09-30', 'en'))).toBe('30 September 2022');
    expect(nb(formatDate('2022-10-01', 'en'))).toBe('1 October 2022');
  });

  it('keeps day and month together with a no-break space', () => {
    expect(formatDate('2022-09-30', 'fr')).toBe('30\u00a0septembre 2022');
  });

  it('writes the event’s dates as a phrase', () => {
    expect(nb(formatDateSpan('2022-09-30', '2022-09-30', 'fr'))).toBe('le 30 septembre 2022');
    expect(nb(formatDateSpan('2022-09-28', '2022-09-30', 'fr'))).toBe('du 28 au 30 septembre 2022');
    expect(nb(formatDateSpan('2022-10-01', '2022-10-03', 'fr'))).toBe('du 1er au 3 octobre 2022');
    expect(nb(formatDateSpan('2022-09-29', '2022-10-01', 'fr'))).toBe('du 29 septembre au 1er octobre 2022');
    expect(nb(formatDateSpan('2022-12-31', '2023-01-02', 'fr'))).toBe(
      'du 31 décembre 2022 au 2 janvier 2023',
    );
    expect(nb(formatDateSpan('2022-09-30', '2022-09-30', 'en'))).toBe('30 September 2022');
    expect(nb(formatDateSpan('2022-09-28', '2022-09-30', 'en'))).toBe('28–30 September 2022');
    expect(nb(formatDateSpan('2022-09-29', '2022-10-01', 'en'))).toBe('29 September – 1 October 2022');
    expect(nb(formatDateSpan('2022-12-31', '2023-01-02', 'en'))).toBe('31 December 2022 – 2 January 2023');
  });

  it('refuses what is not an ISO date', () => {
    expect(() => formatDate('30/09/2022', 'fr')).toThrow(RangeError);
  });
});

describe('times', () => {
  it('writes clock times in the given zone, the French way with "h"', () => {
    // 19:30 UTC is 9:30 in Tahiti (UTC−10) and 21:30 in Paris (summer time).
    expect(nb(formatClock('2022-09-29T19:30:00Z', 'fr', 'Pacific/Tahiti'))).toBe('9 h 30');
    expect(nb(formatClock('2022-09-29T19:05:00Z', 'fr', 'Europe/Paris'))).toBe('21 h 05');
    expect(formatClock('2022-09-29T19:30:00Z', 'en', 'Pacific/Tahiti')).toBe('09:30');
  });

  it('writes the date of a timestamp in the zone too', () => {
    expect(nb(formatTimestamp('2022-09-30T04:20:00Z', 'fr', 'Pacific/Tahiti'))).toBe(
      '29 septembre 2022 à 18 h 20',
    );
    expect(nb(formatTimestamp('2022-09-30T04:20:00Z', 'en', 'UTC'))).toBe('30 September 2022 at 04:20');
  });

  it('writes durations and overtime', () => {
    expect(formatDuration(298_000)).toBe('4:58');
    expect(formatDuration(12_000, true)).toBe('+0:12');
    expect(formatDuration(-5_000, true)).toBe('−0:05');
    expect(formatDuration(3_600_000)).toBe('60:00');
  });
});

describe('numbers', () => {
  it('uses a decimal comma in French and trims zeros beyond the minimum', () => {
    expect(formatNumber(14.5, 'fr')).toBe('14,5');
    expect(formatNumber(14.5, 'fr', 2, 2)).toBe('14,50');
    expect(formatNumber(14.5, 'en', 2, 2)).toBe('14.50');
    expect(formatNumber(16, 'fr')).toBe('16');
    expect(formatNumber(7.333, 'fr')).toBe('7,33');
    expect(formatNumber(-0.5, 'fr')).toBe('−0,5');
  });

  it('writes percentages with a no-break space in French', () => {
    expect(formatPercent(30, 'fr')).toBe('30\u00a0%');
    expect(formatPercent(12.5, 'en')).toBe('12.5%');
  });
});
