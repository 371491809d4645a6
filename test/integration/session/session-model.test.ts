/**
 * Property test of pitch day as a whole: any sequence of chair actions and
 * running-order edits (refusals included) keeps the order and the timer
 * consistent in SQLite — the team on stage is exactly the team on the clock,
 * the order stays a permutation of the event's teams, and a reopened file
 * shows exactly what the running process showed.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ChairCommand, SettableStatus } from '../../../common/contract/session';
import { DomainError } from '../../../main/core/errors';
import { closeEventFile, createDemoEventFile, openEventFile } from '../../../main/core/event-file';
import {
  moveRunningOrderTeamToEnd,
  readOrder,
  readTimer,
  readTimeUsed,
  reorderRunningOrder,
  runChairCommand,
  setRunningOrderStatus,
} from '../../../main/core/pitch-day';
import { tempDir } from '../../support/temp';

type Action =
  | { kind: 'chair'; command: ChairCommand }
  | { kind: 'wait'; ms: number }
  | { kind: 'moveToEnd'; place: number }
  | { kind: 'status'; place: number; status: SettableStatus }
  | { kind: 'rotate'; by: number };

const place = fc.integer({ min: 0, max: 7 });
const action: fc.Arbitrary<Action> = fc.oneof(
  { weight: 3, arbitrary: fc.constant<Action>({ kind: 'chair', command: { type: 'toggle' } }) },
  { weight: 3, arbitrary: fc.constant<Action>({ kind: 'chair', command: { type: 'nextTeam' } }) },
  fc.constant<Action>({ kind: 'chair', command: { type: 'nextPhase' } }),
  fc.constant<Action>({ kind: 'chair', command: { type: 'resetPhase' } }),
  fc
    .constantFrom(10_000, -10_000, 60_000, -60_000)
    .map((deltaMs): Action => ({ kind: 'chair', command: { type: 'adjust', deltaMs } })),
  place.map((p): Action => ({ kind: 'chair', command: { type: 'callTeam', teamId: p + 1 } })),
  { weight: 3, arbitrary: fc.integer({ min: 0, max: 400_000 }).map((ms): Action => ({ kind: 'wait', ms })) },
  place.map((p): Action => ({ kind: 'moveToEnd', place: p })),
  fc
    .tuple(place, fc.constantFrom<SettableStatus>('waiting', 'done', 'absent', 'withdrawn'))
    .map(([p, status]): Action => ({ kind: 'status', place: p, status })),
  fc.integer({ min: 1, max: 7 }).map((by): Action => ({ kind: 'rotate', by })),
);

describe('pitch day, any sequence of actions', () => {
  const dir = tempDir();

  it('keeps the stage, the clock and the order consistent, and the file faithful', () => {
    fc.assert(
      fc.property(fc.array(action, { maxLength: 30 }), (actions) => {
        const session = createDemoEventFile(dir);
        let now = 1_790_000_000_000;
        try {
          for (const a of actions) {
            const idAt = (p: number) => readOrder(session.db)[p]?.teamId ?? 1;
            try {
              if (a.kind === 'wait') now += a.ms;
              else if (a.kind === 'chair') runChairCommand(session.db, a.command, now);
              else if (a.kind === 'moveToEnd') moveRunningOrderTeamToEnd(session.db, idAt(a.place), now);
              else if (a.kind === 'status') setRunningOrderStatus(session.db, idAt(a.place), a.status, now);
              else {
                const ids = readOrder(session.db).map((e) => e.teamId);
                reorderRunningOrder(session.db, [...ids.slice(a.by), ...ids.slice(0, a.by)]);
              }
            } catch (error) {
              if (!(error instanceof DomainError)) throw error;
            }
            const order = readOrder(session.db);
            const onStage = order.filter((e) => e.status === 'on_stage').map((e) => e.teamId);
            const { state } = readTimer(session.db);
            expect(onStage).toEqual(state.teamId === null ? [] : [state.teamId]);
            expect(order.map((e) => e.teamId).sort()).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
            for (const used of readTimeUsed(session.db)) {
              expect(used.pitchOvertimeMs).toBeLessThanOrEqual(used.pitchUsedMs);
            }
          }
          const before = { timer: readTimer(session.db), order: readOrder(session.db) };
          closeEventFile(session);
          const reopened = openEventFile(session.path);
          expect({ timer: readTimer(reopened.db), order: readOrder(reopened.db) }).toEqual(before);
          closeEventFile(reopened);
        } finally {
          if (session.db.open) closeEventFile(session);
        }
      }),
      { numRuns: 40 },
    );
  });
});
