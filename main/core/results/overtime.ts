/**
 * Pitch overtime per team, for the penalty declared in advance. Read through
 * the running-order core's readTimeUsed (the phase records the timer writes
 * when a phase ends); a team that has not finished its pitch has no overtime.
 */
import type { Db } from '../db/open';
import { readTimeUsed } from '../pitch-day';
import type { TeamOvertime } from '../ranking/types';

export function readOvertime(db: Db): TeamOvertime[] {
  return readTimeUsed(db).map((t) => ({ teamId: t.teamId, overtimeMs: t.pitchOvertimeMs }));
}
