/** A demo event as it stands at the end of the day, through the real scoring and results calls. */
import { lockResults, readLockCheck } from '../../../main/core/results/lock-ops';
import { setRecusal } from '../../../main/core/scoring/recusals';
import { CHAIR_ACTOR, submitSheet } from '../../../main/core/scoring/sheet-ops';
import { dataApp } from './data-app';

/** Every sheet submitted (one juror recused from one team); results locked unless `lock` is false. */
export async function scoredEvent(options: { lock?: boolean } = {}) {
  const app = await dataApp({ demo: true });
  const db = app.ctx.requireEventFile().db;
  const ids = (table: string) =>
    (db.prepare(`SELECT id FROM ${table} ORDER BY id`).all() as { id: number }[]).map((r) => r.id);
  const [jurors, teams, criteria] = [ids('juror'), ids('team'), ids('criterion')];
  setRecusal(
    db,
    { jurorId: jurors[0] as number, teamId: teams[1] as number, reason: 'Ancien associé' },
    CHAIR_ACTOR,
    '2026-09-30T08:00:00.000Z',
  );
  teams.forEach((teamId, t) => {
    jurors.forEach((jurorId, j) => {
      if (t === 1 && j === 0) return;
      const scores = criteria.map((criterionId, c) => ({
        criterionId,
        value: ((t * 7 + j * 3 + c * 5) % 21) / 2,
      }));
      submitSheet(
        db,
        { jurorId, teamId, actor: CHAIR_ACTOR },
        { scores, comment: `Fiche ${t}-${j} « ok »` },
        `2026-09-30T09:${String(t).padStart(2, '0')}:0${j}.000Z`,
      );
    });
  });
  if (options.lock ?? true)
    lockResults(db, 'Présidente du jury', '2026-09-30T18:00:00.000Z', readLockCheck(db).missing);
  return { app, db };
}
