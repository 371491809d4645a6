/**
 * The audience vote's rules, in one place: who may vote when, a vote changed
 * until voting closes, a ballot voided by the chair, the weight declared
 * before voting opens, and the tally derived from the log.
 *
 * Every write is one IMMEDIATE transaction, so two writes of the same ballot
 * (the same card scanned on two phones, a resend) are serialised: the second
 * sees the first. A vote equal to the ballot's current vote appends nothing,
 * and the tally counts a ballot's LAST vote only: a ballot counts at most once
 * whatever it sends.
 */
import type { Db } from '../db/open';
import { DomainError } from '../errors';
import { getBallot } from './ballots';
import { type AudienceEvent, appendAudienceEvent, readAudienceLog } from './log';

export type VotingState = 'closed' | 'open' | 'final';

export interface AudienceSettings {
  state: VotingState;
  /** The audience's share of a combined ranking, 0 < w < 1; null: the audience prize stays separate. */
  weight: number | null;
  /** Voting was opened at least once: the weight can no longer change. */
  everOpened: boolean;
  /** The projector may show the number of votes cast (never who leads). */
  showCount: boolean;
  /**
   * The chair's last tick of "show on the projector", as stored. What the
   * projector shows is the display mode `audience` (api/audience-handlers.ts
   * reads that), so the control room's buttons and blackout stay in step.
   */
  onProjector: boolean;
  /** The ceremony revealed the audience prize. */
  revealed: boolean;
  wrongCodes: number;
}

export function readAudienceSettings(db: Db): AudienceSettings {
  const r = db.prepare('SELECT * FROM audience_state WHERE id = 1').get() as {
    state: VotingState;
    weight: number | null;
    ever_opened: number;
    show_count: number;
    on_projector: number;
    revealed: number;
    wrong_codes: number;
  };
  return {
    state: r.state,
    weight: r.weight,
    everOpened: r.ever_opened === 1,
    showCount: r.show_count === 1,
    onProjector: r.on_projector === 1,
    revealed: r.revealed === 1,
    wrongCodes: r.wrong_codes,
  };
}

const CHAIR = 'chair';

/**
 * closed → open → closed (a pause) → open …; closed or open → final (for good:
 * the tally is frozen and can be read). Asking for the current state changes nothing.
 */
export function setVotingState(db: Db, next: VotingState, atUtc: string): AudienceSettings {
  return db
    .transaction(() => {
      const { state } = readAudienceSettings(db);
      if (state === next) return readAudienceSettings(db);
      if (state === 'final') throw new DomainError('audience.votingFinal');
      db.prepare('UPDATE audience_state SET state = ?, ever_opened = max(ever_opened, ?) WHERE id = 1').run(
        next,
        next === 'open' ? 1 : 0,
      );
      const kind = next === 'open' ? 'open' : next === 'final' ? 'final' : 'close';
      appendAudienceEvent(db, {
        kind,
        ballotId: null,
        teamId: null,
        value: null,
        actor: CHAIR,
        atUtc,
        reason: null,
      });
      return readAudienceSettings(db);
    })
    .immediate();
}

/** Declared before voting first opens, never after (so nobody picks the weight that suits a result). */
export function setAudienceWeight(db: Db, weight: number | null, atUtc: string): AudienceSettings {
  if (weight !== null && !(Number.isFinite(weight) && weight > 0 && weight < 1)) {
    throw new DomainError('audience.weightRange');
  }
  return db
    .transaction(() => {
      const settings = readAudienceSettings(db);
      if (settings.everOpened) throw new DomainError('audience.weightFrozen');
      if (settings.weight === weight) return settings;
      db.prepare('UPDATE audience_state SET weight = ? WHERE id = 1').run(weight);
      appendAudienceEvent(db, {
        kind: 'weight',
        ballotId: null,
        teamId: null,
        value: weight,
        actor: CHAIR,
        atUtc,
        reason: null,
      });
      return readAudienceSettings(db);
    })
    .immediate();
}

export function setProjectorOptions(db: Db, options: { onProjector: boolean; showCount: boolean }): void {
  db.prepare('UPDATE audience_state SET on_projector = ?, show_count = ? WHERE id = 1').run(
    options.onProjector ? 1 : 0,
    options.showCount ? 1 : 0,
  );
}

/** The ceremony's reveal of the audience prize: only after voting closed for good. */
export function revealAudiencePrize(db: Db, revealed: boolean): void {
  if (revealed && readAudienceSettings(db).state !== 'final') throw new DomainError('audience.notFinal');
  db.prepare('UPDATE audience_state SET revealed = ? WHERE id = 1').run(revealed ? 1 : 0);
}

function isVoided(db: Db, ballotId: number): boolean {
  return (
    db.prepare("SELECT 1 FROM audience_event WHERE ballot_id = ? AND kind = 'void' LIMIT 1").get(ballotId) !==
    undefined
  );
}

function currentVote(db: Db, ballotId: number): number | null {
  const row = db
    .prepare(
      "SELECT team_id FROM audience_event WHERE ballot_id = ? AND kind = 'vote' ORDER BY seq DESC LIMIT 1",
    )
    .get(ballotId) as { team_id: number } | undefined;
  return row?.team_id ?? null;
}

