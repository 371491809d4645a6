import { describe, expect, it } from 'vitest';
import { TokenBucket, WindowCounter } from '../../../main/core/lan/rate-limit';

describe('rate limits', () => {
  it('let a burst through, then the steady rate', () => {
    let now = 0;
    const bucket = new TokenBucket(3, 2, () => now);
    expect([bucket.take(), bucket.take(), bucket.take(), bucket.take()]).toEqual([true, true, true, false]);
    now += 499;
    expect(bucket.take()).toBe(false);
    now += 1;
    expect(bucket.take()).toBe(true);
    now += 60_000; // a long pause refills up to the burst, not beyond
    expect([bucket.take(), bucket.take(), bucket.take(), bucket.take()]).toEqual([true, true, true, false]);
  });

  it('count attempts per key within a sliding window', () => {
    let now = 0;
    const counter = new WindowCounter(2, 60_000, () => now);
    expect([counter.hit('a'), counter.hit('a'), counter.hit('a'), counter.hit('b')]).toEqual([
      true,
      true,
      false,
      true,
    ]);
    now = 59_999;
    expect(counter.hit('a')).toBe(false);
    now = 60_001;
    expect(counter.hit('a')).toBe(true);
  });
});
