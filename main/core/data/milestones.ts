/**
 * The milestones other areas report, turned into backups: results locked, and
 * a team that has just received its last expected score sheet. Never throws:
 * a backup problem must not fail a submission or a lock (it shows on the Data
 * page instead). One per app context, built with it (main/core/api/core.ts).
 */
import type { AppContext } from '../context/app-context';
import type { Db } from '../db/open';
import { readProgress } from '../scoring/progress';
import type { BackupService } from './backup-service';

/** Teams whose every expected (non-recused) juror has submitted. */
export function completeTeams(db: Db): Set<number> {
  return new Set(
    readProgress(db)
      .teams.filter((t) => t.expected > 0 && t.submitted >= t.expected)
      .map((t) => t.teamId),
  );
}

export class Milestones {
  /** The complete teams of the file last looked at: a team counts once per file. */
  private known: { path: string; teams: Set<number> } | null = null;

  constructor(
    private readonly ctx: AppContext,
    private readonly backups: BackupService,
  ) {}

  /** After sheets were submitted: a 'team-scored' backup when a team is newly complete. */
  afterSheetsSubmitted(): void {
    const session = this.ctx.eventFile;
    if (!session) return;
    try {
      const now = completeTeams(session.db);
      const previous = this.known?.path === session.path ? this.known.teams : new Set<number>();
      this.known = { path: session.path, teams: now };
      if ([...now].some((teamId) => !previous.has(teamId))) void this.backups.milestone('team-scored');
    } catch (error) {
      console.warn('[pitch-jury] team-scored backup check failed:', error);
    }
  }

  /** After the results were locked: a 'results-locked' backup. */
  afterResultsLocked(): void {
    void this.backups.milestone('results-locked');
  }
}
