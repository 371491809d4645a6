/**
 * The room result file: what a room laptop hands the head laptop on a USB
 * stick. A JSON document holding the room's identity (head event, round,
 * room, room file), the laptop it was written on, the room's whole score log
 * and its lock records, as stored rows, sealed with the room file's key:
 *
 *   { "body": { format, formatVersion, identity…, scoreEvents, lockRecords },
 *     "seal": HMAC-SHA256(sealKey, the JSON text of body as written) }
 *
 * The seal covers the body's JSON text as JSON.stringify writes it, and the
 * reader recomputes it the same way from JSON.parse's output (which keeps the
 * file's key order): plain JSON data survives parse-then-stringify unchanged,
 * so the text need not be canonicalised (which cost more than the rest of the
 * check).
 *
 * The score chain and the lock records prove the log is internally whole, but
 * they are plain SHA-256: someone who edits a score on the stick can recompute
 * every hash. The seal uses a key only the head and that room file hold, so
 * an edit in transit is refused. (Whoever holds the room laptop holds the key:
 * the seal does not protect against the room itself.)
 *
 * Parsing trusts nothing: size bounded before reading, JSON parsed, then
 * every field checked by a strict zod schema with bounded lengths. It runs on
 * the calling thread: at the bound (MAX_ROOM_RESULT_BYTES, about 60 000 score
 * events for a 30-team, 10-juror, 10-criterion room with every sheet reopened
 * twice) JSON.parse and the chain check take tens of milliseconds (bench
 * rooms.merge_ms), less than one SQLite transaction of the merge that must
 * run on the main connection anyway.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { hostname } from 'node:os';
import { z } from 'zod';
import type { Db } from '../db/open';
import { DomainError } from '../errors';
import { readRoomIdentity } from './room-file';

export const ROOM_RESULT_FORMAT = 'pitch-jury.room-result';
export const ROOM_RESULT_VERSION = 1;
export const MAX_ROOM_RESULT_BYTES = 32 * 1024 * 1024;
export const MAX_ROOM_EVENTS = 200_000;
export const MAX_ROOM_LOCK_RECORDS = 2_000;

const hex = (length: number) => z.string().regex(new RegExp(`^[0-9a-f]{${length}}$`));
const isoUtc = z.string().max(40);
const int = z.number().int().safe();

/** A score_event row as stored (migration 003). verify/score-rows.ts re-checks it field by field. */
const scoreEventRow = z
  .object({
    seq: int.min(1),
    juror_id: int,
    team_id: int,
    criterion_id: int.nullable(),
    value: z.number().finite().nullable(),
    kind: z.enum(['score', 'comment', 'submit', 'reopen']),
    comment: z.string().max(10_000).nullable(),
    actor: z.string().max(200),
    at_utc: isoUtc,
    reason: z.string().max(2_000).nullable(),
    prev_hash: hex(64),
    hash: hex(64),
    // Migration 016. A room laptop scores only its own round, stored as round 1; the merge places
    // its events in the room's round of the head. Absent in results written before rounds existed.
    round_id: z.literal(1).optional(),
  })
  .strict();

/** A results_lock row as stored (migrations 003 and 007). */
const lockRecordRow = z
  .object({
    id: int.min(1),
    action: z.enum(['lock', 'unlock']),
    at_utc: isoUtc,
    actor: z.string().max(200),
    reason: z.string().max(2_000).nullable(),
    payload_json: z
      .string()
      .max(8 * 1024 * 1024)
      .nullable(),
    hash: hex(64).nullable(),
    record_hash: hex(64).nullable(),
    missing_json: z
      .string()
      .max(1024 * 1024)
      .nullable(),
  })
  .strict();

const body = z
  .object({
    format: z.literal(ROOM_RESULT_FORMAT),
    formatVersion: z.literal(ROOM_RESULT_VERSION),
    headEventUid: z.string().min(1).max(64),
    headEventName: z.string().max(400),
    roundId: int,
    poolId: int,
    poolName: z.string().max(400),
    roomFileUid: hex(32),
    /** Which laptop wrote it (its host name, as a label). */
    laptop: z.string().max(200),
    writtenAtUtc: isoUtc,
    scoreEvents: z.array(scoreEventRow).max(MAX_ROOM_EVENTS),
    lockRecords: z.array(lockRecordRow).max(MAX_ROOM_LOCK_RECORDS),
  })
  .strict();

const document = z.object({ body, seal: hex(64) }).strict();

export type RoomResultBody = z.infer<typeof body>;
export type RoomResult = z.infer<typeof document> & {
  /** The body's JSON text as the file held it (key order kept): what the seal covers. */
  sealedText: string;
};

/** The seal of a body's JSON text (see the header). */
export function sealOf(sealKey: string, bodyText: string): string {
  return createHmac('sha256', Buffer.from(sealKey, 'hex')).update(bodyText, 'utf8').digest('hex');
}

export function sealMatches(sealKey: string, result: RoomResult): boolean {
  const expected = Buffer.from(sealOf(sealKey, result.sealedText), 'hex');
  return timingSafeEqual(expected, Buffer.from(result.seal, 'hex'));
}

/** The laptop's name as a label (never used to decide anything). */
export function laptopLabel(): string {
  return [...hostname()].slice(0, 200).join('') || '?';
}

/**
 * The room result of the room file open in `db`, as text. Refused on an
 * event file that is not a room file.
 */
export function buildRoomResult(db: Db, now = new Date(), laptop = laptopLabel()): string {
  const identity = readRoomIdentity(db);
  if (!identity) throw new DomainError('rooms.notARoomFile');
  const content = db.transaction(
    (): RoomResultBody => ({
      format: ROOM_RESULT_FORMAT,
      formatVersion: ROOM_RESULT_VERSION,
      headEventUid: identity.headEventUid,
      headEventName: identity.headEventName,
      roundId: identity.roundId,
      poolId: identity.poolId,
      poolName: identity.poolName,
      roomFileUid: identity.fileUid,
      laptop,
      writtenAtUtc: now.toISOString(),
      scoreEvents: db
        .prepare('SELECT * FROM score_event ORDER BY seq')
        .all() as RoomResultBody['scoreEvents'],
      lockRecords: db
        .prepare('SELECT * FROM results_lock ORDER BY id')
        .all() as RoomResultBody['lockRecords'],
    }),
  )();
  return JSON.stringify({ body: content, seal: sealOf(identity.sealKey, JSON.stringify(content)) });
}

/**
 * Reads a room result file's text into a checked document, or refuses with
 * what is wrong: not JSON, not a room result, or a field out of shape (the
 * first one, named). The seal and the chain are checked by the merge, which
 * knows the key and the head.
 */
export function parseRoomResult(text: string): RoomResult {
  if (text.length > MAX_ROOM_RESULT_BYTES)
    throw new DomainError('rooms.resultTooLarge', { maxMb: MAX_ROOM_RESULT_BYTES / 1024 / 1024 });
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw new DomainError('rooms.resultNotJson');
  }
  const format = (raw as { body?: { format?: unknown } } | null)?.body?.format;
  if (format !== ROOM_RESULT_FORMAT) throw new DomainError('rooms.resultNotARoomResult');
  const parsed = document.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new DomainError('rooms.resultMalformed', {
      field: (issue?.path ?? []).join('.').slice(0, 200) || '-',
    });
  }
  return { ...parsed.data, sealedText: JSON.stringify((raw as { body: unknown }).body) };
}
