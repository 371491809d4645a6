/**
 * Merging a room result into the head's event file.
 *
 * How merged events enter the head's chain: each room event the head has not
 * merged yet is appended to the head's own score log as a new event with the
 * same content (juror, team, criterion, value, kind, comment, actor, time,
 * reason) and the head's next seq and prev_hash: the head's log stays ONE
 * unbroken chain that `verify-event` checks as before, and the head's results
 * lock covers merged and local scores alike. Beside it, score_event_origin
 * keeps, per merged event, the room, room file and laptop it came from and
 * its room seq, room prev_hash and room hash: because the content is the
 * same, each room's chain can be rebuilt and re-verified from the head file
 * alone (verifyMergedRooms).
 *
 * What a merge checks, first failure wins, nothing written on a refusal:
 * 1. the file is from this event (head event uid) and from a room file this
 *    head wrote (room file uid), for the room it names;
 * 2. its seal (HMAC with that room file's key): nothing was changed in transit;
 * 3. the room's score chain and lock records (the event verifier's checks);
 * 4. it extends what was merged before from that room: the same room file,
 *    and the room's event at the merged count has the hash merged then. A
 *    shorter file that agrees (an older stick) changes nothing;
 * 5. every new event is on a sheet of that room (its jurors × its teams) and
 *    passes the head's scoring rules (grid, recusals, submit/reopen order);
 * 6. the head's own results are not locked.
 *
 * Idempotent: the same file again finds everything merged and writes nothing.
 * Order-independent: rooms own disjoint sheets (a team and a juror sit in one
 * room per round), so the sheets, hence the results, do not depend on which
 * room was merged first; only the head's seq numbers do.
 */
import { readFileSync, statSync } from 'node:fs';
import type { Db } from '../db/open';
import { DomainError } from '../errors';
import { readEventUid } from '../event/event-info';
import { isResultsLocked } from '../lock/lock-state';
import { sheetLockedByTrack } from '../lock/track-lock-state';
import {
  applyScoreEvent,
  type DerivedSheet,
  deriveSheets,
  FIRST_ROUND_ID,
  GENESIS_HASH,
  newDerivedSheet,
  type StoredScoreEvent,
} from '../scoring/hash-chain';
import { checkScoreEvent, type ScoreEventContext } from '../scoring/score-event-rules';
import { appendScoreEvents, readSheetLog } from '../scoring/score-store';
import { readScoringCriteria } from '../scoring/sheet-ops';
import { verifyMergedRoomChains } from '../verify/merged-rooms';
import { scoreEventsFromRows } from '../verify/score-rows';
import { verifyRecords } from '../verify/verify-records';
import { getRoom, type Room } from './assignment';
import { MAX_ROOM_RESULT_BYTES, parseRoomResult, type RoomResult, sealMatches } from './room-result';

export interface MergeReport {
  poolId: number;
  roomName: string;
  laptop: string;
  /** Score events the file held, and how many of them this merge added to the head's log. */
  roomEvents: number;
  added: number;
  /** Everything in the file was already merged: nothing changed. */
  alreadyMerged: boolean;
  /** The room's results are locked in this file (its fingerprint), else null. */
  roomLockHash: string | null;
}

/** Reads a room result file from disk with its size bounded first (a wrong pick must not fill memory). */
export function readRoomResultFile(path: string): RoomResult {
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    throw new DomainError('error.notFound');
  }
  if (size > MAX_ROOM_RESULT_BYTES)
    throw new DomainError('rooms.resultTooLarge', { maxMb: MAX_ROOM_RESULT_BYTES / 1024 / 1024 });
  return parseRoomResult(readFileSync(path, 'utf8'));
}

function refuseProblem(problem: { code: string; params: Record<string, string | number> }): never {
  throw new DomainError('rooms.roomLogInvalid', { ...problem.params, problem: problem.code });
}

