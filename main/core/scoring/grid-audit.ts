/**
 * Finds a stored score that is not an exact point of its criterion's grid
 * (common/score-grid.ts). The app never writes one; a file from elsewhere (an
 * event JSON export edited by hand, or written before the grid rule) may hold
 * one, and such a hidden fraction can split a tie: opening it is refused with
 * the entry to fix, rather than silently rounding a hashed entry.
 */
import { isGridPoint } from '../../../common/score-grid';
import type { Db } from '../db/open';
import { rowShape, selectAll } from '../db/rows';

export function firstOffGridScore(
  db: Db,
): { seq: number; criterionId: number; value: number; step: number } | null {
  const criteria = new Map(
    selectAll(
      db,
      rowShape({ id: 'num', min: 'num', max: 'num', step: 'num' }),
      'SELECT id, min, max, step FROM criterion',
    ).map((c) => [c.id, c]),
  );
  const rows = selectAll(
    db,
    rowShape({ seq: 'num', criterionId: 'num', value: 'num' }),
    "SELECT seq, criterion_id AS criterionId, value FROM score_event WHERE kind = 'score' AND value IS NOT NULL ORDER BY seq",
  );
  for (const row of rows) {
    const criterion = criteria.get(row.criterionId);
    if (criterion && !isGridPoint(row.value, criterion)) return { ...row, step: criterion.step };
  }
  return null;
}
