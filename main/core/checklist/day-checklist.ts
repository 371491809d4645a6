/**
 * The order of a pitch day, as a checklist derived from the event file: each
 * step is done when the data says so (teams exist, every sheet is in, the
 * results are locked…). Only the projector check is a mark the chair sets,
 * because nothing in the file can tell that the screen and the sound work in
 * the room. The first step not done is "next"; the UI links each step to the
 * page where it is done.
 */
import { CHECKLIST_STEPS, type ChecklistStep } from '../../../common/contract/checklist-steps';
import { weightTotal } from '../../../common/setup-checks';
import type { Db } from '../db/open';
import { CountRow, rowShape, selectAll, selectOne } from '../db/rows';
import { readEventInfo } from '../event/event-info';
import { isResultsLocked } from '../lock/lock-state';
import { isDeclarationRequired, jurorsWithoutDeclaration } from '../scoring/declarations';
import { readProgress } from '../scoring/progress';

export interface ChecklistEntry {
  step: ChecklistStep;
  done: boolean;
  /** Names of whoever the step still waits for (the jurors without a declaration). */
  missing?: string[];
}

export interface Checklist {
  steps: ChecklistEntry[];
  /** The first step not done, or null when the day is complete. */
  next: ChecklistStep | null;
}

const count = (db: Db, sql: string): number => selectOne(db, CountRow, sql).n;

export function readChecklist(db: Db): Checklist {
  return db.transaction(() => {
    const event = readEventInfo(db);
    const teams = count(db, 'SELECT COUNT(*) AS n FROM team');
    const criteria = selectAll(db, rowShape({ weight: 'num' }), 'SELECT weight FROM criterion');
    const progress = readProgress(db);
    const undeclared = jurorsWithoutDeclaration(db).map((j) => j.name);
    const done: Record<ChecklistStep, boolean> = {
      event: event.name.trim() !== '' && event.startDate !== '',
      teams: teams >= 2,
      jurors: count(db, 'SELECT COUNT(*) AS n FROM juror') >= 1,
      criteria: criteria.length > 0 && Math.abs(weightTotal(criteria) - 100) < 1e-9,
      // The order is settled once it was drawn or arranged (every team has its place).
      order: teams > 0 && count(db, 'SELECT COUNT(*) AS n FROM running_order') >= teams,
      projector: count(db, "SELECT COUNT(*) AS n FROM checklist_mark WHERE step = 'projector'") > 0,
      declarations: undeclared.length === 0,
      scoring: progress.expectedTotal > 0 && progress.submittedTotal >= progress.expectedTotal,
      results: count(db, 'SELECT COUNT(*) AS n FROM award') > 0,
      lock: isResultsLocked(db),
      documents: count(db, 'SELECT COUNT(*) AS n FROM issued_certificate') > 0,
    };
    // Declarations of interest are a step of the day only when the chair requires them.
    const required = isDeclarationRequired(db);
    const steps: ChecklistEntry[] = CHECKLIST_STEPS.filter((step) => step !== 'declarations' || required).map(
      (step) =>
        step === 'declarations' && undeclared.length > 0
          ? { step, done: false, missing: undeclared }
          : { step, done: done[step] },
    );
    return { steps, next: steps.find((s) => !s.done)?.step ?? null };
  })();
}

/** The chair vouches for (or withdraws) a step the file cannot see: the projector check. */
export function markChecklistStep(db: Db, step: 'projector', done: boolean, nowMs: number): void {
  if (done)
    db.prepare(
      'INSERT INTO checklist_mark (step, at) VALUES (?, ?) ON CONFLICT (step) DO UPDATE SET at = excluded.at',
    ).run(step, nowMs);
  else db.prepare('DELETE FROM checklist_mark WHERE step = ?').run(step);
}
