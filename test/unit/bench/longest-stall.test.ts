import { describe, expect, it } from 'vitest';
import { longestStall } from '../../bench/figure';

/** A synchronous block bounded by a count of iterations (never by a clock); returns how long it held the thread. */
function block(iterations: number): number {
  const start = performance.now();
  let x = 0;
  for (let i = 0; i < iterations; i++) x += Math.sqrt(i + x);
  if (Number.isNaN(x)) throw new Error('unreachable');
  return performance.now() - start;
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));
// The probe's interval: a gap is counted beyond it.
const INTERVAL = 2;

describe('longestStall (the benches main-loop probe)', () => {
  it('sees a synchronous block at the very end of the work, before the promise resolves', async () => {
    let blocked = 0;
    const stall = await longestStall(async () => {
      await tick();
      blocked = block(20_000_000);
    });
    expect(stall).toBeGreaterThanOrEqual(blocked - INTERVAL);
  });

  it('sees a synchronous block in the middle of the work', async () => {
    let blocked = 0;
    const stall = await longestStall(async () => {
      await tick();
      blocked = block(20_000_000);
      await tick();
    });
    expect(stall).toBeGreaterThanOrEqual(blocked - INTERVAL);
  });
});
