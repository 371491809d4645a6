/**
 * The composition root of the core: one app context, the services that live
 * as long as it does, the handler list and the dispatcher. The Electron main
 * process, the E2E harness, the CLI-less tests and the benches all build the
 * core here, so every service has exactly one owner and one lifetime.
 */
import { join } from 'node:path';
import type { AppContext } from '../context/app-context';
import { BackupService } from '../data/backup-service';
import { Milestones } from '../data/milestones';
import { DocumentJobs } from '../documents-app/job-registry';
import { repositoryFontDir } from '../documents-app/runtime';
import { LanService, type LanServiceOptions } from '../lan/service';
import { roomPushAnswer } from '../rooms/push/accept';
import { JurorSheets } from '../scoring/juror-sheets';
import { audienceHandlers } from './audience-handlers';
import { createDispatcher, type Dispatch } from './dispatch';
import { createHandlers } from './handlers';
import { resultsHandlers } from './results-handlers';
import type { CoreServices } from './services';
import { sessionHandlers } from './session-handlers';

export interface Core {
  ctx: AppContext;
  services: CoreServices;
  dispatch: Dispatch;
}

export function createCore(
  ctx: AppContext,
  options: {
    lan?: LanServiceOptions;
    /**
     * Check every answer against its output schema and every announcement
     * against its call's declared invalidates (tests, development builds; never production).
     */
    checkOutputs?: boolean;
  } = {},
): Core {
  const checks = { outputs: options.checkOutputs ?? false, scopes: options.checkOutputs ?? false };
  const backups = new BackupService(ctx);
  const milestones = new Milestones(ctx, backups);
  const sheets = new JurorSheets({
    db: () => ctx.requireEventFile().db,
    changed: (scopes) => ctx.changed(scopes),
    afterSubmitted: () => milestones.afterSheetsSubmitted(),
  });
  const jobs = new DocumentJobs({
    runtime: () => ({
      fontDir: repositoryFontDir(),
      ...ctx.options.platform.pdfRuntime?.(),
      outputDir: join(ctx.options.dataDir, 'documents'),
    }),
    onProgress: (jobId, done, total) => ctx.emit('documents.progress', { jobId, done, total }),
    onSettled: () => ctx.changed(['documents']),
  });
  const session = sessionHandlers(ctx);
  const lan: LanService = new LanService(
    ctx,
    {
      run: (handlers, name, input) =>
        createDispatcher(ctx, handlers, checks)(name, input, { trustedSender: true }),
      reads: {
        'timer.get': session['timer.get'],
        'display.get': session['display.get'],
        'ceremony.get': resultsHandlers(ctx, { milestones })['ceremony.get'],
        // The projector's audience screen needs the LAN service (the voting page's address): `lan` is built just here.
        'audience.display': (input) => audienceHandlers(ctx, { lan })['audience.display'](input),
      },
      sheets,
      roomPush: (db, principal, text, locale) => roomPushAnswer(db, principal, text, locale),
    },
    options.lan,
  );
  const services: CoreServices = { backups, milestones, sheets, jobs, lan };
  return { ctx, services, dispatch: createDispatcher(ctx, createHandlers(ctx, services), checks) };
}
