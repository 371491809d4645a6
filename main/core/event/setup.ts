import type { EventSetup } from '../../../common/domain';
import type { Db } from '../db/open';
import { listCriteria } from './criteria';
import { readEventInfo, readTimerDefaults } from './event-info';
import { listJurors } from './jurors';
import { listTeams } from './teams';

/** One consistent snapshot of the setup (read inside one transaction). */
export function readSetup(db: Db): EventSetup {
  return db.transaction(() => ({
    event: readEventInfo(db),
    teams: listTeams(db),
    jurors: listJurors(db),
    criteria: listCriteria(db),
    timer: readTimerDefaults(db),
  }))();
}
