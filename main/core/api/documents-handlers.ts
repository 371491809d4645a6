import { copyFile } from 'node:fs/promises';
import type { DocumentJobView } from '../../../common/contract/documents';
import type { Locale } from '../../../common/domain';
import { translate } from '../../../common/i18n';
import type { AppContext } from '../context/app-context';
import type { HandlerMap } from '../context/handler-types';
import type { DocumentJobs, JobRecord } from '../documents-app/job-registry';
import { prepareDocument, readDocumentsOverview } from '../documents-app/prepare';
import {
  createSignatory,
  deleteSignatory,
  listSignatories,
  reorderSignatories,
  updateSignatory,
} from '../documents-app/signatories';
import { verifyIssuedCode } from '../documents-app/verification-store';
import { DomainError } from '../errors';

type DocumentsCall =
  | 'documents.overview'
  | 'documents.jobs'
  | 'documents.generate'
  | 'documents.cancel'
  | 'documents.save'
  | 'documents.open'
  | 'documents.print'
  | 'documents.verify'
  | 'signatories.list'
  | 'signatories.create'
  | 'signatories.update'
  | 'signatories.delete'
  | 'signatories.reorder';

export function toJobView(job: JobRecord, locale: Locale): DocumentJobView {
  const failure = job.failure?.(locale) ?? null;
  return {
    id: job.id,
    kind: job.request.kind,
    which: job.request.which,
    draft: job.request.draft,
    state: job.state,
    done: job.done,
    total: job.total,
    fileName: job.fileName,
    path: job.path,
    error: failure && {
      code: failure.code,
      message: translate(locale, failure.code, failure.params),
      details: failure.details,
    },
    startedAt: job.startedAt,
    finishedAt: job.finishedAt,
  };
}

export function documentsHandlers(
  ctx: AppContext,
  services: { jobs: DocumentJobs },
): HandlerMap<DocumentsCall> {
  const { jobs } = services;
  const db = () => ctx.requireEventFile().db;
  const eventPath = () => ctx.requireEventFile().path;
  const view = (job: JobRecord) => toJobView(job, ctx.uiLocale);
  const signatories = <T>(fn: () => T): T => {
    const result = fn();
    ctx.changed(['documents']);
    return result;
  };
  /** Hands a finished PDF to the host (viewer, printer); refuses clearly where the host cannot. */
  const useHost = async (
    jobId: string,
    action: ((path: string) => Promise<boolean>) | undefined,
    failure: string,
  ) => {
    const path = jobs.finishedPath(jobId, eventPath());
    if (!action || !(await action(path))) throw new DomainError(failure);
    return { path };
  };

  return {
    'documents.overview': () => readDocumentsOverview(db()),
    'documents.jobs': () => jobs.list(eventPath()).map(view),
    'documents.generate': (request) => {
      const session = ctx.requireEventFile();
      if (jobs.running()) throw new DomainError('documents.busy');
      const prepared = prepareDocument(session.db, request, { now: new Date() });
      const job = jobs.start(prepared, session);
      ctx.changed(['documents']);
      return view(job);
    },
    'documents.cancel': ({ jobId }) => view(jobs.cancel(jobId, eventPath())),
    'documents.save': async ({ jobId }) => {
      const job = jobs.get(jobId, eventPath());
      const source = jobs.finishedPath(jobId, eventPath());
      const pick = ctx.options.platform.pickPdfDestination;
      if (!pick) throw new DomainError('documents.cannotSave');
      const destination = await pick.call(ctx.options.platform, job.fileName);
      if (!destination) return null;
      await copyFile(source, destination);
      return { path: destination };
    },
    'documents.open': ({ jobId }) =>
      useHost(jobId, ctx.options.platform.openPdf?.bind(ctx.options.platform), 'documents.cannotOpen'),
    'documents.print': ({ jobId }) =>
      useHost(jobId, ctx.options.platform.printPdf?.bind(ctx.options.platform), 'documents.cannotPrint'),
    'documents.verify': ({ code }) => verifyIssuedCode(db(), code),

    'signatories.list': () => listSignatories(db()),
    'signatories.create': (draft) => signatories(() => createSignatory(db(), draft)),
    'signatories.update': ({ id, ...draft }) => signatories(() => updateSignatory(db(), id, draft)),
    'signatories.delete': ({ id }) => signatories(() => deleteSignatory(db(), id)),
    'signatories.reorder': ({ ids }) => signatories(() => reorderSignatories(db(), ids)),
  };
}
