/**
 * The milestones other areas report, turned into backups: results locked, and
 * a team that has just received its last expected score sheet. Each hook
 * returns the value it is given, so a handler wraps its answer in one call,
 * and never throws: a backup problem must not fail a submission or a lock
 * (it shows on the Data page instead).
 */
import type { AppContext } from '../api/context';
import type { Db } from '../db/open';
import { readProgress } from '../scoring/progress';
import { backupMilestone } from './backup-service';

/** Teams whose every expected (non-recused) juror has submitted. */
export function completeTeams(db: Db): Set<number> {
  return new Set(
    readProgress(db)
      .teams.filter((t) => t.expected > 0 && t.submitted >= t.expected)
      .map((t) => t.teamId),
  );
}

const known = new WeakMap<AppContext, { path: string; teams: Set<number> }>();

/** After sheets were submitted: a 'team-scored' backup when a team is newly complete. */
export function afterSheetsSubmitted<T>(ctx: AppContext, value: T): T {
  const session = ctx.session;
  if (!session) return value;
  try {
    const now = completeTeams(session.db);
    const before = known.get(ctx);
    const previous = before?.path === session.path ? before.teams : new Set<number>();
    known.set(ctx, { path: session.path, teams: now });
    if ([...now].some((teamId) => !previous.has(teamId))) void backupMilestone(ctx, 'team-scored');
  } catch (error) {
    console.warn('[pitch-jury] team-scored backup check failed:', error);
  }
  return value;
}

/** After the results were locked: a 'results-locked' backup. */
export function afterResultsLocked<T>(ctx: AppContext, value: T): T {
  void backupMilestone(ctx, 'results-locked');
  return value;
}
