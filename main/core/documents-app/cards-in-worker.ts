/**
 * A sheet of cards (audience ballots, juror logins) rendered in the PDF
 * worker like every other document: a few hundred cards must not hold the
 * main process, which drives the projector's timer. The engine's failure
 * comes back as the chair's refusal, in words.
 */

import type { AppContext } from '../context/app-context';
import type { DocumentErrorDetail } from '../documents/errors';
// Module by module, not the engine's index: the main process must not load pdfkit (only the worker renders).
import { isDocumentError } from '../documents/errors';
import { runDocumentJob } from '../documents/run-document-job';
import type { CardsJobInput } from '../documents/worker-job';
import { DomainError } from '../errors';
import { repositoryFontDir } from './runtime';

export async function renderCardsInWorker(ctx: AppContext, input: CardsJobInput): Promise<Uint8Array> {
  const runtime = ctx.options.platform.pdfRuntime?.();
  return runDocumentJob(
    { input, options: { fontDir: runtime?.fontDir ?? repositoryFontDir() } },
    runtime?.workerUrl ? { workerUrl: runtime.workerUrl } : {},
  ).catch((error: unknown) => {
    throw isDocumentError(error) ? refusalOf(error.detail) : error;
  });
}

/** The engine's failure as the chair's refusal: its code is a message key, its plain fields the message's params. */
function refusalOf(detail: DocumentErrorDetail): DomainError {
  const params = Object.fromEntries(
    Object.entries(detail).filter(
      (entry): entry is [string, string | number] =>
        entry[0] !== 'code' && (typeof entry[1] === 'string' || typeof entry[1] === 'number'),
    ),
  );
  return new DomainError(detail.code, params);
}
