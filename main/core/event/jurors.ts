import type { JurorDraft } from '../../../common/contract/setup';
import type { Juror } from '../../../common/domain';
import type { Db } from '../db/open';
import { rowShape, selectAll, selectMaybe } from '../db/rows';
import { DomainError } from '../errors';
import { assertSetupEditable } from '../lock/lock-state';
import { assertSameIds } from './reorder';
import { nextPosition } from './teams';
import { normaliseName, throwIfIssues, validateJurorDraft } from './validate';

const JurorRow = rowShape({ id: 'num', name: 'text', title: 'text', position: 'num' });

export function listJurors(db: Db): Juror[] {
  return selectAll(db, JurorRow, 'SELECT id, name, title, position FROM juror ORDER BY position, id');
}

export function getJuror(db: Db, id: number): Juror {
  const juror = selectMaybe(db, JurorRow, 'SELECT id, name, title, position FROM juror WHERE id = ?', id);
  if (!juror) throw new DomainError('error.notFound');
  return juror;
}

export function createJuror(db: Db, draft: JurorDraft): Juror {
  assertSetupEditable(db);
  throwIfIssues(validateJurorDraft(draft, listJurors(db), null));
  const { lastInsertRowid } = db
    .prepare('INSERT INTO juror (name, title, position) VALUES (?, ?, ?)')
    .run(normaliseName(draft.name), draft.title.trim(), nextPosition(db, 'juror'));
  return getJuror(db, Number(lastInsertRowid));
}

export function updateJuror(db: Db, id: number, draft: JurorDraft): Juror {
  const before = getJuror(db, id);
  throwIfIssues(validateJurorDraft(draft, listJurors(db), id));
  if (normaliseName(draft.name) !== before.name || draft.title.trim() !== before.title)
    assertSetupEditable(db);
  db.prepare('UPDATE juror SET name = ?, title = ? WHERE id = ?').run(
    normaliseName(draft.name),
    draft.title.trim(),
    id,
  );
  return getJuror(db, id);
}

export function deleteJuror(db: Db, id: number): void {
  assertSetupEditable(db);
  const { changes } = db.prepare('DELETE FROM juror WHERE id = ?').run(id);
  if (changes === 0) throw new DomainError('error.notFound');
}

export function reorderJurors(db: Db, ids: readonly number[]): Juror[] {
  db.transaction(() => {
    assertSetupEditable(db);
    assertSameIds(
      listJurors(db).map((j) => j.id),
      ids,
    );
    const update = db.prepare('UPDATE juror SET position = ? WHERE id = ?');
    for (const [index, id] of ids.entries()) update.run(index, id);
  })();
  return listJurors(db);
}
