/**
 * verify-event on a head file also re-checks each merged room's own chain
 * from score_event_origin (issue 15): an origin row edited by hand is
 * reported, naming the room and the room's entry, while the head's own chain
 * (which the edit does not touch) still holds.
 */
import { describe, expect, it } from 'vitest';
import { translate } from '../../../common/i18n';
import { closeDatabase, openDatabase } from '../../../main/core/db/open';
import { mergeRoomResult } from '../../../main/core/rooms/merge';
import { buildRoomResult, parseRoomResult } from '../../../main/core/rooms/room-result';
import { verifyChain } from '../../../main/core/scoring/hash-chain';
import { readScoreLog } from '../../../main/core/scoring/score-store';
import { verifyEventFile } from '../../../main/core/verify/verify-event';
import { buildHeadEvent, roomLaptop, scoreRoom } from '../../support/rooms';
import { tempDir } from '../../support/temp';

function mergedHead(): string {
  const dir = tempDir();
  const { head, rooms } = buildHeadEvent(
    dir,
    { rooms: 2, teamsPerRoom: 2, jurorsPerRoom: 2, criteria: 2 },
    'Hackathon Tāmaʻa Teriʻi',
  );
  for (const [i, room] of rooms.entries()) {
    const laptop = roomLaptop(head, room, dir);
    scoreRoom(laptop.db, room, i + 1);
    mergeRoomResult(head, parseRoomResult(buildRoomResult(laptop.db, new Date(), `pc-${i}`)));
    closeDatabase(laptop.db);
  }
  const path = head.name;
  closeDatabase(head);
  return path;
}

/** Someone edits the file by hand: the append-only trigger is dropped first. */
function tamper(path: string, sql: string, ...params: unknown[]): void {
  const db = openDatabase(path);
  db.exec('DROP TRIGGER score_event_origin_no_update');
  db.prepare(sql).run(...params);
  closeDatabase(db);
}

describe('verify-event and merged rooms', () => {
  it('passes on an untouched head file with two rooms merged', () => {
    const result = verifyEventFile(mergedHead());
    expect(result).toMatchObject({ ok: true });
  });

  it('reports an origin row whose room hash was edited, naming the room and its entry', () => {
    const path = mergedHead();
    tamper(
      path,
      `UPDATE score_event_origin SET room_hash = ?
        WHERE pool_id = (SELECT id FROM pool WHERE name = 'Salle B') AND room_seq = 3`,
      'f'.repeat(64),
    );
    // The head's own chain is untouched: only the room check can see this.
    const db = openDatabase(path, { readonly: true });
    expect(verifyChain(readScoreLog(db)).ok).toBe(true);
    closeDatabase(db);

    const result = verifyEventFile(path);
    expect(result).toEqual({
      ok: false,
      problem: { code: 'verify.roomChain.hashMismatch', params: { room: 'Salle B', seq: 3 } },
    });
    if (result.ok) return;
    expect(translate('fr', result.problem.code, result.problem.params)).toBe(
      'Le journal des notes de la salle «\u00a0Salle B\u00a0», tel que fusionné dans ce fichier, est rompu à l’entrée 3 de la salle\u00a0: l’entrée ou sa trace d’origine a été modifiée.',
    );
  });

  it('reports an origin row moved to another place in the room’s chain', () => {
    const path = mergedHead();
    tamper(
      path,
      `UPDATE score_event_origin SET room_prev_hash = ?
        WHERE pool_id = (SELECT id FROM pool WHERE name = 'Salle A') AND room_seq = 2`,
      '0'.repeat(64),
    );
    expect(verifyEventFile(path)).toMatchObject({
      ok: false,
      problem: { code: 'verify.roomChain.prevHashMismatch', params: { room: 'Salle A', seq: 2 } },
    });
  });
});
