/**
 * Writes an import plan (main/core/io) into the open event, all or nothing.
 *
 * A plan only knows about its own file: it refuses a team listed twice in the
 * file, not a team the event already has. This module adds that check,
 * comparing names with the same `nameKey` the plan uses (case, spaces and
 * Unicode forms ignored), so "VAʻA TECH " in the file meets "Vaʻa Tech" in the
 * event. Every check runs before the write transaction starts: a refused
 * import does not even open one, and the file stays byte-for-byte the same.
 */
import type { Db } from '../db/open';
import { rowShape, selectAll } from '../db/rows';
import { DomainError } from '../errors';
import { nextPosition } from '../event/teams';
import type { ImportPlan } from '../io/import-plan';
import { excerpt } from '../io/issues';
import type { FormattableImportIssue } from '../io/messages';
import { nameKey } from '../io/text-rules';
import { assertSetupEditable } from '../lock/lock-state';

export interface ImportCounts {
  teams: number;
  members: number;
  jurors: number;
}

/** Which column to name in an "already exists" message (the header mapped to the name field). */
export interface NameColumns {
  team: string;
  juror: string;
}

function existingKeys(db: Db, table: 'team' | 'juror'): Set<string> {
  const rows = selectAll(db, rowShape({ name: 'text' }), `SELECT name FROM ${table}`);
  return new Set(rows.map((r) => nameKey(r.name)));
}

/** Plan entries whose name the event already has, one issue per row, in row order. */
export function existingNameIssues(db: Db, plan: ImportPlan, columns: NameColumns): FormattableImportIssue[] {
  if (plan.kind === 'teams') {
    const existing = existingKeys(db, 'team');
    return plan.teams
      .filter((t) => existing.has(nameKey(t.name)))
      .map((t) => ({ code: 'import.teamExists', row: t.row, column: columns.team, value: excerpt(t.name) }));
  }
  const existing = existingKeys(db, 'juror');
  return plan.jurors
    .filter((j) => existing.has(nameKey(j.name)))
    .map((j) => ({ code: 'import.jurorExists', row: j.row, column: columns.juror, value: excerpt(j.name) }));
}

/**
 * Appends the plan's teams (with members) or jurors after the existing ones,
 * in file order, in one IMMEDIATE transaction. Re-checks for existing names
 * inside it, so a team created in another window between preview and import
 * still refuses the whole import rather than half of it.
 */
export function writeImportPlan(
  db: Db,
  plan: ImportPlan,
  columns: NameColumns,
  /** Records (teams or jurors) written so far, from 0 to the total; called inside the transaction. */
  onWritten?: (done: number, total: number) => void,
): ImportCounts {
  const total = plan.kind === 'teams' ? plan.teams.length : plan.jurors.length;
  const run = db.transaction((): ImportCounts => {
    assertSetupEditable(db);
    const clash = existingNameIssues(db, plan, columns)[0];
    if (clash) throw new DomainError(clash.code, { value: clash.value ?? '', row: clash.row ?? 0 });
    if (plan.kind === 'teams') {
      const insertTeam = db.prepare('INSERT INTO team (name, project_title, position) VALUES (?, ?, ?)');
      const insertMember = db.prepare(
        'INSERT INTO member (team_id, name, email, position) VALUES (?, ?, ?, ?)',
      );
      let position = nextPosition(db, 'team');
      let members = 0;
      let done = 0;
      onWritten?.(0, total);
      for (const team of plan.teams) {
        const { lastInsertRowid } = insertTeam.run(team.name, team.projectTitle, position++);
        team.members.forEach((member, index) => {
          insertMember.run(Number(lastInsertRowid), member.name, member.email, index);
        });
        members += team.members.length;
        onWritten?.(++done, total);
      }
      return { teams: plan.teams.length, members, jurors: 0 };
    }
    const insertJuror = db.prepare('INSERT INTO juror (name, title, position) VALUES (?, ?, ?)');
    let position = nextPosition(db, 'juror');
    let done = 0;
    onWritten?.(0, total);
    for (const juror of plan.jurors) {
      insertJuror.run(juror.name, juror.title, position++);
      onWritten?.(++done, total);
    }
    return { teams: 0, members: 0, jurors: plan.jurors.length };
  });
  return run.immediate();
}
