import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { OrderEntry, OrderResult, TeamStatus } from '../../../common/order';
import {
  arrange,
  handOver,
  moveToEnd,
  nextTeamToCall,
  orderFromIds,
  reorder,
  setTeamStatus,
  syncOrder,
  TEAM_STATUSES,
} from '../../../common/order';

function ok(result: OrderResult): OrderEntry[] {
  if (!result.ok) throw new Error(result.refusal.code);
  return result.order;
}

const ids = (order: readonly OrderEntry[]) => order.map((e) => e.teamId);
const entries = (...pairs: [number, TeamStatus][]): OrderEntry[] =>
  pairs.map(([teamId, status]) => ({ teamId, status }));

const orderArb = fc
  .uniqueArray(fc.integer({ min: 1, max: 500 }), { minLength: 1, maxLength: 30 })
  .chain((teamIds) =>
    fc.tuple(
      ...teamIds.map((teamId) => fc.constantFrom(...TEAM_STATUSES).map((status) => ({ teamId, status }))),
    ),
  );

describe('reorder (drag and drop)', () => {
  it('moves one entry to the target index', () => {
    const order = orderFromIds([1, 2, 3, 4]);
    expect(ids(ok(reorder(order, 0, 2)))).toEqual([2, 3, 1, 4]);
    expect(ids(ok(reorder(order, 3, 0)))).toEqual([4, 1, 2, 3]);
    expect(ids(ok(reorder(order, 1, 1)))).toEqual([1, 2, 3, 4]);
  });

  it('refuses indexes outside the list', () => {
    const order = orderFromIds([1, 2]);
    expect(reorder(order, 0, 2)).toEqual({ ok: false, refusal: { code: 'order.indexOutOfRange', index: 2 } });
    expect(reorder(order, -1, 0)).toMatchObject({ ok: false });
    expect(reorder(order, 0.5, 1)).toMatchObject({ ok: false });
  });

  it('loses nothing: same entries, statuses kept, moved entry lands where asked', () => {
    fc.assert(
      fc.property(orderArb, fc.nat(), fc.nat(), (order, a, b) => {
        const from = a % order.length;
        const to = b % order.length;
        const next = ok(reorder(order, from, to));
        expect([...next].sort((x, y) => x.teamId - y.teamId)).toEqual(
          [...order].sort((x, y) => x.teamId - y.teamId),
        );
        expect(next[to]).toEqual(order[from]);
        expect(ok(reorder(next, to, from))).toEqual(order);
      }),
      { numRuns: 200 },
    );
  });
});

describe('arrange', () => {
  it('follows a new sequence and keeps statuses', () => {
    const order = entries([1, 'done'], [2, 'waiting'], [3, 'absent']);
    expect(ok(arrange(order, [3, 1, 2]))).toEqual(entries([3, 'absent'], [1, 'done'], [2, 'waiting']));
  });

  it('refuses anything but a permutation of the same teams', () => {
    const order = orderFromIds([1, 2, 3]);
    for (const bad of [
      [1, 2],
      [1, 2, 2],
      [1, 2, 4],
      [1, 2, 3, 4],
    ]) {
      expect(arrange(order, bad)).toMatchObject({ ok: false, refusal: { code: 'order.notAPermutation' } });
    }
  });
});

describe('moveToEnd (late team)', () => {
  it('moves a waiting team to the end', () => {
    const order = orderFromIds([1, 2, 3]);
    expect(ids(ok(moveToEnd(order, 1)))).toEqual([2, 3, 1]);
  });

  it('an absent team moved to the end stays absent (never silently waiting), and is not called', () => {
    const order = entries([1, 'done'], [2, 'absent'], [3, 'waiting']);
    const moved = ok(moveToEnd(order, 2));
    expect(moved).toEqual(entries([1, 'done'], [3, 'waiting'], [2, 'absent']));
    expect(nextTeamToCall(ok(setTeamStatus(moved, 3, 'done')))).toBeNull();
  });

  it('refuses teams on stage, done, withdrawn or unknown', () => {
    const order = entries([1, 'on_stage'], [2, 'done'], [3, 'withdrawn']);
    expect(moveToEnd(order, 1)).toEqual({
      ok: false,
      refusal: { code: 'order.notMovable', teamId: 1, status: 'on_stage' },
    });
    expect(moveToEnd(order, 2)).toMatchObject({ refusal: { code: 'order.notMovable' } });
    expect(moveToEnd(order, 3)).toMatchObject({ refusal: { code: 'order.notMovable' } });
    expect(moveToEnd(order, 99)).toMatchObject({ refusal: { code: 'order.unknownTeam', teamId: 99 } });
  });
});

describe('next team and statuses', () => {
  it('calls the first waiting team, skipping done, absent, withdrawn and on stage', () => {
    const order = entries(
      [1, 'done'],
      [2, 'absent'],
      [3, 'on_stage'],
      [4, 'withdrawn'],
      [5, 'waiting'],
      [6, 'waiting'],
    );
    expect(nextTeamToCall(order)).toBe(5);
    expect(nextTeamToCall(entries([1, 'done'], [2, 'absent']))).toBeNull();
  });

  it('keeps at most one team on stage', () => {
    const order = entries([1, 'on_stage'], [2, 'waiting']);
    expect(setTeamStatus(order, 2, 'on_stage')).toEqual({
      ok: false,
      refusal: { code: 'order.stageOccupied', teamId: 1 },
    });
    expect(ok(setTeamStatus(order, 1, 'on_stage'))).toEqual(order);
    expect(ok(setTeamStatus(order, 2, 'absent'))).toEqual(entries([1, 'on_stage'], [2, 'absent']));
    expect(setTeamStatus(order, 9, 'done')).toMatchObject({ refusal: { code: 'order.unknownTeam' } });
  });

  it('hands over: the team on stage is done, the next waiting one goes on', () => {
    const first = handOver(entries([1, 'waiting'], [2, 'absent'], [3, 'waiting']));
    expect(first).toEqual({
      order: entries([1, 'on_stage'], [2, 'absent'], [3, 'waiting']),
      finishedTeamId: null,
      calledTeamId: 1,
    });
    const second = handOver(first.order);
    expect(second.order).toEqual(entries([1, 'done'], [2, 'absent'], [3, 'on_stage']));
    expect(second).toMatchObject({ finishedTeamId: 1, calledTeamId: 3 });
    const last = handOver(second.order);
    expect(last).toMatchObject({ finishedTeamId: 3, calledTeamId: null });
    expect(last.order.every((e) => e.status !== 'on_stage')).toBe(true);
  });
});

describe('syncOrder', () => {
  it('keeps places and statuses, drops deleted teams, appends new ones waiting', () => {
    const order = entries([5, 'done'], [2, 'waiting'], [9, 'absent']);
    expect(syncOrder(order, [9, 2, 11, 7])).toEqual(
      entries([2, 'waiting'], [9, 'absent'], [7, 'waiting'], [11, 'waiting']),
    );
  });
});
