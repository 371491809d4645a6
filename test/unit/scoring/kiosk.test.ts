import { describe, expect, it } from 'vitest';
import { codeMatches, kioskAllows, newKiosk } from '../../../main/core/api/kiosk';

describe('juror mode on the shared laptop', () => {
  it('lets only the juror form and the projector run', () => {
    for (const name of ['scoring.form', 'scoring.saveDraft', 'scoring.submit', 'kiosk.exit', 'timer.get'])
      expect(kioskAllows(name), name).toBe(true);
    for (const name of [
      'results.get',
      'scores.grid',
      'scores.enter',
      'recusals.clear',
      'kiosk.enter',
      'scoring.identify',
      'timer.command',
    ])
      expect(kioskAllows(name), name).toBe(false);
  });

  it('keeps only a salted hash of the hand-over code, and checks it', () => {
    const kiosk = newKiosk(3, '/tmp/e.sqlite', '2468');
    expect(JSON.stringify(kiosk)).not.toContain('2468');
    expect(codeMatches(kiosk, '2468')).toBe(true);
    expect(codeMatches(kiosk, '2469')).toBe(false);
    expect(codeMatches(kiosk, '')).toBe(false);
    expect(newKiosk(3, '/tmp/e.sqlite', '2468').salt).not.toBe(kiosk.salt);
    expect(() => newKiosk(3, '/tmp/e.sqlite', '12')).toThrow();
  });
});
