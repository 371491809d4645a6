import { type Db, openDatabase } from '../../main/core/db/open';
import { createCriterion } from '../../main/core/event/criteria';
import { initEvent } from '../../main/core/event/event-info';
import { createJuror } from '../../main/core/event/jurors';
import { createTeam } from '../../main/core/event/teams';
import { CHAIR_ACTOR, submitSheet } from '../../main/core/scoring/sheet-ops';

/**
 * A large event with every sheet submitted (teams of 4 members with Tahitian
 * names, equal-weight 0–10 criteria, deterministic scores), for benchmarks of
 * backups and other whole-file work. The file is left with synchronous=FULL;
 * building it runs without fsync because the build is not what is measured.
 */
export function buildLargeScoredEvent(
  path: string,
  size: { teams: number; jurors: number; criteria: number },
): Db {
  const db = openDatabase(path);
  db.pragma('synchronous = OFF');
  db.transaction(() => {
    initEvent(db, `Bench ${size.teams} équipes`, 'fr');
    for (let t = 0; t < size.teams; t++) {
      createTeam(db, {
        name: `Équipe ${t} Vaʻa`,
        projectTitle: `Projet ${t}`,
        members: Array.from({ length: 4 }, (_, m) => ({ name: `Tāmaʻa Teriʻi ${t}-${m}`, email: null })),
      });
    }
    for (let j = 0; j < size.jurors; j++) createJuror(db, { name: `Juré ${j}`, title: 'Jury' });
    for (let c = 0; c < size.criteria; c++) {
      createCriterion(db, {
        name: `Critère ${c}`,
        description: '',
        weight: 10,
        min: 0,
        max: 10,
        step: 0.5,
        levels: [],
      });
    }
    const ids = (table: string) =>
      (db.prepare(`SELECT id FROM ${table}`).all() as { id: number }[]).map((r) => r.id);
    const criteria = ids('criterion');
    for (const teamId of ids('team')) {
      for (const jurorId of ids('juror')) {
        const scores = criteria.map((criterionId, c) => ({
          criterionId,
          value: ((teamId + jurorId + c) % 21) / 2,
        }));
        submitSheet(db, { jurorId, teamId, actor: CHAIR_ACTOR }, { scores }, '2026-09-30T10:00:00.000Z');
      }
    }
  })();
  db.pragma('synchronous = FULL');
  return db;
}
