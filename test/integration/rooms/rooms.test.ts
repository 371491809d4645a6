import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { translate } from '../../../common/i18n';
import { MIGRATIONS } from '../../../main/core/db/migrations';
import { closeDatabase } from '../../../main/core/db/open';
import { DomainError } from '../../../main/core/errors';
import { initEvent } from '../../../main/core/event/event-info';
import { createTeam } from '../../../main/core/event/teams';
import { openEventFile } from '../../../main/core/event-file';
import { lockResults, missingSheetsOf } from '../../../main/core/results/lock-ops';
import { buildResultsPayload } from '../../../main/core/results/locked-payload';
import { listRooms, saveRooms } from '../../../main/core/rooms/assignment';
import { explainRoomError } from '../../../main/core/rooms/errors';
import { mergeRoomResult, readRoomResultFile, verifyMergedRooms } from '../../../main/core/rooms/merge';
import { readRoomProgress } from '../../../main/core/rooms/progress';
import { readRoomIdentity } from '../../../main/core/rooms/room-file';
import {
  buildRoomResult,
  parseRoomResult,
  type RoomResult,
  sealOf,
} from '../../../main/core/rooms/room-result';
import { GENESIS_HASH, hashScoreEvent } from '../../../main/core/scoring/hash-chain';
import { readAllSheets, scoreEventCount, verifyScoreLog } from '../../../main/core/scoring/score-store';
import { verifyEvent } from '../../../main/core/verify';
import { scoreEventsFromRows } from '../../../main/core/verify/score-rows';
import { buildHeadEvent, roomLaptop, scoreRoom } from '../../support/rooms';
import { tempDir } from '../../support/temp';

const SIZE = { rooms: 2, teamsPerRoom: 3, jurorsPerRoom: 2, criteria: 3 };

