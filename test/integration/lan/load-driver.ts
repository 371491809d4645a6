/**
 * The load on the local server, shared by the load test and the bench:
 * juror phones scoring while viewer screens watch the clock, over real
 * WebSockets on 127.0.0.1. It stops by itself. The test bounds it by count
 * (so many submits per phone, so many clock reads per screen, then it waits
 * for all of them, whatever the machine's speed); the bench by a duration
 * (benches may pace by the clock). Not a test file itself.
 *
 * A juror phone cycles through its teams: draft (first criterion), submit
 * (all criteria), and once every team is submitted, reopen and score again.
 * Every write carries an idempotency key. Some writes are cut off right after
 * sending (Wi-Fi drop): the phone reconnects and resends with the same key.
 * It re-reads its form when told the scores changed, like the real form.
 *
 * A viewer screen has its own clock, minutes off the laptop's; it estimates
 * the offset from pings (renderer/src/net/clock-sync.ts) and samples its
 * error against the laptop's true clock (same machine: Date.now()).
 */
import { performance } from 'node:perf_hooks';
import type { CallResult } from '../../../common/contract';
import type { Db } from '../../../main/core/db/open';
import { readAllSheets, readScoreLog } from '../../../main/core/scoring/score-store';
import { ClockSync } from '../../../renderer/src/net/clock-sync';
import { NetClient } from './net-client';

export interface LoadCriterion {
  id: number;
  max: number;
  step: number;
}

export interface LoadSetup {
  url: string;
  jurors: { jurorId: number; token: string }[];
  viewers: string[];
  teamIds: number[];
  criteria: LoadCriterion[];
}

/** When the load ends. */
export type LoadBound =
  /** The test: every phone makes exactly this many submits, every screen this many clock reads; no deadline. */
  | { submitsPerJuror: number; readsPerViewer: number }
  /** The bench: phones and screens go on until the duration is over (phones stop early at the cap). */
  | { durationMs: number; maxSubmitsPerJuror: number };

export interface LoadOptions {
  bound: LoadBound;
  /** Share of writes cut off right after sending. */
  dropRate: number;
  /** Pause between a phone's writes (min, max). */
  thinkMs: [number, number];
  seed: number;
  /**
   * Awaited after each acknowledged submit, before the phone goes on (the
   * test's chair toggles the clock every so many submits: pushes tied to the
   * load's progress, not to the clock).
   */
  onSubmitAcked?: () => void | Promise<void>;
}

/** What each phone was told was recorded: the count of acknowledged submits and the last scores, per sheet. */
export interface AckedSheet {
  jurorId: number;
  teamId: number;
  submits: number;
  lastScores: Record<number, number>;
}

export interface LoadReport {
  ackLatenciesMs: number[];
  acked: AckedSheet[];
  retries: number;
  errors: string[];
  formReads: number;
  viewerErrorsMs: number[];
  /** Samples whose error exceeded half the best round trip (+2 ms of clock resolution): must be none. */
  viewerBoundViolations: number;
  viewerPushes: number;
  jurorsWithAcks: number;
}

const HANDLE = 'network.00000000';

function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A write whose connection closes before its answer is resent (same key) at most this many times. */
const MAX_RESENDS = 5;
/** The bench's guard on one answer; the test has none (a closed connection ends the wait instead). */
const BENCH_ANSWER_GUARD_MS = 15_000;

/** Whether the phones and screens should go on: by count for the test, by clock for the bench. */
interface Progress {
  submitsLeft(done: number): boolean;
  readsLeft(done: number): boolean;
}

function progressFor(bound: LoadBound): Progress {
  if ('submitsPerJuror' in bound) {
    return {
      submitsLeft: (done) => done < bound.submitsPerJuror,
      readsLeft: (done) => done < bound.readsPerViewer,
    };
  }
  const deadline = performance.now() + bound.durationMs;
  return {
    submitsLeft: (done) => performance.now() < deadline && done < bound.maxSubmitsPerJuror,
    readsLeft: () => performance.now() < deadline,
  };
}

export async function runLoad(setup: LoadSetup, options: LoadOptions): Promise<LoadReport> {
  const report: LoadReport = {
    ackLatenciesMs: [],
    acked: [],
    retries: 0,
    errors: [],
    formReads: 0,
    viewerErrorsMs: [],
    viewerBoundViolations: 0,
    viewerPushes: 0,
    jurorsWithAcks: 0,
  };
  const progress = progressFor(options.bound);
  // Every screen is connected before the first phone writes: each push the load causes reaches all of them.
  const screens = await Promise.all(
    setup.viewers.map((token, i) => connectViewer(setup.url, token, options.seed + 1000 + i)),
  );
  let jurorsDone!: () => void;
  const allJurorsDone = new Promise<void>((resolve) => {
    jurorsDone = resolve;
  });
  const viewers = screens.map((screen) => runViewer(screen, progress, allJurorsDone, report));
  const jurors = setup.jurors.map((juror, i) =>
    runJuror(setup, juror, progress, options, options.seed + i, report),
  );
  await Promise.all(jurors);
  jurorsDone();
  await Promise.all(viewers);
  return report;
}

