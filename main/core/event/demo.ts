import type { Db } from '../db/open';
import { createCriterion } from './criteria';
import { DEMO_CRITERIA, DEMO_EVENT, DEMO_JURORS, DEMO_TEAMS } from './demo-data';
import { initEvent, updateEventInfo } from './event-info';
import { createJuror } from './jurors';
import { createTeam } from './teams';

/** Fills an empty event file with the demo hackathon, in one transaction. */
export function loadDemoEvent(db: Db): void {
  db.transaction(() => {
    initEvent(db, DEMO_EVENT.name, DEMO_EVENT.locale);
    updateEventInfo(db, DEMO_EVENT);
    for (const team of DEMO_TEAMS) createTeam(db, team);
    for (const juror of DEMO_JURORS) createJuror(db, juror);
    for (const criterion of DEMO_CRITERIA) createCriterion(db, criterion);
  })();
}
