/**
 * An audience voting at once, for the bench (300 ballots within 60 s) and a
 * count-bounded test (a few dozen, no pacing): each ballot's phone connects
 * with its card's token, reads its page and votes; some change their mind
 * once, some cards are scanned on two phones that vote at the same moment.
 * Then `checkVotes` compares what the phones were told with the event file.
 * Not a test file itself.
 */

import { readAudience } from '../../../main/core/audience/voting';
import type { Db } from '../../../main/core/db/open';
import { NetClient } from '../lan/net-client';

export interface VoteLoadSetup {
  url: string;
  ballots: { ballotId: number; token: string }[];
  teamIds: number[];
}

export interface VoteLoadOptions {
  /** Phones arrive spread over this many ms (0: all at once). Pacing only: nothing waits on it for a result. */
  spreadMs: number;
  seed: number;
  /** One ballot in `changeEvery` votes twice (changes its mind). */
  changeEvery: number;
  /** One ballot in `twinEvery` is scanned on two phones that vote at the same time. */
  twinEvery: number;
}

export interface VoteLoadReport {
  /** Vote acknowledgement latencies (send → result), ms. */
  ackMs: number[];
  /** What each ballot was last told its vote is. */
  acked: Map<number, number>;
  errors: string[];
  connections: number;
}

/** A small deterministic generator (mulberry32): the same seed, the same room. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function runVoteLoad(setup: VoteLoadSetup, options: VoteLoadOptions): Promise<VoteLoadReport> {
  const rand = random(options.seed);
  const report: VoteLoadReport = { ackMs: [], acked: new Map(), errors: [], connections: 0 };
  const clients: NetClient[] = [];
  const pick = () => setup.teamIds[Math.floor(rand() * setup.teamIds.length)] as number;
  const timed = async (client: NetClient, teamId: number) => {
    const start = performance.now();
    const result = await client.call('vote.cast', { teamId });
    report.ackMs.push(performance.now() - start);
    if (!result.ok) report.errors.push(`${result.error.code}: ${result.error.message}`);
    return result.ok ? ((result.value as { teamId: number }).teamId ?? null) : null;
  };
  const phones = setup.ballots.map(async (ballot, index) => {
    const arrival = options.spreadMs > 0 ? rand() * options.spreadMs : 0;
    const first = pick();
    const second = pick();
    const twin = index % options.twinEvery === 0;
    const change = index % options.changeEvery === 1;
    await sleep(arrival);
    try {
      const phone = await NetClient.connect(setup.url, ballot.token);
      clients.push(phone);
      report.connections += 1;
      const page = await phone.call('vote.get', {});
      if (!page.ok) report.errors.push(page.error.code);
      if (twin) {
        const other = await NetClient.connect(setup.url, ballot.token);
        clients.push(other);
        report.connections += 1;
        // Both phones vote for the same team at the same moment: it must count once.
        const [a, b] = await Promise.all([timed(phone, first), timed(other, first)]);
        if (a !== null && b !== null) report.acked.set(ballot.ballotId, first);
      } else {
        const told = await timed(phone, first);
        if (told !== null) report.acked.set(ballot.ballotId, told);
      }
      if (change) {
        await sleep(options.spreadMs > 0 ? 200 + rand() * 800 : 0);
        const told = await timed(phone, second);
        if (told !== null) report.acked.set(ballot.ballotId, told);
      }
    } catch (error) {
      report.errors.push(String(error));
    }
  });
  await Promise.all(phones);
  await Promise.all(clients.map((c) => c.close()));
  return report;
}

/**
 * lost: ballots whose acknowledged vote is not the one the event file counts;
 * doubleCounted: votes counted beyond one per ballot (the tally's total minus
 * the ballots counted) plus votes appended twice in a row for the same team
 * by one ballot (a resend or a twin that was not recognised as the same vote).
 */
export function checkVotes(
  db: Db,
  acked: ReadonlyMap<number, number>,
): { lost: number; doubleCounted: number } {
  const rows = db
    .prepare(
      "SELECT ballot_id AS ballotId, team_id AS teamId FROM audience_event WHERE kind = 'vote' ORDER BY seq",
    )
    .all() as { ballotId: number; teamId: number }[];
  const last = new Map<number, number>();
  let repeated = 0;
  for (const row of rows) {
    if (last.get(row.ballotId) === row.teamId) repeated += 1;
    last.set(row.ballotId, row.teamId);
  }
  let lost = 0;
  for (const [ballotId, teamId] of acked) if (last.get(ballotId) !== teamId) lost += 1;
  const { counts, tally } = readAudience(db);
  const counted = tally.reduce((n, t) => n + t.votes, 0);
  return { lost, doubleCounted: counted - counts.used + repeated };
}
