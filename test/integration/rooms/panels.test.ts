import { describe, expect, it } from 'vitest';
import type { Db } from '../../../main/core/db/open';
import { canonicalJson } from '../../../main/core/hashing/canonical-json';
import { sha256Hex } from '../../../main/core/hashing/sha256';
import { computeRanking } from '../../../main/core/ranking/compute-ranking';
import { type LockRecordContent, lockRecordHash, resultsHash } from '../../../main/core/ranking/results-lock';
import {
  lockResults,
  missingSheetsOf,
  readLockCheck,
  readLockView,
  recordDigest,
  sheetCountsOf,
} from '../../../main/core/results/lock-ops';
import { buildResultsPayload } from '../../../main/core/results/locked-payload';
import { buildRankingInput } from '../../../main/core/results/ranking-input';
import type { Room } from '../../../main/core/rooms/assignment';
import { mergeRoomResult } from '../../../main/core/rooms/merge';
import { buildRoomResult, parseRoomResult } from '../../../main/core/rooms/room-result';
import { readProgress } from '../../../main/core/scoring/progress';
import { verifyEvent } from '../../../main/core/verify';
import { buildHeadEvent, roomLaptop, scoreRoom } from '../../support/rooms';
import { tempDir } from '../../support/temp';

/** 2 rooms × 3 teams × 2 jurors: 12 pairs a room jury judges, 24 juror × team pairs in all. */
const SIZE = { rooms: 2, teamsPerRoom: 3, jurorsPerRoom: 2, criteria: 3 };
const ROOM_PAIRS = 12;

/** A head whose every room scored all its sheets (each room laptop locked its own results) and was merged. */
function scoredHead(): { head: Db; rooms: Room[] } {
  const dir = tempDir('test');
  const { head, rooms } = buildHeadEvent(dir, SIZE);
  rooms.forEach((room, i) => {
    const laptop = roomLaptop(head, room, dir);
    scoreRoom(laptop.db, room, i + 1, { lock: true });
    mergeRoomResult(head, parseRoomResult(buildRoomResult(laptop.db, new Date('2026-10-01T12:05:00Z'))));
    laptop.db.close();
  });
  return { head, rooms };
}

/**
 * Locks the way the release before panels did: the payload with every juror
 * expected for every team and no `panels` field, the other-room pairs confirmed missing.
 */
function lockWithoutPanels(db: Db, atUtc: string): string {
  const payload = buildResultsPayload(db, 'verify', { panels: false });
  const missing = missingSheetsOf(payload.ranking);
  const json = canonicalJson(payload);
  const content: LockRecordContent = {
    id: 1,
    action: 'lock',
    atUtc,
    actor: 'Présidente Hinano',
    reason: null,
    resultsHash: sha256Hex(json),
    missing,
    previous: recordDigest(null),
  };
  db.prepare(
    `INSERT INTO results_lock (id, action, at_utc, actor, reason, payload_json, hash, record_hash, missing_json)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    content.id,
    'lock',
    atUtc,
    content.actor,
    null,
    json,
    content.resultsHash,
    lockRecordHash(content),
    missing.length > 0 ? canonicalJson(missing) : null,
  );
  return content.resultsHash as string;
}

describe('main ranking on a head laptop with rooms', () => {
  it('expects only each room’s jury for its teams; locks with nothing to confirm; verifies', () => {
    const { head, rooms } = scoredHead();
    const ranking = computeRanking(buildRankingInput(head));
    expect(sheetCountsOf(ranking)).toEqual({ received: ROOM_PAIRS, expected: ROOM_PAIRS });
    for (const room of rooms) {
      for (const teamId of room.teamIds) {
        const row = ranking.rows.find((r) => r.teamId === teamId);
        expect(row).toMatchObject({ status: 'ranked', sheetsExpected: 2, missingJurorIds: [] });
      }
    }
    expect(readLockCheck(head)).toEqual({ missing: [], received: ROOM_PAIRS, expected: ROOM_PAIRS });
    const progress = readProgress(head);
    expect({ submitted: progress.submittedTotal, expected: progress.expectedTotal }).toEqual({
      submitted: ROOM_PAIRS,
      expected: ROOM_PAIRS,
    });
    expect(progress.teams.every((t) => t.missingJurorIds.length === 0)).toBe(true);

    const view = lockResults(head, 'Présidente Hinano', '2026-10-01T13:00:00.000Z');
    expect(view.current).toMatchObject({ matchesCurrent: true, missing: [], received: 12, expected: 12 });
    const payload = buildResultsPayload(head);
    expect(payload.panels).toEqual(
      rooms.map((r) => ({
        teamIds: [...r.teamIds].sort((a, b) => a - b),
        jurorIds: [...r.jurorIds].sort((a, b) => a - b),
      })),
    );
    expect(view.current?.hash).toBe(resultsHash(payload));
    expect(verifyEvent(head).ok).toBe(true);
    head.close();
  });

  it('counts the room’s missing sheet, and only it, while a room is not complete', () => {
    const dir = tempDir('test');
    const { head, rooms } = buildHeadEvent(dir, SIZE);
    const [a, b] = rooms as [Room, Room];
    const laptopA = roomLaptop(head, a, dir);
    scoreRoom(laptopA.db, a, 1, { sheets: 5 });
    mergeRoomResult(head, parseRoomResult(buildRoomResult(laptopA.db)));
    laptopA.db.close();
    const check = readLockCheck(head);
    expect(check).toMatchObject({ received: 5, expected: ROOM_PAIRS });
    const lastTeam = a.teamIds[2] as number;
    expect(check.missing).toContainEqual({ teamId: lastTeam, jurorId: a.jurorIds[1] });
    expect(check.missing.filter((m) => a.teamIds.includes(m.teamId))).toHaveLength(1);
    // Room B's teams: only room B's jurors are missing.
    const roomB = check.missing.filter((m) => b.teamIds.includes(m.teamId));
    expect(roomB).toHaveLength(6);
    expect(roomB.every((m) => b.jurorIds.includes(m.jurorId))).toBe(true);
    expect(readProgress(head)).toMatchObject({ submittedTotal: 5, expectedTotal: ROOM_PAIRS });
    head.close();
  });

  it('still matches and verifies a lock taken before panels existed (no panels in its payload)', () => {
    const { head } = scoredHead();
    const hash = lockWithoutPanels(head, '2026-10-01T13:00:00.000Z');
    const view = readLockView(head);
    expect(view.current).toMatchObject({ hash, matchesCurrent: true, received: 12, expected: 24 });
    expect(view.current?.missing).toHaveLength(ROOM_PAIRS);
    expect(verifyEvent(head).ok).toBe(true);
    head.close();
  });

  it('leaves the payload and fingerprint of an event without rooms exactly as before', () => {
    const dir = tempDir('test');
    const { head, rooms } = buildHeadEvent(dir, SIZE);
    const laptop = roomLaptop(head, rooms[0] as Room, dir);
    // The room laptop's own file has no rooms: its results are an event without rooms.
    scoreRoom(laptop.db, rooms[0] as Room, 1);
    const payload = buildResultsPayload(laptop.db);
    expect('panels' in payload).toBe(false);
    expect(resultsHash(payload)).toBe(
      resultsHash(buildResultsPayload(laptop.db, 'verify', { panels: false })),
    );
    expect(buildRankingInput(laptop.db).panels).toBeUndefined();
    laptop.db.close();
    head.close();
  });
});