async function runJuror(
  setup: LoadSetup,
  juror: { jurorId: number; token: string },
  progress: Progress,
  options: LoadOptions,
  seed: number,
  report: LoadReport,
): Promise<void> {
  const random = seeded(seed);
  const bench = 'durationMs' in options.bound;
  let client = await NetClient.connect(setup.url, juror.token);
  let formRead: Promise<void> | null = null;
  let formReads = 0;
  let formReadDone: () => void = () => {};
  const followForm = (c: NetClient) =>
    c.onEvent((name, payload) => {
      if (name !== 'event.changed' || formRead) return;
      if (!(payload as { scopes: string[] }).scopes.includes('scores')) return;
      formRead = c.callOrClosed('scoring.form', { token: HANDLE }).then((r) => {
        formRead = null;
        // Cut off with its connection (a Wi-Fi drop): the next push asks again.
        if (r === null) return;
        formReads += 1;
        report.formReads += 1;
        if (!r.ok) report.errors.push(`form: ${r.error.code}`);
        formReadDone();
      });
    });
  followForm(client);
  const sheets = new Map<number, AckedSheet>();
  const submitted = new Set<number>();
  let keySeq = 0;
  let acks = 0;

  /** One write, resent with the same key over a new connection when cut off. */
  const write = async (name: string, input: Record<string, unknown>): Promise<CallResult<unknown>> => {
    const key = `j${juror.jurorId}-${seed}-${(keySeq++).toString(36).padStart(8, '0')}`;
    for (let attempt = 0; ; attempt++) {
      if (!client.open) {
        client = await NetClient.connect(setup.url, juror.token);
        followForm(client);
      }
      if (attempt === 0 && random() < options.dropRate) {
        client.send(name, input, key);
        client.drop();
        report.retries += 1;
        await sleep(20 + random() * 150);
        continue;
      }
      const started = performance.now();
      const answer = client.callOrClosed(name, input, key);
      let guard: NodeJS.Timeout | undefined;
      const result = bench
        ? await Promise.race([
            answer,
            new Promise<'late'>((resolve) => {
              guard = setTimeout(() => resolve('late'), BENCH_ANSWER_GUARD_MS);
            }),
          ])
        : await answer;
      clearTimeout(guard);
      if (result === 'late') {
        report.errors.push(`${name}: no answer within ${BENCH_ANSWER_GUARD_MS / 1000} s`);
        return { ok: false, error: { code: 'timeout', message: 'timeout' } };
      }
      if (result === null) {
        // The connection closed under the call (not one of our drops): resend with the same key, a bounded number of times.
        if (attempt >= MAX_RESENDS) {
          report.errors.push(`${name}: connection closed ${attempt + 1} times before an answer`);
          return { ok: false, error: { code: 'closed', message: 'closed' } };
        }
        report.retries += 1;
        continue;
      }
      if (attempt === 0) report.ackLatenciesMs.push(performance.now() - started);
      if (!result.ok) report.errors.push(`${name}: ${result.error.code}`);
      return result;
    }
  };

  const scoresFor = (all: boolean) =>
    setup.criteria.slice(0, all ? setup.criteria.length : 1).map((c) => ({
      criterionId: c.id,
      value: Math.round((random() * c.max) / c.step) * c.step,
    }));

  let teamIndex = Math.floor(random() * setup.teamIds.length);
  let submits = 0;
  while (progress.submitsLeft(submits)) {
    const teamId = setup.teamIds[teamIndex % setup.teamIds.length] as number;
    teamIndex += 1;
    if (submitted.has(teamId)) {
      const reopened = await write('scoring.reopen', { token: HANDLE, teamId, reason: 'Je corrige ma note' });
      if (!reopened.ok) break;
      submitted.delete(teamId);
    }
    const draft = await write('scoring.saveDraft', { token: HANDLE, teamId, scores: scoresFor(false) });
    if (!draft.ok) break;
    await sleep(options.thinkMs[0] + random() * (options.thinkMs[1] - options.thinkMs[0]));
    // A cycle that started always ends with its submit: every sheet's last acknowledged write is a submit.
    const scores = scoresFor(true);
    const result = await write('scoring.submit', {
      token: HANDLE,
      teamId,
      scores,
      comment: 'Pitch clair, équipe solide',
    });
    if (!result.ok) break;
    submitted.add(teamId);
    submits += 1;
    acks += 1;
    const sheet = sheets.get(teamId) ?? { jurorId: juror.jurorId, teamId, submits: 0, lastScores: {} };
    sheet.submits += 1;
    sheet.lastScores = Object.fromEntries(scores.map((s) => [s.criterionId, s.value]));
    sheets.set(teamId, sheet);
    await options.onSubmitAcked?.();
    await sleep(options.thinkMs[0] + random() * (options.thinkMs[1] - options.thinkMs[0]));
  }
  report.acked.push(...sheets.values());
  if (acks > 0) report.jurorsWithAcks += 1;
  if (!bench && acks > 0 && formReads === 0) {
    // Its own submits are pushed to the phone (merged over a short window): it leaves once its form was re-read,
    // so the test's form-read check waits for the push instead of racing it.
    await new Promise<void>((resolve) => {
      formReadDone = resolve;
    });
  }
  await formRead;
  await client.close();
}

