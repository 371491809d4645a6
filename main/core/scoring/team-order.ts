/**
 * The one place scoring reads the running order (owned by main/core/pitch-day):
 * the juror form lists teams in running order with the team on stage first,
 * and the progress shows the team that just pitched.
 */
import type { TeamStatus } from '../../../common/order';
import type { Db } from '../db/open';
import { readOrder, readStageTimes } from '../pitch-day';

export interface OrderedTeam {
  teamId: number;
  status: TeamStatus;
}

/** Every team of the event in running order (teams never placed come last, in setup order). */
export function teamsInRunningOrder(db: Db): OrderedTeam[] {
  return readOrder(db).map((e) => ({ teamId: e.teamId, status: e.status }));
}

/** The same list with the team on stage moved to the top. */
export function teamsForJurors(db: Db): OrderedTeam[] {
  const order = teamsInRunningOrder(db);
  return [...order.filter((t) => t.status === 'on_stage'), ...order.filter((t) => t.status !== 'on_stage')];
}

/**
 * The team the control room cares about for scoring: the one on stage, else
 * the one whose turn ended last (it just pitched; jurors are scoring it now).
 */
export function currentTeamId(db: Db): number | null {
  const order = teamsInRunningOrder(db);
  const onStage = order.find((t) => t.status === 'on_stage');
  if (onStage) return onStage.teamId;
  const known = new Set(order.map((t) => t.teamId));
  const ended = readStageTimes(db)
    .filter((s) => s.endedAt !== null && known.has(s.teamId))
    .sort((a, b) => (b.endedAt ?? 0) - (a.endedAt ?? 0));
  return ended[0]?.teamId ?? null;
}
