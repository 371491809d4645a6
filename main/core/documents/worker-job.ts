/**
 * What the PDF worker renders: the documents page's kinds (DocumentInput,
 * spelt as the contract's document kinds) and the cards printed from their
 * own pages (the audience ballot cards, printed from the audience page right
 * after the ballots are created; the juror login cards, from the network
 * page). The cards are no document kind of the
 * contract (no button on the documents page, no CLI `--kind`), yet they render
 * off the main process like every other PDF.
 */
import type { BallotCardsInput } from './ballot-cards';
import type { LoginCardsInput } from './login-cards';
import type { DocumentJob } from './types';

export type BallotCardsJobInput = BallotCardsInput & { kind: 'ballotCards' };
/** The juror login cards, printed from the network page. */
export type LoginCardsJobInput = LoginCardsInput & { kind: 'loginCards' };
export type CardsJobInput = BallotCardsJobInput | LoginCardsJobInput;

/** A job for the worker: a document of the documents page, or a sheet of cards. */
export interface WorkerJob extends Omit<DocumentJob, 'input'> {
  input: DocumentJob['input'] | CardsJobInput;
}
