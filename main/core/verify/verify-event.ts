/**
 * Verifies an event file: SQLite's integrity check, then the score log's
 * hash chain and the results lock records (verify-records.ts). Reads only;
 * `verifyEventFile` opens the file read-only, so checking a file never
 * changes it (and works on a copy someone sends, or a backup).
 */
import { existsSync } from 'node:fs';
import { closeDatabase, type Db, openDatabase } from '../db/open';
import { DomainError } from '../errors';
import type { StoredScoreEvent } from '../scoring/hash-chain';
import { checkLockRecords } from './lock-records';
import { compareLockedNames, type LiveNames } from './locked-names';
import { scoreEventsFromRows } from './score-rows';
import { type EventVerification, problem, type VerifiedTrack, type VerifyProblem } from './types';
import { verifyRecords } from './verify-records';

const inTrack = (found: VerifyProblem, track: string): EventVerification => ({
  ok: false,
  problem: { code: found.code, params: { ...found.params, track } },
});

/**
 * The lock records of every prize track other than the main one (track_lock,
 * migration 011), each track's chain checked on its own like results_lock.
 * A file from before tracks (opened read-only, not migrated) has none.
 */
function verifyTrackLocks(
  db: Db,
  scoreRows: readonly unknown[],
  live: LiveNames,
): VerifiedTrack[] | { problem: EventVerification } {
  const hasTracks =
    db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'track_lock'").get() !==
    undefined;
  if (!hasTracks) return [];
  const parsed = scoreEventsFromRows(scoreRows);
  // The chain itself was verified by verifyRecords before this runs.
  const events: readonly StoredScoreEvent[] = parsed.ok ? parsed.events : [];
  const tracks = new Map(
    (db.prepare('SELECT id, name FROM track WHERE is_main = 0').all() as { id: number; name: string }[]).map(
      (t) => [t.id, t.name],
    ),
  );
  const rows = db.prepare('SELECT * FROM track_lock ORDER BY track_id, id').all() as ({
    track_id: unknown;
  } & Record<string, unknown>)[];
  const byTrack = new Map<number, Record<string, unknown>[]>();
  for (const { track_id: trackId, ...row } of rows) {
    if (typeof trackId !== 'number' || !tracks.has(trackId))
      return { problem: problem('verify.trackUnknown', { id: Number(row.id), trackId: String(trackId) }) };
    byTrack.set(trackId, [...(byTrack.get(trackId) ?? []), row]);
  }
  const verified: VerifiedTrack[] = [];
  for (const [id, records] of byTrack) {
    const name = tracks.get(id) ?? '';
    const checked = checkLockRecords(records, events, { trackId: id });
    if (!checked.ok) return { problem: inTrack(checked.problem, name) };
    const latest = records[records.length - 1];
    if (checked.locked && typeof latest?.payload_json === 'string') {
      const renamed = compareLockedNames(latest.payload_json, live);
      if (renamed) return { problem: inTrack(renamed, name) };
    }
    verified.push({ id, name, locks: checked.locks, locked: checked.locked });
  }
  return verified;
}

/** SQLite's own errors on a damaged file: SQLITE_CORRUPT, SQLITE_NOTADB, SQLITE_IOERR… */
function sqliteFailure(error: unknown): EventVerification | null {
  const code = (error as { code?: unknown }).code;
  if (error instanceof Error && typeof code === 'string' && code.startsWith('SQLITE_'))
    return problem('verify.unreadable', { details: `${code}: ${error.message}`.slice(0, 300) });
  return null;
}

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
      const main = verifyRecords(
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
      if (!main.ok) return main;
      const tracks = verifyTrackLocks(db, scoreRows, live);
      if ('problem' in tracks) return tracks.problem;
      return tracks.length > 0 ? { ...main, tracks } : main;
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