function refusal(run: () => unknown): DomainError {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

/** Recomputes every row's prev_hash and hash, as a forger would (rows read by the verifier's own mapping). */
function rechain(rows: RoomResult['body']['scoreEvents']): void {
  let prev = GENESIS_HASH;
  for (const row of rows) {
    row.prev_hash = prev;
    const parsed = scoreEventsFromRows([row]);
    if (!parsed.ok || !parsed.events[0]) throw new Error('unreadable row');
    row.hash = hashScoreEvent(parsed.events[0]);
    prev = row.hash;
  }
}

function messages(error: DomainError): { fr: string; en: string } {
  const en = explainRoomError(error, 'en') as DomainError;
  const fr = explainRoomError(error, 'fr') as DomainError;
  return { en: translate('en', en.code, en.params), fr: translate('fr', fr.code, fr.params) };
}

describe('rooms: an existing file', () => {
  it('a file built with migrations up to 008 opens unchanged, as one round and no rooms', () => {
    const dir = tempDir('test');
    const path = join(dir, 'old.sqlite');
    const raw = new Database(path);
    raw.transaction(() => {
      for (const migration of MIGRATIONS.slice(0, 8)) migration.up(raw);
      raw.pragma('user_version = 8');
    })();
    initEvent(raw, 'Fenua 2025', 'fr');
    createTeam(raw, { name: 'Tāmaʻa Teriʻi', projectTitle: 'Vaʻa', members: [] });
    raw.close();

    const { db } = openEventFile(path);
    expect(db.prepare('SELECT name FROM team').all()).toEqual([{ name: 'Tāmaʻa Teriʻi' }]);
    expect(db.prepare('SELECT id, kind FROM round').all()).toEqual([{ id: 1, kind: 'preliminary' }]);
    expect(listRooms(db)).toEqual([]);
    expect(readRoomIdentity(db)).toBeNull();
    expect(readRoomProgress(db)).toEqual([]);
    closeDatabase(db);
  });
});

describe('rooms: assignment', () => {
  it('refuses a team in two rooms, and freezes a room once its file is written', () => {
    const dir = tempDir('test');
    const { head, rooms } = buildHeadEvent(dir, SIZE);
    const [a, b] = rooms as [(typeof rooms)[0], (typeof rooms)[0]];
    const twice = refusal(() =>
      saveRooms(head, [
        { id: a.id, name: a.name, teamIds: a.teamIds, jurorIds: a.jurorIds },
        { id: b.id, name: b.name, teamIds: [...b.teamIds, a.teamIds[0] as number], jurorIds: b.jurorIds },
      ]),
    );
    expect(twice.code).toBe('rooms.teamTwice');
    expect(listRooms(head)).toEqual(rooms); // all or nothing

    roomLaptop(head, a, dir).db.close();
    const frozen = refusal(() =>
      saveRooms(head, [
        { id: a.id, name: a.name, teamIds: a.teamIds.slice(1), jurorIds: a.jurorIds },
        { id: b.id, name: b.name, teamIds: b.teamIds, jurorIds: b.jurorIds },
      ]),
    );
    expect(frozen.code).toBe('rooms.issuedFrozen');
    // Swapping names of open rooms and reordering is fine.
    const saved = saveRooms(head, [
      { id: a.id, name: a.name, teamIds: a.teamIds, jurorIds: a.jurorIds },
      { id: b.id, name: 'Salle Tāne', teamIds: [...b.teamIds].reverse(), jurorIds: b.jurorIds },
    ]);
    expect(saved[1]?.name).toBe('Salle Tāne');
    expect(saved[1]?.teamIds).toEqual([...b.teamIds].reverse());
    closeDatabase(head);
  });
});

describe('rooms: room file, room result, merge', () => {
  it('a room file is a complete event of that room, carrying the head identity', () => {
    const dir = tempDir('test');
    const { head, rooms } = buildHeadEvent(dir, SIZE);
    const room = rooms[0] as (typeof rooms)[0];
    const { db, identity, path } = roomLaptop(head, room, dir);
    db.close();
    const opened = openEventFile(path).db;
    expect(readRoomIdentity(opened)).toEqual(identity);
    expect(identity.headEventName).toBe('Hackathon CPA');
    expect(
      (opened.prepare('SELECT id FROM team ORDER BY id').all() as { id: number }[]).map((r) => r.id),
    ).toEqual(room.teamIds);
    expect(
      (opened.prepare('SELECT id FROM juror ORDER BY id').all() as { id: number }[]).map((r) => r.id),
    ).toEqual(room.jurorIds);
    expect(
      (
        opened.prepare('SELECT team_id FROM running_order ORDER BY position').all() as { team_id: number }[]
      ).map((r) => r.team_id),
    ).toEqual(room.teamIds);
    expect((opened.prepare('SELECT name FROM team ORDER BY id').get() as { name: string }).name).toContain(
      'Tāmaʻa Teriʻi',
    );
    expect((opened.prepare('SELECT name FROM event').get() as { name: string }).name).toBe(
      `Hackathon CPA — ${room.name}`,
    );
    closeDatabase(opened);
    closeDatabase(head);
  });

  it('merges two rooms: every score once, origins kept, the head chain intact, idempotent', () => {
    const dir = tempDir('test');
    const { head, rooms } = buildHeadEvent(dir, SIZE);
    const results = rooms.map((room, i) => {
      const { db } = roomLaptop(head, room, dir);
      scoreRoom(db, room, i, { lock: true });
      const text = buildRoomResult(db, new Date('2026-10-01T12:05:00Z'), `laptop-${i}`);
      const count = scoreEventCount(db);
      closeDatabase(db);
      return { text, count };
    });
    for (const [i, r] of results.entries()) {
      const report = mergeRoomResult(head, parseRoomResult(r.text), new Date(`2026-10-01T12:1${i}:00Z`));
      expect(report.added).toBe(r.count);
      expect(report.alreadyMerged).toBe(false);
      expect(report.roomLockHash).toMatch(/^[0-9a-f]{64}$/);
    }
    const total = results.reduce((n, r) => n + r.count, 0);
    expect(scoreEventCount(head)).toBe(total);
    expect(verifyScoreLog(head).ok).toBe(true);
    expect(verifyEvent(head).ok).toBe(true);
    expect(verifyMergedRooms(head)).toBeNull();
    const origins = head
      .prepare(
        'SELECT pool_id AS poolId, laptop, count(*) AS n FROM score_event_origin GROUP BY pool_id ORDER BY pool_id',
      )
      .all();
    expect(origins).toEqual(
      rooms.map((room, i) => ({ poolId: room.id, laptop: `laptop-${i}`, n: results[i]?.count })),
    );

    const before = readAllSheets(head);
    for (const r of results) {
      const again = mergeRoomResult(head, parseRoomResult(r.text));
      expect(again).toMatchObject({ added: 0, alreadyMerged: true });
    }
    expect(scoreEventCount(head)).toBe(total);
    expect(readAllSheets(head)).toEqual(before);
    expect(head.prepare('SELECT count(*) AS n FROM room_receipt').get()).toEqual({ n: 2 });

    const progress = readRoomProgress(head);
    expect(progress.map((p) => [p.submitted, p.expected, p.lastHeardAtUtc, p.laptop])).toEqual([
      [6, 6, '2026-10-01T12:10:00.000Z', 'laptop-0'],
      [6, 6, '2026-10-01T12:11:00.000Z', 'laptop-1'],
    ]);
    closeDatabase(head);
  });

  it('an earlier result then a later one adds only what is new; the earlier one again changes nothing', () => {
    const dir = tempDir('test');
    const { head, rooms } = buildHeadEvent(dir, SIZE);
    const room = rooms[0] as (typeof rooms)[0];
    const { db } = roomLaptop(head, room, dir);
    scoreRoom(db, room, 1, { sheets: 2 });
    const early = buildRoomResult(db);
    const earlyCount = scoreEventCount(db);
    scoreRoom(db, room, 1, { lock: true });
    const late = buildRoomResult(db);
    const lateCount = scoreEventCount(db);
    closeDatabase(db);

    expect(mergeRoomResult(head, parseRoomResult(early)).added).toBe(earlyCount);
    expect(mergeRoomResult(head, parseRoomResult(late)).added).toBe(lateCount - earlyCount);
    expect(mergeRoomResult(head, parseRoomResult(early))).toMatchObject({ added: 0, alreadyMerged: true });
    expect(scoreEventCount(head)).toBe(lateCount);
    expect(verifyMergedRooms(head)).toBeNull();
    closeDatabase(head);
  });

  it('refuses a file from another event, a tampered one, a broken chain, with clear fr/en messages; nothing merged', () => {
    const dir = tempDir('test');
    const { head, rooms } = buildHeadEvent(dir, SIZE);
    const room = rooms[0] as (typeof rooms)[0];
    const { db, identity } = roomLaptop(head, room, dir);
    scoreRoom(db, room, 3, { lock: true });
    const text = buildRoomResult(db);
    closeDatabase(db);
    const doc = JSON.parse(text) as RoomResult;

    // Another event with the same setup: its own room file, its own uid.
    const other = buildHeadEvent(tempDir('test'), SIZE, 'Autre hackathon');
    const otherRoom = roomLaptop(other.head, other.rooms[0] as (typeof rooms)[0], tempDir('test'));
    scoreRoom(otherRoom.db, other.rooms[0] as (typeof rooms)[0], 3);
    const foreign = refusal(() => mergeRoomResult(head, parseRoomResult(buildRoomResult(otherRoom.db))));
    expect(foreign.code).toBe('rooms.otherEvent');
    expect(messages(foreign).en).toContain('another event (“Autre hackathon”)');
    expect(messages(foreign).fr).toContain('un autre événement («\u00a0Autre hackathon\u00a0»)');

    // A score edited on the stick, every hash recomputed: the seal catches it.
    const edited = structuredClone(doc);
    const first = edited.body.scoreEvents.find((e) => e.kind === 'score');
    if (!first) throw new Error('no score');
    first.value = first.value === 10 ? 9.5 : 10;
    const tampered = refusal(() => mergeRoomResult(head, parseRoomResult(JSON.stringify(edited))));
    expect(tampered.code).toBe('rooms.sealMismatch');
    expect(messages(tampered).en).toContain('was changed after the room laptop wrote it');

    // Resealed with the room key (someone holding the room laptop): the chain catches the edit.
    edited.seal = sealOf(identity.sealKey, JSON.stringify(edited.body));
    const broken = refusal(() => mergeRoomResult(head, parseRoomResult(JSON.stringify(edited))));
    expect(broken.code).toBe('rooms.roomLogInvalid');
    expect(messages(broken).en).toMatch(
      /not intact: Score log broken at entry \d+: the entry was modified\./,
    );
    expect(messages(broken).fr).toContain('n’est pas intact');

    // Hashes recomputed and resealed: the lock's fingerprint no longer matches the scores.
    rechain(edited.body.scoreEvents);
    edited.seal = sealOf(identity.sealKey, JSON.stringify(edited.body));
    const relocked = refusal(() => mergeRoomResult(head, parseRoomResult(JSON.stringify(edited))));
    expect(relocked.code).toBe('rooms.roomLogInvalid');

    // Not a room result at all, and a field out of shape.
    expect(refusal(() => parseRoomResult('{"tables":{}}')).code).toBe('rooms.resultNotARoomResult');
    expect(refusal(() => parseRoomResult('not json')).code).toBe('rooms.resultNotJson');
    const bad = structuredClone(doc) as unknown as { body: { scoreEvents: { value: unknown }[] } };
    (bad.body.scoreEvents[0] as { value: unknown }).value = '5';
    const malformed = refusal(() => parseRoomResult(JSON.stringify(bad)));
    expect(malformed.code).toBe('rooms.resultMalformed');
    expect(malformed.params.field).toBe('body.scoreEvents.0.value');

    expect(scoreEventCount(head)).toBe(0);
    expect(mergeRoomResult(head, parseRoomResult(text)).added).toBeGreaterThan(0);
    closeDatabase(otherRoom.db);
    closeDatabase(other.head);
    closeDatabase(head);
  });

  it('reads a room result from disk with its size bounded and its content checked', () => {
    const dir = tempDir('test');
    const { head, rooms } = buildHeadEvent(dir, SIZE);
    const room = rooms[1] as (typeof rooms)[0];
    const { db } = roomLaptop(head, room, dir);
    scoreRoom(db, room, 5, { lock: true });
    const path = join(dir, 'salle-b.json');
    writeFileSync(path, buildRoomResult(db));
    closeDatabase(db);
    const parsed = readRoomResultFile(path);
    expect(parsed.body.poolName).toBe(room.name);
    expect(mergeRoomResult(head, parsed).added).toBe(parsed.body.scoreEvents.length);
    expect(readFileSync(path, 'utf8').length).toBeGreaterThan(0);
    closeDatabase(head);
  });

  it("refuses events on a sheet outside the room, and any new score while the head's results are locked", () => {
    const dir = tempDir('test');
    const { head, rooms } = buildHeadEvent(dir, SIZE);
    const [a, b] = rooms as [(typeof rooms)[0], (typeof rooms)[0]];
    const { db, identity } = roomLaptop(head, a, dir);
    scoreRoom(db, a, 2);
    const doc = JSON.parse(buildRoomResult(db)) as RoomResult;
    closeDatabase(db);
    // The room file's events re-chained onto a team of room B, resealed.
    const moved = structuredClone(doc);
    const first = moved.body.scoreEvents[0];
    if (!first) throw new Error('no event');
    first.team_id = b.teamIds[0] as number;
    rechain(moved.body.scoreEvents);
    moved.seal = sealOf(identity.sealKey, JSON.stringify(moved.body));
    expect(refusal(() => mergeRoomResult(head, parseRoomResult(JSON.stringify(moved)))).code).toBe(
      'rooms.outsideRoom',
    );
    expect(scoreEventCount(head)).toBe(0);

    // The head's own results locked: a room's new scores cannot change them.
    lockResults(
      head,
      'Présidente Hinano',
      '2026-10-01T13:00:00.000Z',
      missingSheetsOf(buildResultsPayload(head).ranking),
    );
    expect(refusal(() => mergeRoomResult(head, parseRoomResult(JSON.stringify(doc)))).code).toBe(
      'scoring.resultsLocked',
    );
    expect(scoreEventCount(head)).toBe(0);
    closeDatabase(head);
  });
});