/** Checks 1–3: whose file it is, its seal, its chain and locks. Returns the room's events. */
function checkFile(head: Db, result: RoomResult): { events: StoredScoreEvent[]; lockHash: string | null } {
  const { body } = result;
  const headUid = readEventUid(head);
  if (body.headEventUid !== headUid) throw new DomainError('rooms.otherEvent', { event: body.headEventName });
  const file = head
    .prepare('SELECT pool_id AS poolId, seal_key AS sealKey FROM room_file WHERE uid = ?')
    .get(body.roomFileUid) as { poolId: number; sealKey: string } | undefined;
  if (!file || file.poolId !== body.poolId)
    throw new DomainError('rooms.unknownRoomFile', { room: body.poolName });
  if (!sealMatches(file.sealKey, result))
    throw new DomainError('rooms.sealMismatch', { room: body.poolName });
  const verified = verifyRecords(body.scoreEvents, body.lockRecords);
  if (!verified.ok) refuseProblem(verified.problem);
  const parsed = scoreEventsFromRows(body.scoreEvents);
  if (!parsed.ok) refuseProblem(parsed.problem);
  const lastLock = verified.locked ? verified.locks[verified.locks.length - 1] : undefined;
  return { events: parsed.events, lockHash: lastLock?.hash ?? null };
}

/** Check 5 for one new event, against the head's sheet as it stands after the events before it. */
function checkNewEvent(
  head: Db,
  event: StoredScoreEvent,
  sheets: Map<string, DerivedSheet | null>,
  ctx: ScoreEventContext,
  room: Room,
): void {
  if (!room.teamIds.includes(event.teamId) || !room.jurorIds.includes(event.jurorId))
    throw new DomainError('rooms.outsideRoom', { room: room.name, seq: event.seq });
  const key = `${event.jurorId}:${event.teamId}`;
  let sheet = sheets.get(key);
  if (sheet === undefined) {
    sheet =
      deriveSheets(readSheetLog(head, event.jurorId, event.teamId, room.roundId), room.roundId)[0] ?? null;
  }
  const refusal = checkScoreEvent(sheet, event, ctx);
  if (refusal) {
    const { code, ...details } = refusal;
    const params: Record<string, string | number> = { room: room.name, seq: event.seq, problem: code };
    for (const [key, value] of Object.entries(details))
      if (typeof value === 'string' || typeof value === 'number') params[key] = value;
    throw new DomainError('rooms.eventRefused', params);
  }
  const next = sheet ?? newDerivedSheet(event);
  applyScoreEvent(next, event);
  sheets.set(key, next);
}

/** Where the head stands with a room: the last receipt (room file, how far its log and locks went). */
interface RoomState {
  roomFileUid: string;
  eventCount: number;
  lockRecords: number;
  lockHash: string | null;
}

function roomState(head: Db, poolId: number): RoomState | null {
  const row = head
    .prepare(
      `SELECT room_file_uid AS roomFileUid, event_count AS eventCount, lock_records AS lockRecords,
              lock_hash AS lockHash
         FROM room_receipt WHERE pool_id = ? ORDER BY id DESC LIMIT 1`,
    )
    .get(poolId) as RoomState | undefined;
  return row ?? null;
}

/**
 * Merges a parsed room result into the head (one IMMEDIATE transaction).
 * `receivedAt` is when the head took it in (the Rooms page's "last heard").
 */