export interface CastResult {
  teamId: number;
  /** False when the ballot already voted for this team (a resend, a double tap): nothing was appended. */
  changed: boolean;
}

export function castVote(db: Db, ballotId: number, teamId: number, atUtc: string): CastResult {
  return db
    .transaction((): CastResult => {
      const { state } = readAudienceSettings(db);
      if (state !== 'open')
        throw new DomainError(state === 'final' ? 'audience.votingFinal' : 'audience.votingClosed');
      const ballot = getBallot(db, ballotId);
      if (!ballot) throw new DomainError('lan.forbidden');
      if (isVoided(db, ballotId)) throw new DomainError('audience.ballotVoided');
      if (!db.prepare('SELECT 1 FROM team WHERE id = ?').get(teamId))
        throw new DomainError('audience.unknownTeam');
      if (currentVote(db, ballotId) === teamId) return { teamId, changed: false };
      appendAudienceEvent(db, {
        kind: 'vote',
        ballotId,
        teamId,
        value: null,
        actor: `ballot:${ballot.number}`,
        atUtc,
        reason: null,
      });
      return { teamId, changed: true };
    })
    .immediate();
}

/** The chair voids a ballot (lost, sold, photographed…): its vote no longer counts and it can vote no more. */
export function voidBallot(db: Db, ballotId: number, reason: string, atUtc: string): void {
  db.transaction(() => {
    if (readAudienceSettings(db).state === 'final') throw new DomainError('audience.votingFinal');
    if (!getBallot(db, ballotId)) throw new DomainError('error.notFound');
    if (isVoided(db, ballotId)) throw new DomainError('audience.alreadyVoided');
    appendAudienceEvent(db, {
      kind: 'void',
      ballotId,
      teamId: null,
      value: null,
      actor: CHAIR,
      atUtc,
      reason: reason.normalize('NFC').trim() || null,
    });
  }).immediate();
}

export interface BallotView {
  number: number;
  state: VotingState;
  voided: boolean;
  /** The ballot's current vote, null before it voted. */
  teamId: number | null;
}

export function readBallotView(db: Db, ballotId: number): BallotView {
  const ballot = getBallot(db, ballotId);
  if (!ballot) throw new DomainError('lan.forbidden');
  return {
    number: ballot.number,
    state: readAudienceSettings(db).state,
    voided: isVoided(db, ballotId),
    teamId: currentVote(db, ballotId),
  };
}

export interface AudienceCounts {
  printed: number;
  /** Ballots whose vote counts: voted at least once and not voided. */
  used: number;
  voided: number;
}

export interface DerivedAudience {
  counts: AudienceCounts;
  /** Votes per team, every team of the event (0 included), most votes first then team id. */
  tally: { teamId: number; votes: number }[];
}

/**
 * The tally from the log (the one derive rule, also the verifier's): a
 * ballot's last vote counts, a voided ballot's not at all.
 */
export function deriveAudience(
  events: readonly Pick<AudienceEvent, 'kind' | 'ballotId' | 'teamId'>[],
  printed: number,
  teamIds: readonly number[],
): DerivedAudience {
  const last = new Map<number, number>();
  const voided = new Set<number>();
  for (const e of events) {
    if (e.ballotId === null) continue;
    if (e.kind === 'vote' && e.teamId !== null) last.set(e.ballotId, e.teamId);
    else if (e.kind === 'void') voided.add(e.ballotId);
  }
  const votes = new Map<number, number>(teamIds.map((id) => [id, 0]));
  let used = 0;
  for (const [ballotId, teamId] of last) {
    if (voided.has(ballotId)) continue;
    used += 1;
    votes.set(teamId, (votes.get(teamId) ?? 0) + 1);
  }
  const tally = [...votes].map(([teamId, n]) => ({ teamId, votes: n }));
  tally.sort((a, b) => b.votes - a.votes || a.teamId - b.teamId);
  return { counts: { printed, used, voided: voided.size }, tally };
}

export function readAudience(db: Db): DerivedAudience {
  const printed = (db.prepare('SELECT COUNT(*) AS n FROM audience_ballot').get() as { n: number }).n;
  const teamIds = (db.prepare('SELECT id FROM team ORDER BY position, id').all() as { id: number }[]).map(
    (t) => t.id,
  );
  return deriveAudience(readAudienceLog(db), printed, teamIds);
}

export function listBallots(db: Db): { ballotId: number; number: number; voided: boolean; voted: boolean }[] {
  return (
    db
      .prepare(
        `SELECT b.id AS ballotId, b.number,
                EXISTS (SELECT 1 FROM audience_event v WHERE v.ballot_id = b.id AND v.kind = 'void') AS voided,
                EXISTS (SELECT 1 FROM audience_event v WHERE v.ballot_id = b.id AND v.kind = 'vote') AS voted
           FROM audience_ballot b ORDER BY b.number`,
      )
      .all() as { ballotId: number; number: number; voided: number; voted: number }[]
  ).map((b) => ({ ...b, voided: b.voided === 1, voted: b.voted === 1 }));
}