interface Screen {
  client: NetClient;
  clock: () => number;
  random: () => number;
}

async function connectViewer(url: string, token: string, seed: number): Promise<Screen> {
  const random = seeded(seed);
  // This screen's clock is up to ten minutes off the laptop's.
  const skewMs = (random() - 0.5) * 20 * 60_000;
  const clock = () => Date.now() + skewMs;
  return { client: await NetClient.connect(url, token, { clock }), clock, random };
}

/**
 * A screen: the bridge's start-up burst of pings, then one read of the clock
 * a second or so while the bound allows; then it stays until every phone is
 * done (the pushes the phones' submits cause still reach it) and reads the
 * clock once more before leaving: a pong comes after every push sent before
 * it on the same connection.
 */
async function runViewer(screen: Screen, progress: Progress, jurorsDone: Promise<void>, report: LoadReport) {
  const { client, clock, random } = screen;
  const sync = new ClockSync();
  client.onEvent((name, payload) => {
    if (name === 'timer.changed') report.viewerPushes += 1;
    // The display re-reads what it shows when told so, like the real page.
    if (name === 'event.changed' && (payload as { scopes: string[] }).scopes.includes('display')) {
      void client.call('display.get', {});
    }
  });
  // The bridge's start-up burst, then one ping a second.
  for (let i = 0; i < 6; i++) {
    sync.add(await client.ping());
    await sleep(30);
  }
  const read = async () => {
    sync.add(await client.ping());
    const best = sync.best();
    if (best) {
      // The laptop's clock is Date.now() (same machine): compare the screen's idea of it with the truth.
      const error = Math.abs(clock() + best.offsetMs - Date.now());
      report.viewerErrorsMs.push(error);
      // Millisecond clocks are read on both machines: allow 2 ms of resolution on top of half the round trip.
      if (error > best.roundTripMs / 2 + 2) report.viewerBoundViolations += 1;
    }
  };
  for (let reads = 0; progress.readsLeft(reads); reads++) {
    await read();
    await sleep(800 + random() * 400);
  }
  await jurorsDone;
  await read();
  await client.close();
}

/**
 * Compares what the phones were told with what the event file holds.
 * Lost: acknowledged submits or score values missing from the file.
 * Duplicated: submits recorded more often than acknowledged.
 */
export function checkRecorded(db: Db, acked: readonly AckedSheet[]): { lost: number; duplicates: number } {
  const key = (jurorId: number, teamId: number) => `${jurorId}:${teamId}`;
  const submits = new Map<string, number>();
  for (const event of readScoreLog(db)) {
    if (event.kind === 'submit')
      submits.set(key(event.jurorId, event.teamId), (submits.get(key(event.jurorId, event.teamId)) ?? 0) + 1);
  }
  const sheets = new Map(readAllSheets(db).map((s) => [key(s.jurorId, s.teamId), s]));
  let lost = 0;
  let duplicates = 0;
  const seen = new Set<string>();
  for (const sheet of acked) {
    const k = key(sheet.jurorId, sheet.teamId);
    seen.add(k);
    const recorded = submits.get(k) ?? 0;
    lost += Math.max(0, sheet.submits - recorded);
    duplicates += Math.max(0, recorded - sheet.submits);
    const stored = sheets.get(k);
    if (stored?.status !== 'submitted') lost += 1;
    for (const [criterionId, value] of Object.entries(sheet.lastScores)) {
      if (stored?.scores[Number(criterionId)] !== value) lost += 1;
    }
  }
  for (const [k, count] of submits) if (!seen.has(k)) duplicates += count;
  return { lost, duplicates };
}
