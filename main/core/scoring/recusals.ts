/**
 * Conflicts of interest: a juror recused for a team cannot score it, and the
 * ranking leaves them out of that team entirely (main/core/ranking). Changes
 * are refused once the results are locked, like any score.
 */
import type { Db } from '../db/open';
import { rowShape, selectAll } from '../db/rows';
import { DomainError } from '../errors';
import { isResultsLocked } from '../lock/lock-state';
import { sheetLockedByTrack } from '../lock/track-lock-state';

export interface StoredRecusal {
  jurorId: number;
  teamId: number;
  reason: string;
  actor: string;
  atUtc: string;
}

export const MAX_RECUSAL_REASON = 500;

const RecusalRow = rowShape({ jurorId: 'num', teamId: 'num', reason: 'text', actor: 'text', atUtc: 'text' });

export function listRecusals(db: Db): StoredRecusal[] {
  return selectAll(
    db,
    RecusalRow,
    `SELECT r.juror_id AS jurorId, r.team_id AS teamId, r.reason, r.actor, r.at_utc AS atUtc
         FROM recusal r JOIN juror j ON j.id = r.juror_id JOIN team t ON t.id = r.team_id
        ORDER BY t.position, t.id, j.position, j.id`,
  );
}

export function isRecused(db: Db, jurorId: number, teamId: number): boolean {
  return (
    db.prepare('SELECT 1 FROM recusal WHERE juror_id = ? AND team_id = ?').get(jurorId, teamId) !== undefined
  );
}

function assertExists(db: Db, jurorId: number, teamId: number): void {
  const juror = db.prepare('SELECT 1 FROM juror WHERE id = ?').get(jurorId);
  const team = db.prepare('SELECT 1 FROM team WHERE id = ?').get(teamId);
  if (!juror || !team) throw new DomainError('error.notFound');
}

/** Records (or re-words) a recusal. The reason is required: it is shown on results and documents. */
export function setRecusal(
  db: Db,
  recusal: { jurorId: number; teamId: number; reason: string },
  actor: string,
  atUtc: string,
): StoredRecusal[] {
  const reason = recusal.reason.normalize('NFC').trim();
  if (!reason) {
    throw new DomainError('scoring.recusalReasonRequired', {}, [
      { path: ['reason'], code: 'scoring.recusalReasonRequired' },
    ]);
  }
  if ([...reason].length > MAX_RECUSAL_REASON) {
    throw new DomainError('validation.tooLong', { max: MAX_RECUSAL_REASON }, [
      { path: ['reason'], code: 'validation.tooLong', params: { max: MAX_RECUSAL_REASON } },
    ]);
  }
  return db.transaction(() => {
    if (isResultsLocked(db) || sheetLockedByTrack(db, recusal.jurorId, recusal.teamId))
      throw new DomainError('scoring.resultsLocked');
    assertExists(db, recusal.jurorId, recusal.teamId);
    db.prepare(
      `INSERT INTO recusal (juror_id, team_id, reason, actor, at_utc) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (juror_id, team_id) DO UPDATE SET reason = excluded.reason, actor = excluded.actor,
           at_utc = excluded.at_utc`,
    ).run(recusal.jurorId, recusal.teamId, reason, actor, atUtc);
    return listRecusals(db);
  })();
}

export function clearRecusal(db: Db, jurorId: number, teamId: number): StoredRecusal[] {
  return db.transaction(() => {
    if (isResultsLocked(db) || sheetLockedByTrack(db, jurorId, teamId))
      throw new DomainError('scoring.resultsLocked');
    db.prepare('DELETE FROM recusal WHERE juror_id = ? AND team_id = ?').run(jurorId, teamId);
    return listRecusals(db);
  })();
}

/**
 * The recusal a declared link brings (declarations.ts), in the caller's
 * transaction. When the chair had already recused the juror for that team,
 * the chair's reason stays and the row now also points at the declaration.
 */
export function recuseForDeclaredLink(
  db: Db,
  recusal: {
    jurorId: number;
    teamId: number;
    reason: string;
    declarationSeq: number;
    actor: string;
    atUtc: string;
  },
): void {
  db.prepare(
    `INSERT INTO recusal (juror_id, team_id, reason, actor, at_utc, declaration_seq) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (juror_id, team_id) DO UPDATE SET declaration_seq = excluded.declaration_seq`,
  ).run(
    recusal.jurorId,
    recusal.teamId,
    recusal.reason,
    recusal.actor,
    recusal.atUtc,
    recusal.declarationSeq,
  );
}
