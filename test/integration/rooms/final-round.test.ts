import { describe, expect, it } from 'vitest';
import { drawOrder } from '../../../common/order/draw';
import { closeDatabase } from '../../../main/core/db/open';
import { DomainError } from '../../../main/core/errors';
import { computeRanking } from '../../../main/core/ranking/compute-ranking';
import { buildRankingInput } from '../../../main/core/results/ranking-input';
import {
  createFinalRound,
  readFinalRound,
  roomRanking,
  selectFinalists,
} from '../../../main/core/rooms/final-round';
import { mergeRoomResult } from '../../../main/core/rooms/merge';
import { buildRoomResult, parseRoomResult } from '../../../main/core/rooms/room-result';
import { buildHeadEvent, roomLaptop, scoreRoom } from '../../support/rooms';
import { tempDir } from '../../support/temp';

function refusal(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error.code;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('final round', () => {
  it('top N per room takes each room’s best from its own ranking, is recorded once with its drawn order', () => {
    const dir = tempDir('test');
    const { head, rooms } = buildHeadEvent(dir, { rooms: 3, teamsPerRoom: 4, jurorsPerRoom: 2, criteria: 2 });
    rooms.forEach((room, i) => {
      const { db } = roomLaptop(head, room, dir);
      scoreRoom(db, room, i, { lock: true });
      mergeRoomResult(head, parseRoomResult(buildRoomResult(db)));
      closeDatabase(db);
    });
    const input = buildRankingInput(head);
    const expected = rooms.flatMap((room) =>
      roomRanking(input, room)
        .rows.filter((r) => r.rank !== null && r.rank <= 1)
        .map((r) => r.teamId),
    );
    expect(expected.length).toBeGreaterThanOrEqual(3);
    // Each room's winner comes from that room.
    for (const [i, room] of rooms.entries()) expect(room.teamIds).toContain(expected[i]);
    expect(selectFinalists(head, { kind: 'topPerPool', n: 1 })).toEqual(expected);

    const overall = computeRanking(input)
      .rows.filter((r) => r.rank !== null && r.rank <= 2)
      .map((r) => r.teamId);
    expect(selectFinalists(head, { kind: 'topOverall', n: 2 })).toEqual(overall);

    const final = createFinalRound(
      head,
      { kind: 'topPerPool', n: 1 },
      'PAPEETE-2026',
      new Date('2026-10-01T15:00:00Z'),
    );
    expect(final.finalists).toEqual(expected);
    expect(final.order).toEqual(drawOrder(expected, 'PAPEETE-2026'));
    expect(readFinalRound(head)).toEqual(final);
    expect(head.prepare('SELECT kind FROM round WHERE id = ?').get(final.roundId)).toEqual({ kind: 'final' });
    // Stated once: the rule cannot be changed afterwards, even by the file.
    expect(refusal(() => createFinalRound(head, { kind: 'topOverall', n: 5 }, null))).toBe(
      'rooms.finalExists',
    );
    expect(() => head.prepare("UPDATE final_round_record SET rule_json = '{}'").run()).toThrow(/append-only/);
    closeDatabase(head);
  });

  it('the chair’s selection needs a reason and real teams; N must be 1 or more', () => {
    const dir = tempDir('test');
    const { head, rooms } = buildHeadEvent(dir, { rooms: 1, teamsPerRoom: 3, jurorsPerRoom: 1, criteria: 1 });
    const teamIds = (rooms[0] as (typeof rooms)[0]).teamIds;
    expect(refusal(() => selectFinalists(head, { kind: 'chairSelection', teamIds, reason: ' ' }))).toBe(
      'rooms.finalReasonRequired',
    );
    expect(
      refusal(() =>
        selectFinalists(head, { kind: 'chairSelection', teamIds: [999], reason: 'Coup de cœur' }),
      ),
    ).toBe('rooms.finalNoTeams');
    expect(refusal(() => selectFinalists(head, { kind: 'topOverall', n: 0 }))).toBe('rooms.finalBadN');
    // No sheets yet: the rule gives nobody, and says so.
    expect(refusal(() => selectFinalists(head, { kind: 'topPerPool', n: 2 }))).toBe('rooms.finalNoTeams');
    const final = createFinalRound(
      head,
      {
        kind: 'chairSelection',
        teamIds: [teamIds[2] as number, teamIds[0] as number],
        reason: 'Coup de cœur du jury',
      },
      null,
    );
    expect(final.order).toEqual([teamIds[2], teamIds[0]]);
    expect(readFinalRound(head)?.rule).toEqual({
      kind: 'chairSelection',
      teamIds: [teamIds[2], teamIds[0]],
      reason: 'Coup de cœur du jury',
    });
    closeDatabase(head);
  });
});
