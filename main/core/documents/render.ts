/**
 * One entry point for every document kind: validate, check every printed
 * character against the fonts, then draw. Runs on whatever thread calls it;
 * the app and the CLI go through `runDocumentJob`, which calls it in a worker.
 */
import { type ProgressHook, renderCertificates } from './certificates';
import { assertPrintable } from './glyph-check';
import { assertFinalizable, renderResultsSheet } from './results-sheet';
import { renderRunningOrder } from './running-order';
import { renderScoringForms } from './scoring-forms';
import type { DocumentInput, RenderOptions } from './types';

export type { ProgressHook };

export async function renderDocument(
  input: DocumentInput,
  options: RenderOptions,
  onProgress?: ProgressHook,
  /** Asked between certificates: true stops the batch (the document is closed, DocumentError 'documents.cancelled'). */
  shouldStop?: () => boolean,
): Promise<Uint8Array> {
  if (input.kind === 'results') assertFinalizable(input);
  assertPrintable(input, options.fontDir);
  let bytes: Uint8Array;
  switch (input.kind) {
    case 'certificates':
      return renderCertificates(input, options, onProgress, shouldStop);
    case 'results':
      bytes = await renderResultsSheet(input, options);
      break;
    case 'forms':
      bytes = await renderScoringForms(input, options);
      break;
    case 'order':
      bytes = await renderRunningOrder(input, options);
      break;
  }
  // Single-document kinds report one step, so a progress bar still completes.
  onProgress?.(1, 1);
  return bytes;
}
