/**
 * Model-based test of the timer state machine (fast-check `fc.commands`).
 *
 * The reference model never looks at timestamps: it integrates time as the
 * controlled clock advances (used += dt while running) and states the rules in
 * terms of remaining time. The real reducer works with anchors (startedAt,
 * accumulatedMs). After every step both must agree on every read, refusals
 * included, and a crash (JSON round trip through `parseTimerState`) may happen
 * at any point without changing anything.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type {
  PhaseRecord,
  TeamTiming,
  TimerCommand,
  TimerRefusalCode,
  TimerState,
  TimerStatus,
} from '../../../common/timer';
import {
  applyTimerCommand,
  createTimerState,
  elapsedMs,
  MAX_DURATION_MS,
  overtimeMs,
  remainingMs,
} from '../../../common/timer';
import { parseTimerState } from '../../../common/timer/schema';

interface Model {
  now: number;
  status: TimerStatus;
  teamId: number | null;
  phase: 'pitch' | 'qa';
  plannedPitch: number;
  plannedQa: number;
  allowed: number;
  used: number;
  teamStartedAt: number | null;
  /** All time the clock ran, ever; minus what resets threw away, it is what the records + current phase hold. */
  totalRunning: number;
  discarded: number;
  recorded: { used: number; allowed: number }[];
}

interface Real {
  now: number;
  state: TimerState;
  records: PhaseRecord[];
}

const T0 = 1_700_000_000_000;

function modelRecord(m: Model): void {
  if (m.status === 'running' || m.status === 'paused') m.recorded.push({ used: m.used, allowed: m.allowed });
}

/** The model's own rules; returns the refusal it expects, or null and mutates the model. */
function modelApply(m: Model, command: TimerCommand): TimerRefusalCode | null {
  if (command.type === 'endTeam') {
    if (command.next === null && m.status === 'empty') return 'timer.noTeam';
    modelRecord(m);
    const next = command.next;
    Object.assign(m, {
      status: next ? 'idle' : 'empty',
      teamId: next ? next.teamId : null,
      phase: 'pitch',
      plannedPitch: next ? next.pitchMs : 0,
      plannedQa: next ? next.qaMs : 0,
      allowed: next ? next.pitchMs : 0,
      used: 0,
      teamStartedAt: null,
    });
    return null;
  }
  if (m.status === 'empty') return 'timer.noTeam';
  const type =
    command.type === 'toggle'
      ? { idle: 'start', running: 'pause', paused: 'resume' }[m.status]
      : command.type;
  switch (type) {
    case 'start':
      if (m.status !== 'idle') return 'timer.alreadyStarted';
      m.status = 'running';
      m.teamStartedAt ??= m.now;
      return null;
    case 'pause':
      if (m.status !== 'running') return 'timer.notRunning';
      m.status = 'paused';
      return null;
    case 'resume':
      if (m.status !== 'paused') return 'timer.notPaused';
      m.status = 'running';
      return null;
    case 'resetPhase':
      m.discarded += m.used;
      m.used = 0;
      m.status = 'idle';
      m.allowed = m.phase === 'pitch' ? m.plannedPitch : m.plannedQa;
      return null;
    case 'adjust': {
      const delta = command.type === 'adjust' ? command.deltaMs : 0;
      const remaining = m.allowed - m.used;
      if (delta >= 0) m.allowed = Math.min(MAX_DURATION_MS, m.allowed + delta);
      else if (remaining > 0) m.allowed -= Math.min(-delta, remaining);
      return null;
    }
    case 'nextPhase':
      if (m.phase !== 'pitch') return 'timer.noNextPhase';
      modelRecord(m);
      m.phase = 'qa';
      m.status = m.status === 'running' ? 'running' : 'idle';
      m.allowed = m.plannedQa;
      m.used = 0;
      return null;
  }
  throw new Error(`unknown command ${type}`);
}

