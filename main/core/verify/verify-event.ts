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
import { hasMergedRoomTables, verifyMergedRoomChains } from './merged-rooms';
import { type EventVerification, problem, type RoomChainBreak } from './types';
import { verifyRecords } from './verify-records';

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
      const verified = verifyRecords(
        scoreRows,
        lockRows,
        {
          team: db.prepare('SELECT id, name, project_title FROM team').all(),
          juror: db.prepare('SELECT id, name, title FROM juror').all(),
          criterion: db.prepare('SELECT id, name FROM criterion').all(),
        },
        hasDeclarations
          ? {
              declarationRows: db.prepare('SELECT * FROM interest_declaration ORDER BY seq').all(),
              recusalRows: db.prepare('SELECT * FROM recusal').all(),
            }
          : undefined,
      );
      if (!verified.ok) return verified;
      // The audience vote's own log (prix du public), after the jury's records.
      const audience = checkAudienceLog(db);
      if (audience)
        return problem('verify.audienceChain', { seq: audience.brokenAtSeq, reason: audience.reason });
      if (!hasMergedRoomTables(db)) return verified;
      // On a head laptop, each merged room's own chain too (from score_event_origin).
      const room = verifyMergedRoomChains(db);
      return room
        ? problem(`verify.roomChain.${roomBreakOf(room.reason)}`, { room: room.roomName, seq: room.seq })
        : verified;
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
