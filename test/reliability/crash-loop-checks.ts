/**
 * What the crash loop checks after each SIGKILL, on the reopened file:
 *
 * - every acknowledged score write is in the log with the acknowledged value
 *   (the sheet derived from the log up to the acknowledged seq has it);
 * - the timer row parses (parseTimerState), its revision is at least the last
 *   acknowledged one and at most one more (the child has one call in flight
 *   at a time), equal anchors when equal revisions, and the running order
 *   agrees with it (the team on stage is the timer's team);
 * - PRAGMA integrity_check is "ok" and the score chain verifies.
 */
import { isDeepStrictEqual } from 'node:util';
import { parseTimerState } from '../../common/timer/schema';
import type { TimerState } from '../../common/timer/types';
import type { Db } from '../../main/core/db/open';
import { type DerivedSheet, deriveSheets, type StoredScoreEvent } from '../../main/core/scoring/hash-chain';
import { readScoreLog, verifyScoreLog } from '../../main/core/scoring/score-store';

/** The event the child works on (ids from the setup the parent created). */
export interface CrashSetup {
  jurorIds: number[];
  teamIds: number[];
  criteria: { id: number; min: number; max: number; step: number }[];
}

/** One acknowledged call, as the child prints it (one JSON line). */
export type Ack =
  | { op: 'score'; seq: number; jurorId: number; teamId: number; criterionId: number; value: number }
  | { op: 'submit'; seq: number; jurorId: number; teamId: number; scores: Record<string, number> }
  | { op: 'reopen'; seq: number; jurorId: number; teamId: number }
  | { op: 'timer'; revision: number; state: TimerState; command: string };

export type ScoreAck = Exclude<Ack, { op: 'timer' }>;
export type TimerAck = Extract<Ack, { op: 'timer' }>;

export function isScoreAck(ack: Ack): ack is ScoreAck {
  return ack.op !== 'timer';
}

/** Whether the sheet, as the log stood at the acknowledged seq, shows what was acknowledged. */
function backedBy(sheet: DerivedSheet, ack: ScoreAck): boolean {
  if (ack.op === 'score') return sheet.scores[ack.criterionId] === ack.value;
  if (ack.op === 'reopen') return sheet.status === 'draft' && sheet.reopenCount > 0;
  return (
    sheet.status === 'submitted' &&
    Object.entries(ack.scores).every(([criterionId, value]) => sheet.scores[Number(criterionId)] === value)
  );
}

/** The acknowledged score writes whose effect is not in the file as acknowledged (must be none). */
export function lostScoreAcks(events: readonly StoredScoreEvent[], acks: readonly ScoreAck[]): ScoreAck[] {
  const bySheet = new Map<string, StoredScoreEvent[]>();
  for (const event of events) {
    const key = `${event.jurorId}:${event.teamId}`;
    const list = bySheet.get(key);
    if (list) list.push(event);
    else bySheet.set(key, [event]);
  }
  const lastSeq = events.at(-1)?.seq ?? 0;
  return acks.filter((ack) => {
    if (ack.seq > lastSeq) return true;
    const upTo = (bySheet.get(`${ack.jurorId}:${ack.teamId}`) ?? []).filter((e) => e.seq <= ack.seq);
    const sheet = deriveSheets(upTo)[0];
    return !sheet || !backedBy(sheet, ack);
  });
}

export interface TimerCheck {
  revision: number;
  problems: string[];
}

/**
 * `known`: the revision the file held when this cycle started (the previous
 * check's answer); `acked`: this cycle's acknowledged transitions, in order.
 */
export function checkTimer(db: Db, known: number, acked: readonly TimerAck[], nowMs: number): TimerCheck {
  const problems: string[] = [];
  const row = db.prepare('SELECT revision, state_json FROM timer_state WHERE id = 1').get() as
    | { revision: number; state_json: string }
    | undefined;
  if (!row) return { revision: known, problems: ['timer row missing'] };
  let state: TimerState | null = null;
  try {
    state = parseTimerState(JSON.parse(row.state_json));
  } catch {
    state = null;
  }
  if (!state) problems.push(`timer state does not parse: ${row.state_json.slice(0, 120)}`);
  const last = acked.at(-1);
  const floor = last?.revision ?? known;
  if (row.revision < floor) problems.push(`revision ${row.revision} < acknowledged ${floor}`);
  if (row.revision > floor + 1) problems.push(`revision ${row.revision} > ${floor} + 1 unacknowledged`);
  if (last && state && row.revision === last.revision && !isDeepStrictEqual(state, last.state))
    problems.push(`revision ${row.revision}: stored anchors differ from the acknowledged ones`);
  if (state) {
    const onStage = db.prepare("SELECT team_id FROM running_order WHERE status = 'on_stage'").all() as {
      team_id: number;
    }[];
    const expected = state.status === 'empty' ? [] : [state.teamId];
    if (
      !isDeepStrictEqual(
        onStage.map((r) => r.team_id),
        expected,
      )
    )
      problems.push(`on stage ${JSON.stringify(onStage)} but timer team ${String(state.teamId)}`);
    if (state.startedAt !== null && state.startedAt > nowMs) problems.push('timer started in the future');
  }
  return { revision: row.revision, problems };
}

export interface FileCheck {
  integrity: string;
  chainOk: boolean;
  events: number;
  lost: ScoreAck[];
  timer: TimerCheck;
}

export function checkFile(db: Db, acks: readonly Ack[], knownRevision: number, nowMs: number): FileCheck {
  const integrity = String(db.pragma('integrity_check', { simple: true }));
  const events = readScoreLog(db);
  return {
    integrity,
    chainOk: verifyScoreLog(db).ok,
    events: events.length,
    lost: lostScoreAcks(events, acks.filter(isScoreAck)),
    timer: checkTimer(
      db,
      knownRevision,
      acks.filter((a): a is TimerAck => a.op === 'timer'),
      nowMs,
    ),
  };
}
