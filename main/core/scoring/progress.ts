/**
 * Who has submitted what, for the chair: per team "3 of 5 jurors submitted"
 * and who is missing. Reads only sheet statuses, never scores, so it can be
 * shown anywhere (control room, results page) without revealing a mark.
 */
import type { Db } from '../db/open';
import { roundExpr } from '../db/round-column';
import { IdRow, oneOfOrNull, rowShape, selectAll } from '../db/rows';
import { panelJurorsByTeam, readPanels } from './panels';
import { listRecusals } from './recusals';
import { currentTeamId, teamsInRunningOrder } from './team-order';

export interface TeamProgress {
  teamId: number;
  /** Jurors of the team's room (every juror when it is in none) not recused for this team. */
  expected: number;
  submitted: number;
  /** Expected jurors without a submitted sheet, in panel order. */
  missingJurorIds: number[];
  /** Among the missing: those who have started a draft. */
  draftJurorIds: number[];
  /** In panel order. */
  recusedJurorIds: number[];
}

export interface ScoringProgress {
  /** In running order. */
  teams: TeamProgress[];
  /** The team on stage, else the one that pitched last (null before the first pitch). */
  currentTeamId: number | null;
  /** Submitted sheets over expected sheets, all teams. */
  submittedTotal: number;
  expectedTotal: number;
}

export function readProgress(db: Db): ScoringProgress {
  return db.transaction(() => {
    const jurorIds = selectAll(db, IdRow, 'SELECT id FROM juror ORDER BY position, id').map((r) => r.id);
    // This laptop scores the first round; a later round's sheets come from its room (rooms/merge.ts).
    const round = roundExpr(db, 'score_event');
    const rows = selectAll(
      db,
      rowShape({ jurorId: 'num', teamId: 'num', lastStatus: oneOfOrNull(['submit', 'reopen']) }),
      `SELECT juror_id AS jurorId, team_id AS teamId,
           (SELECT kind FROM score_event l
             WHERE ${round} = 1 AND l.juror_id = s.juror_id AND l.team_id = s.team_id
               AND l.kind IN ('submit', 'reopen')
             ORDER BY l.seq DESC LIMIT 1) AS lastStatus
           FROM score_event s WHERE ${round} = 1 GROUP BY juror_id, team_id`,
    );
    const status = new Map<string, 'draft' | 'submitted'>();
    for (const r of rows)
      status.set(`${r.jurorId}:${r.teamId}`, r.lastStatus === 'submit' ? 'submitted' : 'draft');
    const recused = new Set(listRecusals(db).map((r) => `${r.jurorId}:${r.teamId}`));
    // With rooms, a team's expected jurors are its room's jury: the same pairs as the main ranking's.
    const panels = panelJurorsByTeam(readPanels(db));

    let submittedTotal = 0;
    let expectedTotal = 0;
    const teams = teamsInRunningOrder(db).map(({ teamId }): TeamProgress => {
      const progress: TeamProgress = {
        teamId,
        expected: 0,
        submitted: 0,
        missingJurorIds: [],
        draftJurorIds: [],
        recusedJurorIds: [],
      };
      const panel = panels.get(teamId);
      for (const jurorId of jurorIds) {
        if (panel && !panel.has(jurorId)) continue;
        const key = `${jurorId}:${teamId}`;
        if (recused.has(key)) {
          progress.recusedJurorIds.push(jurorId);
          continue;
        }
        progress.expected += 1;
        const sheet = status.get(key);
        if (sheet === 'submitted') progress.submitted += 1;
        else {
          progress.missingJurorIds.push(jurorId);
          if (sheet === 'draft') progress.draftJurorIds.push(jurorId);
        }
      }
      submittedTotal += progress.submitted;
      expectedTotal += progress.expected;
      return progress;
    });
    return { teams, currentTeamId: currentTeamId(db), submittedTotal, expectedTotal };
  })();
}
