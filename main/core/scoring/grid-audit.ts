/**
 * Finds a stored score that is not an exact point of its criterion's grid
 * (common/score-grid.ts). The app never writes one; a file from elsewhere (an
 * event JSON export edited by hand, or written before the grid rule) may hold
 * one, and such a hidden fraction can split a tie: opening it is refused with
 * the entry to fix, rather than silently rounding a hashed entry.
 */
import { isGridPoint } from '../../../common/score-grid';
import type { Db } from '../db/open';

export function firstOffGridScore(
  db: Db,
): { seq: number; criterionId: number; value: number; step: number } | null {
  const criteria = new Map(
    (
      db.prepare('SELECT id, min, max, step FROM criterion').all() as {
        id: number;
        min: number;
        max: number;
        step: number;
      }[]
    ).map((c) => [c.id, c]),
  );
  const rows = db
    .prepare(
      "SELECT seq, criterion_id AS criterionId, value FROM score_event WHERE kind = 'score' AND value IS NOT NULL ORDER BY seq",
    )
    .all() as { seq: number; criterionId: number; value: number }[];
  for (const row of rows) {
    const criterion = criteria.get(row.criterionId);
    if (criterion && !isGridPoint(row.value, criterion)) return { ...row, step: criterion.step };
  }
  return null;
}
