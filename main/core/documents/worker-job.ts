/**
 * What the PDF worker renders: the documents page's kinds (DocumentInput,
 * spelt as the contract's document kinds) and the cards printed from their
 * own pages (the audience ballot cards, printed from the audience page right
 * after the ballots are created). The cards are no document kind of the
 * contract (no button on the documents page, no CLI `--kind`), yet they render
 * off the main process like every other PDF.
 */
import type { BallotCardsInput } from './ballot-cards';
import type { DocumentJob } from './types';

export type BallotCardsJobInput = BallotCardsInput & { kind: 'ballotCards' };

/** A job for the worker: a document of the documents page, or a sheet of cards. */
export interface WorkerJob extends Omit<DocumentJob, 'input'> {
  input: DocumentJob['input'] | BallotCardsJobInput;
}
