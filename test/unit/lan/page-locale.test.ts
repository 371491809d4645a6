import { describe, expect, it } from 'vitest';
import { pickLocale } from '../../../renderer/src/lan/page-locale';

describe('the language of a juror’s phone', () => {
  it('is the browser’s before the chair’s', () => {
    expect(pickLocale(null, ['en-US', 'fr'], 'fr')).toBe('en');
    expect(pickLocale(null, ['fr-FR'], 'en')).toBe('fr');
  });
  it('skips languages the page does not speak, then falls back to the chair’s', () => {
    expect(pickLocale(null, ['ty', 'es-ES', 'en-GB'], 'fr')).toBe('en');
    expect(pickLocale(null, ['de-DE'], 'en')).toBe('en');
    expect(pickLocale(null, [], null)).toBe('fr');
  });
  it('is the juror’s own choice once made on this phone', () => {
    expect(pickLocale('fr', ['en-US'], 'en')).toBe('fr');
    expect(pickLocale('xx', ['en-US'], 'fr')).toBe('en');
  });
});
