/**
 * Audience ballots: printed cards, each with a 128-bit QR token and a short
 * typed code (ballot-secrets.ts). Only digests are stored, so the secrets
 * exist only in the answer to the call that created them (and on the PDF the
 * chair prints from it).
 */
import type { Db } from '../db/open';
import { DomainError } from '../errors';
import { isTokenShaped, newToken, tokenDigest } from '../lan/secrets';
import { ballotCodeDigest, formatBallotCode, newBallotCode, normalizeBallotCode } from './ballot-secrets';
import { appendAudienceEvent } from './log';

/** A print run larger than any venue holds is a typo. */
export const MAX_BALLOTS_PER_RUN = 2000;

export interface IssuedBallot {
  ballotId: number;
  number: number;
  token: string;
  /** As printed: "XXXXX-XXXXX". */
  code: string;
}

export interface Ballot {
  ballotId: number;
  number: number;
}

/** `count` new ballots, numbered after the last; recorded in the vote log as one 'ballots' event. */
export function createBallots(db: Db, count: number, atUtc: string): IssuedBallot[] {
  if (!Number.isInteger(count) || count < 1 || count > MAX_BALLOTS_PER_RUN) {
    throw new DomainError('audience.ballotCount', { max: MAX_BALLOTS_PER_RUN });
  }
  return db
    .transaction(() => {
      const state = db.prepare('SELECT state FROM audience_state WHERE id = 1').get() as { state: string };
      if (state.state === 'final') throw new DomainError('audience.votingFinal');
      const last = db.prepare('SELECT coalesce(MAX(number), 0) AS n FROM audience_ballot').get() as {
        n: number;
      };
      const insert = db.prepare(
        'INSERT INTO audience_ballot (number, token_sha256, code_sha256, created_at_utc) VALUES (?, ?, ?, ?)',
      );
      const codeTaken = db.prepare('SELECT 1 FROM audience_ballot WHERE code_sha256 = ?');
      const issued: IssuedBallot[] = [];
      for (let i = 1; i <= count; i++) {
        const token = newToken();
        let code = newBallotCode();
        // 2⁵⁰ codes: a collision is all but impossible; retried anyway.
        while (codeTaken.get(ballotCodeDigest(code))) code = newBallotCode();
        const number = last.n + i;
        const { lastInsertRowid } = insert.run(number, tokenDigest(token), ballotCodeDigest(code), atUtc);
        issued.push({ ballotId: Number(lastInsertRowid), number, token, code: formatBallotCode(code) });
      }
      appendAudienceEvent(db, {
        kind: 'ballots',
        ballotId: null,
        teamId: null,
        value: count,
        actor: 'chair',
        atUtc,
        reason: null,
      });
      return issued;
    })
    .immediate();
}

/** The ballot of a card token, or of a token handed out after its code was typed; null otherwise. */
export function ballotForToken(db: Db, token: string): Ballot | null {
  if (!isTokenShaped(token)) return null;
  const digest = tokenDigest(token);
  const row = db
    .prepare(
      `SELECT id AS ballotId, number FROM audience_ballot WHERE token_sha256 = ?
       UNION ALL
       SELECT b.id, b.number FROM audience_ballot_token t JOIN audience_ballot b ON b.id = t.ballot_id
        WHERE t.token_sha256 = ?`,
    )
    .get(digest, digest) as Ballot | undefined;
  return row ?? null;
}

/** True when `token` is this ballot's printed QR token (not one handed out after a typed code). */
export function isBallotCardToken(db: Db, ballotId: number, token: string): boolean {
  if (!isTokenShaped(token)) return false;
  return (
    db
      .prepare('SELECT 1 FROM audience_ballot WHERE id = ? AND token_sha256 = ?')
      .get(ballotId, tokenDigest(token)) !== undefined
  );
}

/** A further token for a ballot whose short code was typed correctly. */
export function addBallotToken(db: Db, ballotId: number, atUtc: string): string {
  const token = newToken();
  db.prepare(
    'INSERT INTO audience_ballot_token (token_sha256, ballot_id, created_at_utc) VALUES (?, ?, ?)',
  ).run(tokenDigest(token), ballotId, atUtc);
  return token;
}

/** The ballot a typed code names, or null (malformed or unknown). */
export function ballotForCode(db: Db, typed: string): Ballot | null {
  const code = normalizeBallotCode(typed);
  if (code === null) return null;
  const row = db
    .prepare('SELECT id AS ballotId, number FROM audience_ballot WHERE code_sha256 = ?')
    .get(ballotCodeDigest(code)) as Ballot | undefined;
  return row ?? null;
}

export function getBallot(db: Db, ballotId: number): Ballot | null {
  const row = db.prepare('SELECT id AS ballotId, number FROM audience_ballot WHERE id = ?').get(ballotId) as
    | Ballot
    | undefined;
  return row ?? null;
}

/** True when `code` (as printed) is this ballot's short code. */
export function isBallotCode(db: Db, ballotId: number, code: string): boolean {
  return ballotForCode(db, code)?.ballotId === ballotId;
}

export function recordWrongCode(db: Db): void {
  db.prepare('UPDATE audience_state SET wrong_codes = wrong_codes + 1 WHERE id = 1').run();
}
