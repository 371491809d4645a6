import type { BackupService } from '../data/backup-service';
import type { Milestones } from '../data/milestones';
import type { DocumentJobs } from '../documents-app/job-registry';
import type { LanService } from '../lan/service';
import type { JurorSheets } from '../scoring/juror-sheets';

/** The services that live as long as an app context, built once with it (core.ts) and handed to the handlers. */
export interface CoreServices {
  backups: BackupService;
  milestones: Milestones;
  /** Every juror-sheet write, from a window or a phone. */
  sheets: JurorSheets;
  jobs: DocumentJobs;
  lan: LanService;
}
