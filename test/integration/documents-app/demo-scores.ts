/**
 * The demo event (main/core/event/demo.ts) taken as far as the documents
 * need: a session start, a recusal, every sheet scored and submitted, podium
 * and special awards, the results locked by the chair. Plain core calls over
 * an open file, so the CLI test and previews can use it outside vitest.
 */
import type { Db } from '../../../main/core/db/open';
import { listCriteria } from '../../../main/core/event/criteria';
import { DEMO_TEAMS } from '../../../main/core/event/demo-data';
import { listJurors } from '../../../main/core/event/jurors';
import { listTeams } from '../../../main/core/event/teams';
import { setSessionStart } from '../../../main/core/pitch-day';
import { addPodiumAwards, createAward } from '../../../main/core/results/awards';
import { lockResults, readLockCheck } from '../../../main/core/results/lock-ops';
import { setRecusal } from '../../../main/core/scoring/recusals';
import { CHAIR_ACTOR, saveSheetDraft, submitSheet } from '../../../main/core/scoring/sheet-ops';

/** Every member name of the demo, as typed in demo-data.ts. */
export const DEMO_MEMBER_NAMES = DEMO_TEAMS.flatMap((t) => t.members.map((m) => m.name));

/** 14:00 Tahiti time on the demo's day (UTC−10). */
export const DEMO_START_MS = Date.UTC(2026, 10, 28, 0, 0);

/**
 * Scores every non-recused sheet with distinct, deterministic values (steps of
 * 0.5), recuses the third juror from the second team, adds the podium and a
 * special award, and locks the results in the name of the jury's president.
 */
export function scoreAndLock(db: Db, at = '2026-11-27T05:30:00.000Z'): { chair: string } {
  setSessionStart(db, DEMO_START_MS);
  const teams = listTeams(db);
  const jurors = listJurors(db);
  const criteria = listCriteria(db);
  const recusedJuror = jurors[2];
  const recusedTeam = teams[1];
  if (!recusedJuror || !recusedTeam) throw new Error('demo event changed');
  setRecusal(
    db,
    { jurorId: recusedJuror.id, teamId: recusedTeam.id, reason: 'Ancienne associée de la fondatrice' },
    CHAIR_ACTOR,
    at,
  );
  teams.forEach((team, t) => {
    jurors.forEach((juror, j) => {
      if (juror.id === recusedJuror.id && team.id === recusedTeam.id) return;
      const scores = criteria.map((c, k) => ({
        criterionId: c.id,
        value: Math.min(c.max, ((t * 7 + j * 3 + k * 5) % 17) / 2 + 1.5),
      }));
      const owner = { jurorId: juror.id, teamId: team.id, actor: CHAIR_ACTOR };
      saveSheetDraft(db, owner, { scores }, at);
      submitSheet(db, owner, null, at);
    });
  });
  addPodiumAwards(db);
  const special = teams[5];
  if (!special) throw new Error('demo event changed');
  createAward(db, 'special', { name: 'Coup de cœur du jury', podiumRank: null, teamId: special.id });
  const chair = jurors[0]?.name ?? '';
  lockResults(db, chair, at, readLockCheck(db).missing);
  return { chair };
}
