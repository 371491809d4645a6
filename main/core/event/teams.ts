import type { TeamDraft } from '../../../common/contract/setup';
import type { Member, Team } from '../../../common/domain';
import type { Db } from '../db/open';
import { IdRow, rowShape, selectAll, selectOne } from '../db/rows';
import { DomainError } from '../errors';
import { assertSetupEditable } from '../lock/lock-state';
import { assertSameIds } from './reorder';
import { normaliseName, throwIfIssues, validateTeamDraft } from './validate';

const TeamRow = rowShape({ id: 'num', name: 'text', project_title: 'text', position: 'num' });
const MemberRow = rowShape({ id: 'num', team_id: 'num', name: 'text', email: 'text?' });
const TeamNameRow = rowShape({ id: 'num', name: 'text' });

export function listTeams(db: Db): Team[] {
  const teams = selectAll(db, TeamRow, 'SELECT * FROM team ORDER BY position, id');
  const members = selectAll(db, MemberRow, 'SELECT * FROM member ORDER BY team_id, position, id');
  const byTeam = new Map<number, Member[]>();
  for (const m of members) {
    const list = byTeam.get(m.team_id) ?? [];
    list.push({ id: m.id, name: m.name, email: m.email });
    byTeam.set(m.team_id, list);
  }
  return teams.map((t) => ({
    id: t.id,
    name: t.name,
    projectTitle: t.project_title,
    position: t.position,
    members: byTeam.get(t.id) ?? [],
  }));
}

export function getTeam(db: Db, id: number): Team {
  const team = listTeams(db).find((t) => t.id === id);
  if (!team) throw new DomainError('error.notFound');
  return team;
}

export function createTeam(db: Db, draft: TeamDraft): Team {
  assertSetupEditable(db);
  const existing = selectAll(db, TeamNameRow, 'SELECT id, name FROM team');
  throwIfIssues(validateTeamDraft(draft, existing, null));
  return db.transaction(() => {
    const position = nextPosition(db, 'team');
    const { lastInsertRowid } = db
      .prepare('INSERT INTO team (name, project_title, position) VALUES (?, ?, ?)')
      .run(normaliseName(draft.name), draft.projectTitle.trim(), position);
    writeMembers(db, Number(lastInsertRowid), draft.members);
    return getTeam(db, Number(lastInsertRowid));
  })();
}

export function updateTeam(db: Db, id: number, draft: TeamDraft): Team {
  const existing = selectAll(db, TeamNameRow, 'SELECT id, name FROM team');
  if (!existing.some((t) => t.id === id)) throw new DomainError('error.notFound');
  throwIfIssues(validateTeamDraft(draft, existing, id));
  // Members are not part of the results: their names can still be fixed for the certificates.
  const before = getTeam(db, id);
  if (normaliseName(draft.name) !== before.name || draft.projectTitle.trim() !== before.projectTitle)
    assertSetupEditable(db);
  return db.transaction(() => {
    db.prepare('UPDATE team SET name = ?, project_title = ? WHERE id = ?').run(
      normaliseName(draft.name),
      draft.projectTitle.trim(),
      id,
    );
    // Members are a small ordered list edited as a whole; rewriting it keeps order simple.
    db.prepare('DELETE FROM member WHERE team_id = ?').run(id);
    writeMembers(db, id, draft.members);
    return getTeam(db, id);
  })();
}

export function deleteTeam(db: Db, id: number): void {
  assertSetupEditable(db);
  const { changes } = db.prepare('DELETE FROM team WHERE id = ?').run(id);
  if (changes === 0) throw new DomainError('error.notFound');
}

export function reorderTeams(db: Db, ids: readonly number[]): Team[] {
  db.transaction(() => {
    assertSetupEditable(db);
    const current = selectAll(db, IdRow, 'SELECT id FROM team').map((r) => r.id);
    assertSameIds(current, ids);
    const update = db.prepare('UPDATE team SET position = ? WHERE id = ?');
    for (const [index, teamId] of ids.entries()) update.run(index, teamId);
  })();
  return listTeams(db);
}

function writeMembers(db: Db, teamId: number, members: TeamDraft['members']): void {
  const insert = db.prepare('INSERT INTO member (team_id, name, email, position) VALUES (?, ?, ?, ?)');
  members.forEach((m, index) => {
    insert.run(teamId, normaliseName(m.name), m.email?.trim() || null, index);
  });
}

export function nextPosition(db: Db, table: 'team' | 'juror' | 'criterion'): number {
  const row = selectOne(
    db,
    rowShape({ next: 'num' }),
    `SELECT COALESCE(MAX(position) + 1, 0) AS next FROM ${table}`,
  );
  return row.next;
}
