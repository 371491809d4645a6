import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportEventJson, importEventJson } from '../../../main/core/data/event-json';
import { closeDatabase, openDatabase } from '../../../main/core/db/open';
import { DomainError } from '../../../main/core/errors';
import { canonicalJson } from '../../../main/core/hashing/canonical-json';
import { sha256Hex } from '../../../main/core/hashing/sha256';
import { lockResults, missingSheetsOf, readLockView } from '../../../main/core/results/lock-ops';
import { getRoom } from '../../../main/core/rooms/assignment';
import { createFinalRound, readFinalRound, setFinalJury } from '../../../main/core/rooms/final-round';
import { mergeRoomResult } from '../../../main/core/rooms/merge';
import { buildRoomResult, parseRoomResult } from '../../../main/core/rooms/room-result';
import { appendScoreEvent, hashScoreEvent, type ScoreEvent } from '../../../main/core/scoring/hash-chain';
import {
  readScoreLog,
  readSheet,
  readSubmittedSheets,
  verifyScoreLog,
} from '../../../main/core/scoring/score-store';
import { jurorActor, reopenSheet, submitSheet } from '../../../main/core/scoring/sheet-ops';
import { lockTrack } from '../../../main/core/tracks/track-lock';
import { buildTrackPayload } from '../../../main/core/tracks/track-payload';
import { readTrackResultsView } from '../../../main/core/tracks/track-results';
import { getTrack } from '../../../main/core/tracks/track-store';
import { verifyEvent } from '../../../main/core/verify/verify-event';
import { verifyEventExport } from '../../../main/core/verify/verify-export';
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

/** Two rooms merged, the final decided (top 2 of each room) with a jury that includes a preliminary juror. */
function eventAtTheFinal() {
  const dir = tempDir('test');
  const { head, rooms } = buildHeadEvent(dir, { rooms: 2, teamsPerRoom: 3, jurorsPerRoom: 2, criteria: 2 });
  rooms.forEach((room, i) => {
    const { db } = roomLaptop(head, room, dir);
    scoreRoom(db, room, i, { lock: true });
    mergeRoomResult(head, parseRoomResult(buildRoomResult(db)));
    closeDatabase(db);
  });
  const final = createFinalRound(head, { kind: 'topPerPool', n: 2 }, null, new Date('2026-10-01T14:00:00Z'), {
    room: 'Finale',
    track: 'Grand prix (finale)',
  });
  return { dir, head, rooms, final };
}

