/**
 * Verifies an event file: SQLite's integrity check, then the score log's
 * hash chain and the results lock records (verify-records.ts). Reads only;
 * `verifyEventFile` opens the file read-only, so checking a file never
 * changes it (and works on a copy someone sends, or a backup).
 */
import { existsSync } from 'node:fs';
import { checkAudienceLog } from '../audience/log';
import { closeDatabase, type Db, openDatabase } from '../db/open';
import { DomainError } from '../errors';
import type { ChainBreakReason } from '../scoring/hash-chain';
import type { LiveNames } from './locked-names';
import { hasMergedRoomTables, verifyMergedRoomChains } from './merged-rooms';
import { verifyTrackLockRows } from './track-locks';
import { type EventVerification, problem, type RoomChainBreak } from './types';
import { verifyRecords } from './verify-records';

/** The prize tracks' lock records of a file (none in a file from before tracks, opened read-only). */
function verifyTrackLocks(db: Db, scoreRows: readonly unknown[], live: LiveNames) {
  const hasTracks =
    db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'track_lock'").get() !==
    undefined;
  if (!hasTracks) return [];
  return verifyTrackLockRows(
    db.prepare('SELECT id, name, is_main FROM track').all(),
    db.prepare('SELECT * FROM track_lock ORDER BY track_id, id').all(),
    scoreRows,
    live,
  );
}

/** SQLite's own errors on a damaged file: SQLITE_CORRUPT, SQLITE_NOTADB, SQLITE_IOERR… */
function sqliteFailure(error: unknown): EventVerification | null {
  const code = (error as { code?: unknown }).code;
  if (error instanceof Error && typeof code === 'string' && code.startsWith('SQLITE_'))
    return problem('verify.unreadable', { details: `${code}: ${error.message}`.slice(0, 300) });
  return null;
}

/** 'chain.hashMismatch' → 'hashMismatch': the room codes say the same break, naming the room. */
const roomBreakOf = (reason: ChainBreakReason) => reason.slice('chain.'.length) as RoomChainBreak;

export function verifyEvent(db: Db): EventVerification {
  try {
    return db.transaction((): EventVerification => {
      const integrity = db.pragma('integrity_check(20)', { simple: false }) as { integrity_check: string }[];
      const first = integrity[0]?.integrity_check ?? 'no answer';
      if (integrity.length !== 1 || first !== 'ok')
        return problem('verify.integrity', { details: first.slice(0, 300) });
      const scoreRows = db.prepare('SELECT * FROM score_event ORDER BY seq').all();
      const lockRows = db.prepare('SELECT * FROM results_lock ORDER BY id').all();
      // A file from before declarations of interest (opened read-only, so not migrated) has no such table.
      const hasDeclarations =
        db
          .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'interest_declaration'")
          .get() !== undefined;
      const live: LiveNames = {
        team: db.prepare('SELECT id, name, project_title FROM team').all(),
        juror: db.prepare('SELECT id, name, title FROM juror').all(),
        criterion: db.prepare('SELECT id, name FROM criterion').all(),
      };
      const verified = verifyRecords(
        scoreRows,
        lockRows,
        live,
        hasDeclarations
          ? {
              declarationRows: db.prepare('SELECT * FROM interest_declaration ORDER BY seq').all(),
              recusalRows: db.prepare('SELECT * FROM recusal').all(),
            }
          : undefined,
      );
      if (!verified.ok) return verified;
      // Every other prize track's lock records (tracks keep scoring while one is locked).
      const tracks = verifyTrackLocks(db, scoreRows, live);
      if ('problem' in tracks) return tracks.problem;
      const result = tracks.length > 0 ? { ...verified, tracks } : verified;
      // The audience vote's own log (prix du public), after the jury's records.
      const audience = checkAudienceLog(db);
      if (audience)
        return problem('verify.audienceChain', { seq: audience.brokenAtSeq, reason: audience.reason });
      if (!hasMergedRoomTables(db)) return result;
      // On a head laptop, each merged room's own chain too (from score_event_origin).
      const room = verifyMergedRoomChains(db);
      return room
        ? problem(`verify.roomChain.${roomBreakOf(room.reason)}`, { room: room.roomName, seq: room.seq })
        : result;
    })();
  } catch (error) {
    const failure = sqliteFailure(error);
    if (failure) return failure;
    throw error;
  }
}

/** Opens `path` read-only and verifies it; a file SQLite cannot open at all is reported, not thrown. */
export function verifyEventFile(path: string): EventVerification {
  if (!existsSync(path)) throw new DomainError('error.notFound');
  let db: Db;
  try {
    db = openDatabase(path, { readonly: true });
  } catch (error) {
    const failure = sqliteFailure(error);
    if (failure) return failure;
    throw error;
  }
  try {
    return verifyEvent(db);
  } finally {
    closeDatabase(db);
  }
}