function assertAgree(m: Model, r: Real): void {
  const { state } = r;
  expect(r.now).toBe(m.now);
  expect({ status: state.status, teamId: state.teamId, phase: state.phase }).toEqual({
    status: m.status,
    teamId: m.teamId,
    phase: m.phase,
  });
  expect(elapsedMs(state, r.now)).toBe(m.used);
  expect(remainingMs(state, r.now)).toBe(m.allowed - m.used);
  expect(overtimeMs(state, r.now)).toBe(Math.max(0, m.used - m.allowed));
  expect(state.teamStartedAt).toBe(m.teamStartedAt);
  expect(r.records.map((x) => ({ used: x.usedMs, allowed: x.allowedMs }))).toEqual(m.recorded);
  for (const record of r.records)
    expect(record.overtimeMs).toBe(Math.max(0, record.usedMs - record.allowedMs));
  const recordedUsed = r.records.reduce((sum, x) => sum + x.usedMs, 0);
  expect(recordedUsed + elapsedMs(state, r.now) + m.discarded).toBe(m.totalRunning);
}

class Tick implements fc.Command<Model, Real> {
  constructor(readonly dt: number) {}
  check = () => true;
  run(m: Model, r: Real): void {
    m.now += this.dt;
    if (m.status === 'running') {
      m.used += this.dt;
      m.totalRunning += this.dt;
    }
    r.now += this.dt;
    assertAgree(m, r);
  }
  toString = () => `tick(${this.dt})`;
}

class Apply implements fc.Command<Model, Real> {
  constructor(readonly command: TimerCommand) {}
  check = () => true;
  run(m: Model, r: Real): void {
    const expected = modelApply(m, this.command);
    const result = applyTimerCommand(r.state, this.command, r.now);
    if (result.ok) {
      expect(expected).toBeNull();
      r.state = result.state;
      r.records.push(...result.records);
    } else {
      expect(result.refusal.code).toBe(expected);
    }
    assertAgree(m, r);
  }
  toString = () => JSON.stringify(this.command);
}

/** The process is killed and the event reopened: only the persisted JSON survives. */
class CrashAndReopen implements fc.Command<Model, Real> {
  check = () => true;
  run(m: Model, r: Real): void {
    const restored = parseTimerState(JSON.parse(JSON.stringify(r.state)));
    expect(restored).toEqual(r.state);
    if (restored) r.state = restored;
    assertAgree(m, r);
  }
  toString = () => 'crashAndReopen';
}

const duration = fc.oneof(fc.integer({ min: 0, max: 5000 }), fc.integer({ min: 0, max: 600_000 }));
const teamTiming: fc.Arbitrary<TeamTiming> = fc.record({
  teamId: fc.integer({ min: 1, max: 30 }),
  pitchMs: duration,
  qaMs: duration,
});

const commandArbs = [
  fc.oneof(fc.integer({ min: 0, max: 3000 }), fc.integer({ min: 0, max: 400_000 })).map((dt) => new Tick(dt)),
  fc
    .constantFrom<TimerCommand>(
      { type: 'start' },
      { type: 'pause' },
      { type: 'resume' },
      { type: 'toggle' },
      { type: 'toggle' },
      { type: 'resetPhase' },
      { type: 'nextPhase' },
    )
    .map((c) => new Apply(c)),
  fc
    .oneof(fc.constantFrom(10_000, -10_000, 60_000, -60_000), fc.integer({ min: -700_000, max: 700_000 }))
    .map((deltaMs) => new Apply({ type: 'adjust', deltaMs })),
  fc.option(teamTiming, { freq: 4 }).map((next) => new Apply({ type: 'endTeam', next })),
  fc.constant(new CrashAndReopen()),
];

function freshModel(): Model {
  return {
    now: T0,
    status: 'empty',
    teamId: null,
    phase: 'pitch',
    plannedPitch: 0,
    plannedQa: 0,
    allowed: 0,
    used: 0,
    teamStartedAt: null,
    totalRunning: 0,
    discarded: 0,
    recorded: [],
  };
}

describe('timer state machine against a reference model', () => {
  it('agrees on every read, refusal and record, through crashes', () => {
    fc.assert(
      fc.property(fc.commands(commandArbs, { maxCommands: 80, size: 'medium' }), (cmds) => {
        fc.modelRun(
          () => ({ model: freshModel(), real: { now: T0, state: createTimerState(), records: [] } }),
          cmds,
        );
      }),
      { numRuns: 250 },
    );
  });
});
