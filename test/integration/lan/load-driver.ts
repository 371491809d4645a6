/**
 * The load on the local server, shared by the load test (5 s) and the bench
 * (60 s): juror phones scoring while viewer screens watch the clock, over
 * real WebSockets on 127.0.0.1. Bounded in time and in count; it stops by
 * itself. Not a test file itself.
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

export interface LoadOptions {
  durationMs: number;
  /** Share of writes cut off right after sending. */
  dropRate: number;
  /** Pause between a phone's writes (min, max). */
  thinkMs: [number, number];
  seed: number;
  /** Hard cap on submits per juror: the run stops even on a very fast machine. */
  maxSubmitsPerJuror: number;
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
  const deadline = performance.now() + options.durationMs;
  const viewers = setup.viewers.map((token, i) =>
    runViewer(setup.url, token, deadline, options.seed + 1000 + i, report),
  );
  const jurors = setup.jurors.map((juror, i) =>
    runJuror(setup, juror, deadline, options, options.seed + i, report),
  );
  await Promise.all([...jurors, ...viewers]);
  return report;
}

async function runJuror(
  setup: LoadSetup,
  juror: { jurorId: number; token: string },
  deadline: number,
  options: LoadOptions,
  seed: number,
  report: LoadReport,
): Promise<void> {
  const random = seeded(seed);
  let client = await NetClient.connect(setup.url, juror.token);
  let readingForm = false;
  const followForm = (c: NetClient) =>
    c.onEvent((name, payload) => {
      if (name !== 'event.changed' || readingForm) return;
      if (!(payload as { scopes: string[] }).scopes.includes('scores')) return;
      readingForm = true;
      void c.call('scoring.form', { token: HANDLE }).then((r) => {
        readingForm = false;
        report.formReads += 1;
        if (!r.ok) report.errors.push(`form: ${r.error.code}`);
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
      const result = await Promise.race([client.call(name, input, key), sleep(15_000).then(() => null)]);
      if (result === null) {
        report.errors.push(`${name}: no answer within 15 s`);
        return { ok: false, error: { code: 'timeout', message: 'timeout' } };
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
  while (performance.now() < deadline && submits < options.maxSubmitsPerJuror) {
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
    await sleep(options.thinkMs[0] + random() * (options.thinkMs[1] - options.thinkMs[0]));
  }
  report.acked.push(...sheets.values());
  if (acks > 0) report.jurorsWithAcks += 1;
  await client.close();
}

async function runViewer(url: string, token: string, deadline: number, seed: number, report: LoadReport) {
  const random = seeded(seed);
  // This screen's clock is up to ten minutes off the laptop's.
  const skewMs = (random() - 0.5) * 20 * 60_000;
  const clock = () => Date.now() + skewMs;
  const client = await NetClient.connect(url, token, { clock });
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
  while (performance.now() < deadline) {
    sync.add(await client.ping());
    const best = sync.best();
    if (best) {
      // The laptop's clock is Date.now() (same machine): compare the screen's idea of it with the truth.
      const error = Math.abs(clock() + best.offsetMs - Date.now());
      report.viewerErrorsMs.push(error);
      // Millisecond clocks are read on both machines: allow 2 ms of resolution on top of half the round trip.
      if (error > best.roundTripMs / 2 + 2) report.viewerBoundViolations += 1;
    }
    await sleep(800 + random() * 400);
  }
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
