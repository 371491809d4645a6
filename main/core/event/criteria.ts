import type { CriterionDraft } from '../../../common/contract/setup';
import type { Criterion, CriterionLevel } from '../../../common/domain';
import type { Db } from '../db/open';
import { IdRow, rowShape, selectAll } from '../db/rows';
import { DomainError } from '../errors';
import { assertSetupEditable } from '../lock/lock-state';
import { assertSameIds } from './reorder';
import { nextPosition } from './teams';
import { normaliseName, throwIfIssues, validateCriterionDraft } from './validate';

const CriterionRow = rowShape({
  id: 'num',
  name: 'text',
  description: 'text',
  weight: 'num',
  min: 'num',
  max: 'num',
  step: 'num',
  position: 'num',
});
const LevelRow = rowShape({ criterion_id: 'num', value: 'num', label: 'text' });

export function listCriteria(db: Db): Criterion[] {
  const rows = selectAll(db, CriterionRow, 'SELECT * FROM criterion ORDER BY position, id');
  const levels = selectAll(
    db,
    LevelRow,
    'SELECT criterion_id, value, label FROM criterion_level ORDER BY criterion_id, value',
  );
  const byCriterion = new Map<number, CriterionLevel[]>();
  for (const l of levels) {
    const list = byCriterion.get(l.criterion_id) ?? [];
    list.push({ value: l.value, label: l.label });
    byCriterion.set(l.criterion_id, list);
  }
  return rows.map((r) => ({ ...r, levels: byCriterion.get(r.id) ?? [] }));
}

export function getCriterion(db: Db, id: number): Criterion {
  const found = listCriteria(db).find((c) => c.id === id);
  if (!found) throw new DomainError('error.notFound');
  return found;
}

export function createCriterion(db: Db, draft: CriterionDraft): Criterion {
  assertSetupEditable(db);
  throwIfIssues(validateCriterionDraft(draft));
  return db.transaction(() => {
    const { lastInsertRowid } = db
      .prepare(
        'INSERT INTO criterion (name, description, weight, min, max, step, position) VALUES (?, ?, ?, ?, ?, ?, ?)',
      )
      .run(
        normaliseName(draft.name),
        draft.description.trim(),
        draft.weight,
        draft.min,
        draft.max,
        draft.step,
        nextPosition(db, 'criterion'),
      );
    writeLevels(db, Number(lastInsertRowid), draft.levels);
    return getCriterion(db, Number(lastInsertRowid));
  })();
}

export function updateCriterion(db: Db, id: number, draft: CriterionDraft): Criterion {
  assertSetupEditable(db);
  getCriterion(db, id);
  throwIfIssues(validateCriterionDraft(draft));
  return db.transaction(() => {
    db.prepare(
      'UPDATE criterion SET name = ?, description = ?, weight = ?, min = ?, max = ?, step = ? WHERE id = ?',
    ).run(
      normaliseName(draft.name),
      draft.description.trim(),
      draft.weight,
      draft.min,
      draft.max,
      draft.step,
      id,
    );
    db.prepare('DELETE FROM criterion_level WHERE criterion_id = ?').run(id);
    writeLevels(db, id, draft.levels);
    return getCriterion(db, id);
  })();
}

export function deleteCriterion(db: Db, id: number): void {
  assertSetupEditable(db);
  const { changes } = db.prepare('DELETE FROM criterion WHERE id = ?').run(id);
  if (changes === 0) throw new DomainError('error.notFound');
}

export function reorderCriteria(db: Db, ids: readonly number[]): Criterion[] {
  db.transaction(() => {
    assertSetupEditable(db);
    assertSameIds(
      selectAll(db, IdRow, 'SELECT id FROM criterion').map((r) => r.id),
      ids,
    );
    const update = db.prepare('UPDATE criterion SET position = ? WHERE id = ?');
    for (const [index, id] of ids.entries()) update.run(index, id);
  })();
  return listCriteria(db);
}

function writeLevels(db: Db, criterionId: number, levels: readonly CriterionLevel[]): void {
  const insert = db.prepare(
    'INSERT OR REPLACE INTO criterion_level (criterion_id, value, label) VALUES (?, ?, ?)',
  );
  for (const level of levels) insert.run(criterionId, level.value, level.label.trim());
}
