/**
 * Child process of the crash loop (crash-loop-runner.ts). Opens the event file
 * through the real dispatcher, as the app does, then forever alternates score
 * writes (the chair's paper entry, the juror form's submit, reopen) and the
 * chair's timer commands, printing ONE JSON line per acknowledged call on
 * stdout with a synchronous write, before the next call starts. A line is
 * printed only after the call returned, i.e. after its transaction committed:
 * that is what "acknowledged" means here, and what the parent checks after
 * killing this process with SIGKILL.
 *
 * Usage: node --import tsx crash-loop-child.ts <event.sqlite> <setup JSON> <first step>
 */
import { writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { CallName, CallResult } from '../../common/contract';
import type { TimerState } from '../../common/timer';
import { createCore } from '../../main/core/api/core';
import { AppContext } from '../../main/core/context/app-context';
import { SettingsStore } from '../../main/core/settings';
import type { Ack, CrashSetup } from './crash-loop-checks';

const [path, setupJson, startArg] = process.argv.slice(2);
if (!path || !setupJson || !startArg) throw new Error('usage: crash-loop-child <file> <setup> <start>');
const setup = JSON.parse(setupJson) as CrashSetup;

const dataDir = join(dirname(path), 'child-data');
const ctx = new AppContext({
  version: 'crash-loop',
  eventsDir: join(dataDir, 'events'),
  dataDir,
  settings: new SettingsStore(null, { uiLocale: 'fr' }),
  platform: { pickEventFileToOpen: async () => path, pickCopyDestination: async () => null },
  emit: () => undefined,
});
const dispatch = createCore(ctx).dispatch;

class Refused extends Error {
  constructor(readonly code: string) {
    super(code);
  }
}

async function call<T>(name: CallName, input: unknown): Promise<T> {
  const result = (await dispatch(name, input, { trustedSender: true })) as CallResult<T>;
  if (!result.ok) throw new Refused(result.error.code);
  return result.value;
}

/** Synchronous: the line is in the pipe before the next call begins. */
function ack(line: Ack): void {
  writeSync(1, `${JSON.stringify(line)}\n`);
}

interface SheetView {
  jurorId: number;
  teamId: number;
  lastSeq: number;
  scores: { criterionId: number; value: number }[];
}

const tokens = new Map<number, string>();
async function tokenOf(jurorId: number): Promise<string> {
  let token = tokens.get(jurorId);
  if (!token) {
    token = (await call<{ token: string }>('scoring.identify', { jurorId, pin: null })).token;
    tokens.set(jurorId, token);
  }
  return token;
}

/** A valid score for `criterion`, different from step to step. */
function valueFor(step: number, criterion: CrashSetup['criteria'][number]): number {
  const levels = Math.round((criterion.max - criterion.min) / criterion.step) + 1;
  return criterion.min + ((step * 7) % levels) * criterion.step;
}

async function reopen(jurorId: number, teamId: number, step: number): Promise<void> {
  const sheet = await call<SheetView>('scores.reopen', { jurorId, teamId, reason: `Reprise, étape ${step}` });
  ack({ op: 'reopen', seq: sheet.lastSeq, jurorId, teamId });
}

async function scoreStep(step: number): Promise<void> {
  const jurorId = setup.jurorIds[step % setup.jurorIds.length] as number;
  const teamId = setup.teamIds[Math.floor(step / setup.jurorIds.length) % setup.teamIds.length] as number;
  try {
    if (step % 4 === 0) {
      // The juror's own form: every criterion at once, submitted.
      const scores = setup.criteria.map((c, i) => ({ criterionId: c.id, value: valueFor(step + i, c) }));
      const sheet = await call<SheetView>('scoring.submit', {
        token: await tokenOf(jurorId),
        teamId,
        scores,
      });
      const values = Object.fromEntries(sheet.scores.map((s) => [s.criterionId, s.value]));
      ack({ op: 'submit', seq: sheet.lastSeq, jurorId, teamId, scores: values });
    } else {
      // The chair's paper-entry grid: one cell.
      const criterion = setup.criteria[step % setup.criteria.length] as CrashSetup['criteria'][number];
      const value = valueFor(step, criterion);
      const sheet = await call<SheetView>('scores.enter', {
        jurorId,
        teamId,
        criterionId: criterion.id,
        value,
      });
      ack({ op: 'score', seq: sheet.lastSeq, jurorId, teamId, criterionId: criterion.id, value });
    }
  } catch (error) {
    const code = error instanceof Refused ? error.code : '';
    if (code !== 'scoring.sheetSubmitted' && code !== 'scoring.alreadySubmitted') throw error;
    await reopen(jurorId, teamId, step); // a submitted sheet: reopen it with a reason, as the chair would
  }
}

type Command = { type: string; teamId?: number; deltaMs?: number };

function timerCommand(state: TimerState, step: number): Command {
  switch (state.status) {
    case 'empty':
      return { type: 'nextTeam' };
    case 'idle':
      return { type: 'start' };
    case 'paused':
      return { type: 'resume' };
    case 'running':
      if (state.phase === 'qa') return { type: 'nextTeam' };
      return [{ type: 'pause' }, { type: 'adjust', deltaMs: 15_000 }, { type: 'nextPhase' }][
        step % 3
      ] as Command;
  }
}

async function timerStep(step: number): Promise<void> {
  const { state } = await call<{ state: TimerState }>('timer.get', {});
  let command = timerCommand(state, step);
  let snapshot: { revision: number; state: TimerState };
  try {
    snapshot = await call('timer.command', command);
  } catch (error) {
    // Every team has pitched: call one again, as for a re-run.
    if (!(error instanceof Refused) || error.code !== 'session.noTeamWaiting') throw error;
    command = { type: 'callTeam', teamId: setup.teamIds[step % setup.teamIds.length] as number };
    snapshot = await call('timer.command', command);
  }
  ack({ op: 'timer', revision: snapshot.revision, state: snapshot.state, command: command.type });
}

await call('file.open', {});
for (let step = Number(startArg); ; step += 1) {
  if (step % 5 === 1 || step % 5 === 3) await timerStep(step);
  else await scoreStep(step);
}