describe('scoring the final round', () => {
  it('deciding the final creates its room and its prize track, ranking the final round', () => {
    const { head, final } = eventAtTheFinal();
    expect(final.finalists.length).toBeGreaterThanOrEqual(4);
    expect(final.poolId).not.toBeNull();
    expect(final.trackId).not.toBeNull();
    expect(final.jurorIds).toEqual([]);
    const track = getTrack(head, final.trackId as number);
    expect(track.roundId).toBe(final.roundId);
    expect([...track.teamIds].sort()).toEqual([...final.order].sort());
    expect(track.criteria).toHaveLength(2);
    // No jury yet: the final's room file cannot be written, with a message saying what to add.
    expect(refusal(() => roomLaptop(head, getRoom(head, final.poolId as number), tempDir('test')))).toBe(
      'rooms.noJurors',
    );
    expect(refusal(() => setFinalJury(head, []))).toBe('rooms.finalNoJury');
    closeDatabase(head);
  });

  it('a juror of both rounds scores a finalist twice: two sheets, each ranked in its own round', () => {
    const { dir, head, rooms, final } = eventAtTheFinal();
    const prelimJuror = (rooms[0] as (typeof rooms)[0]).jurorIds[0] as number;
    const finalist = final.order.find((t) => (rooms[0] as (typeof rooms)[0]).teamIds.includes(t)) as number;
    const before = readSheet(head, prelimJuror, finalist);
    expect(before?.status).toBe('submitted');
    const otherJurors = (rooms[1] as (typeof rooms)[0]).jurorIds;
    const jury = [prelimJuror, ...otherJurors];
    setFinalJury(head, jury);
    const mainBefore = buildTrackPayload(head, 1);
    // The preliminaries are locked before the final is scored.
    lockResults(head, 'Présidente Hinano', '2026-10-01T15:00:00.000Z', missingSheetsOf(mainBefore.ranking));

    const finalRoom = getRoom(head, final.poolId as number);
    const { db: laptop } = roomLaptop(head, finalRoom, dir);
    // Every final sheet gives the same marks, different from the preliminaries (team order = final order).
    const criteria = (
      laptop.prepare('SELECT id FROM criterion ORDER BY position').all() as { id: number }[]
    ).map((r) => r.id);
    final.order.forEach((teamId, rank) => {
      for (const jurorId of jury)
        submitSheet(
          laptop,
          { jurorId, teamId, actor: jurorActor(jurorId) },
          { scores: criteria.map((criterionId) => ({ criterionId, value: 10 - rank * 2 })) },
          '2026-10-01T16:00:00.000Z',
        );
    });
    const result = parseRoomResult(buildRoomResult(laptop));
    const report = mergeRoomResult(head, result);
    expect(report.added).toBeGreaterThan(0);
    // Merging the same file again changes nothing.
    expect(mergeRoomResult(head, result)).toMatchObject({ added: 0, alreadyMerged: true });

    // The preliminary sheet is untouched; the final sheet is the final round's.
    expect(readSheet(head, prelimJuror, finalist)).toEqual(before);
    const finalSheet = readSheet(head, prelimJuror, finalist, final.roundId);
    expect(finalSheet?.status).toBe('submitted');
    expect(Object.values(finalSheet?.scores ?? {})).not.toEqual(Object.values(before?.scores ?? {}));
    expect(readSubmittedSheets(head, final.roundId)).toHaveLength(final.order.length * jury.length);
    // The preliminary (main) results do not move: same payload apart from the log's head.
    const mainAfter = buildTrackPayload(head, 1);
    expect({ ...mainAfter, scoreLog: null }).toEqual({ ...mainBefore, scoreLog: null });
    // The final's track ranks the final's sheets: the final's order is its ranking here.
    const view = readTrackResultsView(head, final.trackId as number);
    const ranked = view.ranking.rows.filter((r) => r.status === 'ranked').map((r) => r.teamId);
    expect(ranked).toEqual(final.order);
    // Merged events carry the round inside their hash; the head's chain and every check hold.
    const log = readScoreLog(head);
    expect(log.filter((e) => e.roundId === final.roundId).length).toBe(report.added);
    expect(verifyScoreLog(head).ok).toBe(true);
    expect(verifyEvent(head)).toEqual(expect.objectContaining({ ok: true }));
    // The preliminaries' lock still matches: the final's events are another round's.
    expect(readLockView(head).current?.matchesCurrent).toBe(true);

    // Locking the final's track freezes its sheets: a later merge adding to them is refused.
    const missing = missingSheetsOf(buildTrackPayload(head, final.trackId as number).ranking);
    lockTrack(head, final.trackId as number, 'Présidente Hinano', '2026-10-01T17:00:00.000Z', missing);
    expect(verifyEvent(head)).toMatchObject({ ok: true });
    // The JSON export carries each event's round: it verifies, and it reopens with the same sheets.
    const exported = exportEventJson(head);
    expect(verifyEventExport(exported)).toMatchObject({ ok: true });
    const copyPath = join(dir, 'copie.sqlite');
    importEventJson(exported, copyPath);
    const copy = openDatabase(copyPath);
    expect(readSubmittedSheets(copy, final.roundId)).toEqual(readSubmittedSheets(head, final.roundId));
    expect(readSubmittedSheets(copy)).toEqual(readSubmittedSheets(head));
    expect(verifyEvent(copy)).toMatchObject({ ok: true });
    closeDatabase(copy);
    // An export whose final event lost its round no longer verifies.
    const rows = exported.tables.score_event as Record<string, unknown>[];
    const moved = rows.find((r) => r.round_id === final.roundId) as Record<string, unknown>;
    delete moved.round_id;
    expect(verifyEventExport(exported)).toMatchObject({ ok: false });
    reopenSheet(
      laptop,
      { jurorId: prelimJuror, teamId: finalist, actor: 'chair' },
      'erreur de saisie',
      '2026-10-01T17:30:00.000Z',
    );
    const eventsBefore = readScoreLog(head).length;
    const refused = (() => {
      try {
        mergeRoomResult(head, parseRoomResult(buildRoomResult(laptop)));
      } catch (error) {
        return error as DomainError;
      }
      throw new Error('expected a refusal');
    })();
    expect(refused.code).toBe('rooms.eventRefused');
    expect(refused.params.problem).toBe('scoring.resultsLocked');
    expect(readScoreLog(head)).toHaveLength(eventsBefore);
    closeDatabase(laptop);
    closeDatabase(head);
  });

  it('a round-1 event hashes exactly as before rounds existed; a later round changes the hash', () => {
    const event: ScoreEvent = {
      seq: 1,
      jurorId: 2,
      teamId: 3,
      criterionId: 4,
      value: 7.5,
      kind: 'score',
      comment: null,
      actor: 'juror:2',
      atUtc: '2026-10-01T09:00:00.000Z',
      reason: null,
      prevHash: '0'.repeat(64),
    };
    const before = sha256Hex(
      canonicalJson({
        seq: 1,
        jurorId: 2,
        teamId: 3,
        criterionId: 4,
        value: 7.5,
        kind: 'score',
        comment: null,
        actor: 'juror:2',
        atUtc: '2026-10-01T09:00:00.000Z',
        reason: null,
        prevHash: '0'.repeat(64),
      }),
    );
    expect(hashScoreEvent(event)).toBe(before);
    expect(hashScoreEvent({ ...event, roundId: 1 })).toBe(before);
    expect(hashScoreEvent({ ...event, roundId: 2 })).not.toBe(before);
    expect(appendScoreEvent(null, { ...event, roundId: 2 }).hash).toBe(
      hashScoreEvent({ ...event, roundId: 2 }),
    );
  });

  it('moving a stored event to another round is found by the chain check', () => {
    const { dir, head } = eventAtTheFinal();
    const path = `${dir}/head.sqlite`;
    expect(verifyScoreLog(head).ok).toBe(true);
    closeDatabase(head);
    const raw = openDatabase(path);
    raw.exec('DROP TRIGGER score_event_no_update');
    raw.prepare('UPDATE score_event SET round_id = 2 WHERE seq = 3').run();
    const check = verifyScoreLog(raw);
    expect(check).toMatchObject({ ok: false, brokenAtSeq: 3, reason: 'chain.hashMismatch' });
    closeDatabase(raw);
  });

  it('names the final’s room and track in the event’s language unless told otherwise', () => {
    const dir = tempDir('test');
    const { head, rooms } = buildHeadEvent(dir, { rooms: 1, teamsPerRoom: 2, jurorsPerRoom: 1, criteria: 1 });
    const { db } = roomLaptop(head, rooms[0] as (typeof rooms)[0], dir);
    scoreRoom(db, rooms[0] as (typeof rooms)[0], 0);
    mergeRoomResult(head, parseRoomResult(buildRoomResult(db)));
    closeDatabase(db);
    head.prepare("UPDATE event SET locale = 'en' WHERE id = 1").run();
    const final = createFinalRound(head, { kind: 'topOverall', n: 1 }, null);
    expect(getRoom(head, final.poolId as number).name).toBe('Final');
    expect(getTrack(head, final.trackId as number).name).toBe('Final');
    closeDatabase(head);
  });

  it('the final’s jury is frozen once its room file is written', () => {
    const { dir, head, rooms, final } = eventAtTheFinal();
    const jury = (rooms[0] as (typeof rooms)[0]).jurorIds;
    setFinalJury(head, jury);
    expect(readFinalRound(head)?.jurorIds).toEqual(jury);
    expect(getTrack(head, final.trackId as number).jurorIds).toEqual(jury);
    roomLaptop(head, getRoom(head, final.poolId as number), dir).db.close();
    expect(refusal(() => setFinalJury(head, (rooms[1] as (typeof rooms)[0]).jurorIds))).toBe(
      'rooms.issuedFrozen',
    );
    closeDatabase(head);
  });
});
