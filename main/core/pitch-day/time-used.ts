/**
 * What each team actually used on stage, for the results (overtime penalties,
 * the "time used" column). Read from the phase records the timer writes when a
 * phase ends (next phase, next team).
 */
import type { Db } from '../db/open';
import { oneOf, rowShape, selectAll } from '../db/rows';

export interface TimeUsed {
  teamId: number;
  /** Time the pitch clock actually ran (pauses excluded). */
  pitchUsedMs: number;
  /** max(0, used − allowed) of the pitch, the chair's adjustments included in "allowed". */
  pitchOvertimeMs: number;
  /** Time the Q&A clock ran; 0 when the team had no Q&A. */
  qaUsedMs: number;
}

const RecordRow = rowShape({
  team_id: 'num',
  phase: oneOf(['pitch', 'qa']),
  used_ms: 'num',
  overtime_ms: 'num',
});

/**
 * One line per team that has at least one ended phase, by team id. When a
 * team went on stage twice (called again after a technical failure), the
 * latest run of each phase counts: it is the one the jury judged. A phase still
 * in progress is not included until it ends.
 */
export function readTimeUsed(db: Db): TimeUsed[] {
  const rows = selectAll(
    db,
    RecordRow,
    `SELECT team_id, phase, used_ms, overtime_ms FROM phase_record p
        WHERE id = (SELECT MAX(id) FROM phase_record q WHERE q.team_id = p.team_id AND q.phase = p.phase)
        ORDER BY team_id`,
  );
  const byTeam = new Map<number, TimeUsed>();
  for (const row of rows) {
    const entry = byTeam.get(row.team_id) ?? {
      teamId: row.team_id,
      pitchUsedMs: 0,
      pitchOvertimeMs: 0,
      qaUsedMs: 0,
    };
    if (row.phase === 'pitch') {
      entry.pitchUsedMs = row.used_ms;
      entry.pitchOvertimeMs = row.overtime_ms;
    } else {
      entry.qaUsedMs = row.used_ms;
    }
    byTeam.set(row.team_id, entry);
  }
  return [...byTeam.values()];
}
