/**
 * Rows → teams with members. Two layouts (header-mapping.ts `teamLayout`):
 * - one row per member: the team name is repeated on each member's row and rows
 *   with the same team name (compared case-, space- and NFC-insensitively) are
 *   one team, wherever they are in the file;
 * - members in one cell (or no members at all): one row per team, so a team
 *   name seen twice is a duplicate.
 */
import type { ColumnMapping } from './header-mapping';
import { teamLayout } from './header-mapping';
import { excerpt, type ImportIssue } from './issues';
import { MAX_PERSON_NAME_LENGTH, MAX_PROJECT_TITLE_LENGTH, MAX_TEAM_NAME_LENGTH } from './limits';
import { checkEmail, checkText, personName, RowReader } from './row-checks';
import type { SourceRow, SourceTable } from './source-table';
import { nameKey, parseMemberEntry, splitMembers } from './text-rules';

export interface PlannedMember {
  name: string;
  email: string | null;
}

export interface PlannedTeam {
  name: string;
  /** '' when the file has none. */
  projectTitle: string;
  members: PlannedMember[];
  /** Spreadsheet row where the team first appears (for the preview). */
  row: number;
}

interface TeamDraft extends PlannedTeam {
  titleRow: number;
  memberRows: Map<string, number>;
}

export function buildTeams(
  table: Pick<SourceTable, 'headers' | 'rows'>,
  mapping: ColumnMapping,
): {
  teams: PlannedTeam[];
  errors: ImportIssue[];
} {
  const read = new RowReader(table, mapping);
  const layout = teamLayout(mapping);
  const teamColumn = read.column('teamName');
  const titleColumn = read.column('projectTitle');
  const errors: ImportIssue[] = [];
  const teams = new Map<string, TeamDraft>();

  for (const row of table.rows) {
    if (read.isEmpty(row)) continue;
    const name = read.text(row, 'teamName');
    if (name === '') {
      errors.push({ code: 'import.missingTeamName', row: row.row, line: row.line, column: teamColumn });
      continue;
    }
    errors.push(...checkText(name, MAX_TEAM_NAME_LENGTH, row, teamColumn, 'name'));
    const projectTitle = read.text(row, 'projectTitle');
    errors.push(...checkText(projectTitle, MAX_PROJECT_TITLE_LENGTH, row, titleColumn));

    const key = nameKey(name);
    let team = teams.get(key);
    if (team === undefined) {
      team = { name, projectTitle, members: [], row: row.row, titleRow: row.row, memberRows: new Map() };
      teams.set(key, team);
    } else if (layout !== 'onePerRow') {
      errors.push({
        code: 'import.duplicateTeam',
        row: row.row,
        line: row.line,
        column: teamColumn,
        value: excerpt(name),
        otherRow: team.row,
      });
      continue;
    } else if (projectTitle !== '') {
      if (team.projectTitle === '') {
        team.projectTitle = projectTitle;
        team.titleRow = row.row;
      } else if (nameKey(team.projectTitle) !== nameKey(projectTitle)) {
        errors.push({
          code: 'import.conflictingProjectTitle',
          row: row.row,
          line: row.line,
          column: titleColumn,
          value: excerpt(projectTitle),
          otherRow: team.titleRow,
          otherValue: excerpt(team.projectTitle),
        });
      }
    }

    const members =
      layout === 'onePerRow'
        ? memberOfRow(read, row)
        : layout === 'membersInOneCell'
          ? membersOfCell(read, row)
          : [];
    for (const member of members) {
      errors.push(...member.issues);
      if (member.name === '') continue;
      const memberKey = nameKey(member.name);
      const seen = team.memberRows.get(memberKey);
      if (seen !== undefined) {
        errors.push({
          code: 'import.duplicateMember',
          row: row.row,
          line: row.line,
          column: member.column,
          value: excerpt(member.name),
          otherRow: seen,
        });
        continue;
      }
      team.memberRows.set(memberKey, row.row);
      team.members.push({ name: member.name, email: member.email });
    }
  }
  return {
    teams: [...teams.values()].map(({ name, projectTitle, members, row }) => ({
      name,
      projectTitle,
      members,
      row,
    })),
    errors,
  };
}

interface MemberDraft extends PlannedMember {
  column: string;
  issues: ImportIssue[];
}

/** One row per member: name from the name column (or first + last name), email from its column. */
function memberOfRow(read: RowReader, row: SourceRow): MemberDraft[] {
  const name = personName(
    read.text(row, 'memberFirstName'),
    read.text(row, 'memberLastName'),
    read.text(row, 'memberName'),
  );
  const rawEmail = read.text(row, 'memberEmail');
  const nameColumn = read.column('memberName', 'memberFirstName', 'memberLastName');
  if (name === '' && rawEmail === '') return []; // a team row without a member (e.g. the team's first line)
  const issues: ImportIssue[] = [];
  if (name === '')
    issues.push({ code: 'import.emptyMemberName', row: row.row, line: row.line, column: nameColumn });
  else issues.push(...checkText(name, MAX_PERSON_NAME_LENGTH, row, nameColumn, 'name'));
  const email = checkEmail(rawEmail, row, read.column('memberEmail'));
  issues.push(...email.issues);
  return [{ name, email: email.email, column: nameColumn, issues }];
}

/** Members in one cell, split by line breaks, else semicolons, else commas; "Name <email>" carries an email. */
function membersOfCell(read: RowReader, row: SourceRow): MemberDraft[] {
  const column = read.column('members');
  return splitMembers(read.text(row, 'members')).entries.map((entry) => {
    const parsed = parseMemberEntry(entry);
    const issues: ImportIssue[] = [];
    if (parsed.name === '')
      issues.push({
        code: 'import.emptyMemberName',
        row: row.row,
        line: row.line,
        column,
        value: excerpt(entry),
      });
    else issues.push(...checkText(parsed.name, MAX_PERSON_NAME_LENGTH, row, column, 'name'));
    const email = checkEmail(parsed.email ?? '', row, column);
    issues.push(...email.issues);
    return { name: parsed.name, email: email.email, column, issues };
  });
}
