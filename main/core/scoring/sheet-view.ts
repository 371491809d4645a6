/**
 * Sheets as the contract carries them (common/contract/scoring.ts), and the
 * juror form: one juror's own sheets, never anyone else's.
 */
import type { JurorForm, SheetView } from '../../../common/contract/scoring';
import type { Db } from '../db/open';
import { IdRow, rowShape, selectAll } from '../db/rows';
import { listCriteria } from '../event/criteria';
import { getJuror } from '../event/jurors';
import { isResultsLocked } from '../lock/lock-state';
import { currentDeclaration, isDeclarationRequired } from './declarations';
import type { DerivedSheet } from './hash-chain';
import { deriveSheets } from './hash-chain';
import { listRecusals } from './recusals';
import { readSheetLog } from './score-store';
import { teamsForJurors } from './team-order';

/** Scores as a list in criteria order (JSON objects would turn the ids into strings). */
export function toSheetView(sheet: DerivedSheet, criterionOrder: readonly number[]): SheetView {
  const scores = criterionOrder.flatMap((criterionId) => {
    const value = sheet.scores[criterionId];
    return value === undefined ? [] : [{ criterionId, value }];
  });
  // Scores on criteria no longer in the setup still show, after the others.
  for (const [key, value] of Object.entries(sheet.scores)) {
    const criterionId = Number(key);
    if (!criterionOrder.includes(criterionId)) scores.push({ criterionId, value });
  }
  return {
    jurorId: sheet.jurorId,
    teamId: sheet.teamId,
    scores,
    comment: sheet.comment,
    status: sheet.status,
    submittedAtUtc: sheet.submittedAtUtc,
    reopenCount: sheet.reopenCount,
    lastSeq: sheet.lastSeq,
  };
}

export function criterionOrder(db: Db): number[] {
  return selectAll(db, IdRow, 'SELECT id FROM criterion ORDER BY position, id').map((r) => r.id);
}

/**
 * The juror form: this juror's sheets only, read sheet by sheet with
 * `juror_id = ?`, so another juror's scores are never even loaded.
 */
export function readJurorForm(db: Db, jurorId: number): JurorForm {
  return db.transaction((): JurorForm => {
    const juror = getJuror(db, jurorId);
    const criteria = listCriteria(db);
    const order = criteria.map((c) => c.id);
    const teams = new Map(
      selectAll(
        db,
        rowShape({ id: 'num', name: 'text', project_title: 'text' }),
        'SELECT id, name, project_title FROM team',
      ).map((t) => [t.id, t]),
    );
    const recused = new Set(
      listRecusals(db)
        .filter((r) => r.jurorId === jurorId)
        .map((r) => r.teamId),
    );
    return {
      juror: { id: juror.id, name: juror.name, title: juror.title },
      locked: isResultsLocked(db),
      criteria,
      teams: teamsForJurors(db).flatMap(({ teamId, status }) => {
        const team = teams.get(teamId);
        if (!team) return [];
        const sheet = deriveSheets(readSheetLog(db, jurorId, teamId))[0];
        return [
          {
            teamId,
            name: team.name,
            projectTitle: team.project_title,
            orderStatus: status,
            recused: recused.has(teamId),
            sheet: sheet ? toSheetView(sheet, order) : null,
          },
        ];
      }),
      declaration: { required: isDeclarationRequired(db), current: currentDeclaration(db, jurorId) },
    };
  })();
}
