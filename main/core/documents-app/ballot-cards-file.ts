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
import { DomainError } from '../errors';
import { readEventInfo } from '../event/event-info';
import { renderCardsInWorker } from './cards-in-worker';

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
  const bytes = await renderCardsInWorker(ctx, { kind: 'ballotCards', ...content, locale: input.locale });
  const suggested = input.locale === 'fr' ? 'bulletins-prix-du-public.pdf' : 'audience-ballots.pdf';
  const path = await platform.pickPdfDestination?.(suggested);
  if (!path) return null;
  writeFileSync(path, bytes);
  await platform.openPdf?.(path);
  return { path };
}
