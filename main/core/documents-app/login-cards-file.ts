/**
 * Saving the juror login cards: the PDF (documents/login-cards.ts, rendered
 * in the PDF worker like every other document), the "save as" dialog, the
 * file, the system viewer. The local network provides the cards' content
 * (lan/service.ts), the documents layer the paper.
 */
import { writeFileSync } from 'node:fs';
import type { Locale } from '../../../common/domain';
import type { AppContext } from '../context/app-context';
import type { LoginCard } from '../documents/login-cards';
import { renderCardsInWorker } from './cards-in-worker';

/** Writes the cards PDF; null when the chair cancels the "save" dialog. */
export async function saveLoginCardsPdf(
  ctx: AppContext,
  input: { eventName: string; locale: Locale; cards: LoginCard[] },
): Promise<{ path: string } | null> {
  const platform = ctx.options.platform;
  const bytes = await renderCardsInWorker(ctx, { kind: 'loginCards', ...input });
  const suggested = input.locale === 'fr' ? 'cartes-connexion-jury.pdf' : 'jury-login-cards.pdf';
  const path = await platform.pickPdfDestination?.(suggested);
  if (!path) return null;
  writeFileSync(path, bytes);
  await platform.openPdf?.(path);
  return { path };
}
