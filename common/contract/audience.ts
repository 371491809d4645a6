import { z } from 'zod';
import { LAN_TOKEN_PATTERN } from './lan-protocol';
import { empty, id, locale, text } from './schemas';

/**
 * The audience vote (prix du public): the chair's calls (over IPC only) and
 * the two calls of a ballot's phone (`vote.get`, `vote.cast`, over the local
 * network only: the ballot is the login's, never the input's;
 * main/core/lan/roles/ballot). The audience's standings are never in any
 * answer before voting closed for good.
 */

export const VOTING_STATES = ['closed', 'open', 'final'] as const;
const votingState = z.enum(VOTING_STATES);
/** The printed short code, "XXXXX-XXXXX" (Crockford base32). */
const BALLOT_CODE_PATTERN = /^[0-9A-Z]{5}-[0-9A-Z]{5}$/;

const counts = z
  .object({ printed: z.number().int(), used: z.number().int(), voided: z.number().int() })
  .strict();
const tallyRow = z.object({ teamId: id, name: z.string(), votes: z.number().int() }).strict();
const combinedRow = z
  .object({
    teamId: id,
    name: z.string(),
    jury: z.number().nullable(),
    votes: z.number().int(),
    audiencePoints: z.number(),
    combined: z.number().nullable(),
    rank: z.number().int().nullable(),
  })
  .strict();

const audienceStatus = z
  .object({
    state: votingState,
    weight: z.number().nullable(),
    /** The weight can no longer change (voting was opened). */
    weightFrozen: z.boolean(),
    onProjector: z.boolean(),
    showCount: z.boolean(),
    revealed: z.boolean(),
    wrongCodes: z.number().int(),
    counts,
    ballots: z.array(
      z.object({ ballotId: id, number: z.number().int(), voided: z.boolean(), voted: z.boolean() }).strict(),
    ),
    /** Only once voting closed for good (final): never standings while people vote. */
    tally: z.array(tallyRow).nullable(),
    /** With a weight, once final: the jury's ranking combined with the audience's. */
    combined: z.array(combinedRow).nullable(),
    /** The voting page's address (the local network's), with its QR code; null while the network is off. */
    votingUrl: z.string().nullable(),
    votingQrSvg: z.string().nullable(),
  })
  .strict();

const issuedBallot = z
  .object({
    ballotId: id,
    number: z.number().int(),
    token: z.string(),
    code: z.string(),
    /** The QR code's address: the voting page with the token. */
    url: z.string(),
  })
  .strict();

const cardBallot = z
  .object({
    ballotId: id,
    token: z.string().regex(LAN_TOKEN_PATTERN),
    code: z.string().regex(BALLOT_CODE_PATTERN),
  })
  .strict();

const ballotPage = z
  .object({
    eventName: z.string(),
    number: z.number().int(),
    state: votingState,
    voided: z.boolean(),
    teamId: id.nullable(),
    teams: z.array(z.object({ id, name: z.string(), projectTitle: z.string() }).strict()),
  })
  .strict();

/** What the projector (and viewer screens) may show: the QR code and, if the chair wants, the count. */
const audienceDisplay = z
  .object({
    onProjector: z.boolean(),
    state: votingState,
    votingUrl: z.string().nullable(),
    votingQrSvg: z.string().nullable(),
    /** Votes cast (ballots whose vote counts), only when the chair chose to show it. */
    votesCast: z.number().int().nullable(),
    /** The audience prize, once the ceremony revealed it. */
    winners: z
      .array(z.object({ id, name: z.string(), projectTitle: z.string(), votes: z.number().int() }).strict())
      .nullable(),
  })
  .strict();

export const audienceCalls = {
  'audience.status': { input: empty, output: audienceStatus },
  /** New ballots (the local network must be on: their QR codes hold its address). Tokens and codes are shown once. */
  'audience.createBallots': {
    input: z.object({ count: z.number().int().min(1).max(2000) }).strict(),
    output: z.object({ ballots: z.array(issuedBallot) }).strict(),
  },
  'audience.setVoting': { input: z.object({ state: votingState }).strict(), output: audienceStatus },
  /** Declared before voting first opens; refused after. null: the audience prize stays separate. */
  'audience.setWeight': {
    input: z.object({ weight: z.number().gt(0).lt(1).nullable() }).strict(),
    output: audienceStatus,
  },
  'audience.voidBallot': {
    input: z.object({ ballotId: id, reason: text(200) }).strict(),
    output: audienceStatus,
  },
  'audience.setProjector': {
    input: z.object({ onProjector: z.boolean(), showCount: z.boolean() }).strict(),
    output: audienceStatus,
  },
  /** The ceremony reveals the audience prize (only after the final close). */
  'audience.reveal': { input: z.object({ revealed: z.boolean() }).strict(), output: audienceStatus },
  'audience.display': { input: empty, output: audienceDisplay },
  /** The ballot cards PDF for ballots just created (checked against their digests). */
  'audience.saveBallotCards': {
    input: z.object({ ballots: z.array(cardBallot).min(1).max(2000), locale }).strict(),
    output: z.object({ path: z.string() }).strict().nullable(),
  },
  // A ballot's phone (network only).
  'vote.get': { input: empty, output: ballotPage },
  'vote.cast': { input: z.object({ teamId: id }).strict(), output: ballotPage },
} as const;

export type AudienceStatus = z.infer<typeof audienceStatus>;
export type IssuedBallotView = z.infer<typeof issuedBallot>;
export type BallotPage = z.infer<typeof ballotPage>;
export type AudienceDisplay = z.infer<typeof audienceDisplay>;
export type VotingState = z.infer<typeof votingState>;