export function mergeRoomResult(head: Db, result: RoomResult, receivedAt = new Date()): MergeReport {
  const run = head.transaction((): MergeReport => {
    const { events, lockHash } = checkFile(head, result);
    const { body } = result;
    const room = getRoom(head, body.poolId);
    const state = roomState(head, room.id);
    if (state && state.roomFileUid !== body.roomFileUid)
      throw new DomainError('rooms.otherRoomFile', { room: room.name });
    const mergedCount = state?.eventCount ?? 0;
    // Check 4: the file and what was merged agree on their common part of the room's log.
    const common = Math.min(mergedCount, events.length);
    if (common > 0 && mergedRoomHash(head, room.id, common) !== events[common - 1]?.hash)
      throw new DomainError('rooms.diverged', { room: room.name, count: common });
    const lockRecords = body.lockRecords.length;
    const newer =
      !state ||
      events.length > state.eventCount ||
      (events.length === state.eventCount && lockRecords > state.lockRecords);
    if (!newer) {
      return {
        poolId: room.id,
        roomName: room.name,
        laptop: body.laptop,
        roomEvents: events.length,
        added: 0,
        alreadyMerged: true,
        roomLockHash: state?.lockHash ?? null,
      };
    }
    const fresh = events.slice(mergedCount);
    // The main track's lock covers the preliminary round's sheets; a later round's (the final's) are
    // covered by the tracks that rank that round, checked per sheet below.
    if (fresh.length > 0 && room.roundId === FIRST_ROUND_ID && isResultsLocked(head))
      throw new DomainError('scoring.resultsLocked');
    const recusals = new Set(
      (
        head.prepare('SELECT juror_id, team_id FROM recusal').all() as { juror_id: number; team_id: number }[]
      ).map((r) => `${r.juror_id}:${r.team_id}`),
    );
    const criteria = readScoringCriteria(head);
    const sheets = new Map<string, DerivedSheet | null>();
    for (const event of fresh) {
      const recused = recusals.has(`${event.jurorId}:${event.teamId}`);
      const resultsLocked = sheetLockedByTrack(head, event.jurorId, event.teamId, room.roundId);
      checkNewEvent(head, event, sheets, { criteria, recused, resultsLocked }, room);
    }
    const appended = appendScoreEvents(
      head,
      // The room laptop scores its own round 1; in the head's log the event joins the room's round.
      fresh.map(({ jurorId, teamId, criterionId, value, kind, comment, actor, atUtc, reason }) => ({
        roundId: room.roundId,
        jurorId,
        teamId,
        criterionId,
        value,
        kind,
        comment: comment ?? null,
        actor,
        atUtc,
        reason,
      })),
    );
    const origin = head.prepare(
      `INSERT INTO score_event_origin (seq, pool_id, room_file_uid, laptop, room_seq, room_prev_hash, room_hash)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    );
    appended.forEach((event, i) => {
      const source = fresh[i] as StoredScoreEvent;
      origin.run(event.seq, room.id, body.roomFileUid, body.laptop, source.seq, source.prevHash, source.hash);
    });
    head
      .prepare(
        `INSERT INTO room_receipt (pool_id, room_file_uid, laptop, received_at_utc, event_count, last_hash,
           lock_records, lock_hash, added, written_at_utc) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        room.id,
        body.roomFileUid,
        body.laptop,
        receivedAt.toISOString(),
        events.length,
        events[events.length - 1]?.hash ?? GENESIS_HASH,
        lockRecords,
        lockHash,
        appended.length,
        body.writtenAtUtc,
      );
    return {
      poolId: room.id,
      roomName: room.name,
      laptop: body.laptop,
      roomEvents: events.length,
      added: appended.length,
      alreadyMerged: false,
      roomLockHash: lockHash,
    };
  });
  return run.immediate();
}

/** The room hash of room event `roomSeq` as merged into the head. */
function mergedRoomHash(head: Db, poolId: number, roomSeq: number): string | undefined {
  const row = head
    .prepare('SELECT room_hash FROM score_event_origin WHERE pool_id = ? AND room_seq = ?')
    .get(poolId, roomSeq) as { room_hash: string } | undefined;
  return row?.room_hash;
}

/**
 * Re-verifies, from the head file alone, each room's chain as merged: the
 * head events of a room, with their room seq and hashes, must form the room's
 * own unbroken chain. Returns the first room whose chain does not, or null.
 * The check itself is verify/merged-rooms.ts, which verify-event also runs.
 */
export function verifyMergedRooms(head: Db): { poolId: number; seq: number; reason: string } | null {
  const broken = verifyMergedRoomChains(head);
  return broken ? { poolId: broken.poolId, seq: broken.seq, reason: broken.reason } : null;
}
