import { describe, expect, it } from 'vitest';
import { decidePush, hasPending, type PushSchedulerState } from '../../../main/core/lan/roles/room/scheduler';

const RETRY = 15_000;
const base: PushSchedulerState = {
  local: { events: 6, lockRecords: 0 },
  acknowledged: { events: 3, lockRecords: 0 },
  lastFailedAt: null,
  inFlight: false,
  configured: true,
};

describe('room push scheduler', () => {
  it('pushes after a change when the head lacks something, and not when it has everything', () => {
    expect(decidePush(base, 'change', 0, RETRY)).toEqual({ push: true });
    const upToDate = { ...base, acknowledged: { events: 6, lockRecords: 0 } };
    expect(decidePush(upToDate, 'change', 0, RETRY)).toEqual({ push: false, why: 'upToDate' });
    expect(decidePush(upToDate, 'tick', 0, RETRY)).toEqual({ push: false, why: 'upToDate' });
  });

  it('counts a new lock record as something to send, and a first push even of an empty log', () => {
    expect(
      hasPending({ local: { events: 6, lockRecords: 1 }, acknowledged: { events: 6, lockRecords: 0 } }),
    ).toBe(true);
    expect(hasPending({ local: { events: 0, lockRecords: 0 }, acknowledged: null })).toBe(true);
    expect(
      hasPending({ local: { events: 6, lockRecords: 1 }, acknowledged: { events: 6, lockRecords: 1 } }),
    ).toBe(false);
  });

  it('after a failure, the timer retries once the interval has passed; a new sheet tries at once', () => {
    const failed = { ...base, lastFailedAt: 100_000 };
    expect(decidePush(failed, 'tick', 100_000 + RETRY - 1, RETRY)).toEqual({ push: false, why: 'waiting' });
    expect(decidePush(failed, 'tick', 100_000 + RETRY, RETRY)).toEqual({ push: true });
    expect(decidePush(failed, 'change', 100_001, RETRY)).toEqual({ push: true });
  });

  it('the timer also sends what a change made during a push left behind', () => {
    expect(decidePush(base, 'tick', 0, RETRY)).toEqual({ push: true });
  });

  it('never two pushes at once, and nothing without settings', () => {
    expect(decidePush({ ...base, inFlight: true }, 'change', 0, RETRY)).toEqual({
      push: false,
      why: 'inFlight',
    });
    expect(decidePush({ ...base, inFlight: true, lastFailedAt: 0 }, 'tick', RETRY, RETRY)).toEqual({
      push: false,
      why: 'inFlight',
    });
    expect(decidePush({ ...base, configured: false }, 'change', 0, RETRY)).toEqual({
      push: false,
      why: 'notConfigured',
    });
  });
});
