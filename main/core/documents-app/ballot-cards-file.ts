/**
 * Saving the audience ballot cards: checks that every card is a real ballot
 * of this event with its own token and code (only digests are stored, so
 * only the answer of `audience.createBallots` can print), renders the PDF
 * (documents/ballot-cards.ts) in the PDF worker like every other document
 * (300 cards must not hold the main process, which drives the projector's
 * timer), asks where to save, opens it.
 */
import { writeFileSync } from 'node:fs';
import type { Locale } from '../../../common/domain';
import { getBallot, isBallotCardToken, isBallotCode } from '../audience/ballots';
import type { AppContext } from '../context/app-context';
import type { BallotCard } from '../documents/ballot-cards';
// Module by module, not the engine's index: the main process must not load pdfkit (only the worker renders).
import { type DocumentErrorDetail, isDocumentError } from '../documents/errors';
import { runDocumentJob } from '../documents/run-document-job';
import { DomainError } from '../errors';
import { readEventInfo } from '../event/event-info';
import { repositoryFontDir } from './runtime';

export function ballotCardsInput(
  ctx: AppContext,
  ballots: readonly { ballotId: number; token: string; code: string }[],
  address: string | null,
): { eventName: string; cards: BallotCard[] } {
  const { db } = ctx.requireEventFile();
  if (!address) throw new DomainError('lan.notRunning');
  const cards = ballots.map(({ ballotId, token, code }) => {
    const ballot = getBallot(db, ballotId);
    if (!ballot || !isBallotCardToken(db, ballotId, token) || !isBallotCode(db, ballotId, code)) {
      throw new DomainError('audience.cardsStale');
    }
    return { number: ballot.number, code, address, url: `${address}#/ballot/${token}` };
  });
  return { eventName: readEventInfo(db).name, cards };
}

/** Writes the cards PDF; null when the chair cancels the "save" dialog. */
export async function saveBallotCardsPdf(
  ctx: AppContext,
  input: { ballots: readonly { ballotId: number; token: string; code: string }[]; locale: Locale },
  address: string | null,
): Promise<{ path: string } | null> {
  const content = ballotCardsInput(ctx, input.ballots, address);
  const platform = ctx.options.platform;
  const runtime = platform.pdfRuntime?.();
  const bytes = await runDocumentJob(
    {
      input: { kind: 'ballotCards', ...content, locale: input.locale },
      options: { fontDir: runtime?.fontDir ?? repositoryFontDir() },
    },
    runtime?.workerUrl ? { workerUrl: runtime.workerUrl } : {},
  ).catch((error: unknown) => {
    throw isDocumentError(error) ? refusalOf(error.detail) : error;
  });
  const suggested = input.locale === 'fr' ? 'bulletins-prix-du-public.pdf' : 'audience-ballots.pdf';
  const path = await platform.pickPdfDestination?.(suggested);
  if (!path) return null;
  writeFileSync(path, bytes);
  await platform.openPdf?.(path);
  return { path };
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
