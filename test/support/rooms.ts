import { join } from 'node:path';
import type { Db } from '../../main/core/db/open';
import { openDatabase } from '../../main/core/db/open';
import { createCriterion } from '../../main/core/event/criteria';
import { initEvent } from '../../main/core/event/event-info';
import { createJuror } from '../../main/core/event/jurors';
import { createTeam } from '../../main/core/event/teams';
import { lockResults, missingSheetsOf } from '../../main/core/results/lock-ops';
import { buildResultsPayload } from '../../main/core/results/locked-payload';
import { type Room, saveRooms } from '../../main/core/rooms/assignment';
import { type RoomIdentity, writeRoomFile } from '../../main/core/rooms/room-file';
import { readSheet } from '../../main/core/scoring/score-store';
import { jurorActor, submitSheet } from '../../main/core/scoring/sheet-ops';

export interface RoomsSize {
  rooms: number;
  teamsPerRoom: number;
  jurorsPerRoom: number;
  criteria: number;
}

/**
 * A head event file with `rooms` rooms of `teamsPerRoom` teams and
 * `jurorsPerRoom` jurors each (Tahitian names), 0–10 criteria in steps of
 * 0.5, the rooms saved. Real SQLite file at `dir/head.sqlite`.
 */
export function buildHeadEvent(
  dir: string,
  size: RoomsSize,
  name = 'Hackathon CPA',
): { head: Db; rooms: Room[] } {
  const head = openDatabase(join(dir, 'head.sqlite'));
  initEvent(head, name, 'fr');
  const drafts = [];
  for (let r = 0; r < size.rooms; r++) {
    const teamIds = [];
    for (let t = 0; t < size.teamsPerRoom; t++) {
      teamIds.push(
        createTeam(head, {
          name: `Équipe ${r}-${t} Tāmaʻa Teriʻi`,
          projectTitle: `Projet ${r}-${t}`,
          members: [{ name: `Tāmaʻa Teriʻi ${r}-${t}`, email: null }],
        }).id,
      );
    }
    const jurorIds = [];
    for (let j = 0; j < size.jurorsPerRoom; j++)
      jurorIds.push(createJuror(head, { name: `Juré ${r}-${j} Heiata`, title: 'Jury' }).id);
    drafts.push({ id: null, name: `Salle ${String.fromCharCode(65 + r)}`, teamIds, jurorIds });
  }
  for (let c = 0; c < size.criteria; c++)
    createCriterion(head, {
      name: `Critère ${c}`,
      description: '',
      weight: 10,
      min: 0,
      max: 10,
      step: 0.5,
      levels: [],
    });
  return { head, rooms: saveRooms(head, drafts) };
}

/** Writes the room file of `room` into `dir` and opens it as the room laptop would. */
export function roomLaptop(
  head: Db,
  room: Room,
  dir: string,
): { db: Db; identity: RoomIdentity; path: string } {
  const path = join(dir, `room-${room.id}.sqlite`);
  const identity = writeRoomFile(head, room.id, path);
  return { db: openDatabase(path), identity, path };
}

/** Every juror of the room submits every team's sheet not submitted yet (scores from `seed`; the first `sheets` only), then optionally locks. */
export function scoreRoom(
  db: Db,
  room: Room,
  seed: number,
  options: { lock?: boolean; sheets?: number } = {},
): void {
  const criteria = (db.prepare('SELECT id FROM criterion ORDER BY position').all() as { id: number }[]).map(
    (r) => r.id,
  );
  let count = 0;
  for (const teamId of room.teamIds) {
    for (const jurorId of room.jurorIds) {
      if (options.sheets !== undefined && count >= options.sheets) break;
      count += 1;
      if (readSheet(db, jurorId, teamId)?.status === 'submitted') continue;
      const scores = criteria.map((criterionId, c) => ({
        criterionId,
        value: ((seed * 7 + teamId * 3 + jurorId * 5 + c) % 21) / 2,
      }));
      submitSheet(
        db,
        { jurorId, teamId, actor: jurorActor(jurorId) },
        { scores },
        '2026-10-01T09:00:00.000Z',
      );
    }
  }
  if (options.lock) {
    const missing = missingSheetsOf(buildResultsPayload(db).ranking);
    lockResults(db, 'Présidente Hinano', '2026-10-01T12:00:00.000Z', missing);
  }
}
