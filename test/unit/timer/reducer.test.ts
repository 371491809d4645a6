import { describe, expect, it } from 'vitest';
import type { TeamTiming, TimerCommand, TimerResult, TimerState } from '../../../common/timer';
import {
  applyTimerCommand,
  createTimerState,
  elapsedMs,
  MAX_DURATION_MS,
  overtimeMs,
  remainingMs,
} from '../../../common/timer';
import { parseTimerState } from '../../../common/timer/schema';

const T0 = 1_700_000_000_000;
const teamA: TeamTiming = { teamId: 7, pitchMs: 300_000, qaMs: 120_000 };
const teamB: TeamTiming = { teamId: 9, pitchMs: 180_000, qaMs: 60_000 };

function ok(result: TimerResult): Extract<TimerResult, { ok: true }> {
  if (!result.ok) throw new Error(`refused: ${result.refusal.code}`);
  return result;
}

/** Applies commands at given times, asserting each is accepted; returns state and all records. */
function run(steps: [number, TimerCommand][], from: TimerState = createTimerState()) {
  let state = from;
  const records = [];
  for (const [at, command] of steps) {
    const result = ok(applyTimerCommand(state, command, at));
    state = result.state;
    records.push(...result.records);
  }
  return { state, records };
}

const loaded = () => run([[T0, { type: 'endTeam', next: teamA }]]).state;

describe('applyTimerCommand', () => {
  it('loads a team idle on its pitch, with nothing used', () => {
    const state = loaded();
    expect(state).toMatchObject({ status: 'idle', teamId: 7, phase: 'pitch', durationMs: 300_000 });
    expect(remainingMs(state, T0 + 50_000)).toBe(300_000);
  });

  it('counts down while running and freezes while paused', () => {
    const { state } = run(
      [
        [T0, { type: 'start' }],
        [T0 + 20_000, { type: 'pause' }],
      ],
      loaded(),
    );
    expect(state.status).toBe('paused');
    expect(remainingMs(state, T0 + 20_000)).toBe(280_000);
    expect(remainingMs(state, T0 + 999_000)).toBe(280_000);
    const resumed = ok(applyTimerCommand(state, { type: 'resume' }, T0 + 60_000)).state;
    expect(remainingMs(resumed, T0 + 70_000)).toBe(270_000);
  });

  it('toggle starts, pauses and resumes', () => {
    const { state } = run(
      [
        [T0, { type: 'toggle' }],
        [T0 + 1000, { type: 'toggle' }],
        [T0 + 5000, { type: 'toggle' }],
      ],
      loaded(),
    );
    expect(state.status).toBe('running');
    expect(elapsedMs(state, T0 + 6000)).toBe(2000);
  });

  it('refuses commands that do not apply, with a code instead of a throw', () => {
    const idle = loaded();
    expect(applyTimerCommand(idle, { type: 'pause' }, T0)).toEqual({
      ok: false,
      refusal: { code: 'timer.notRunning', command: 'pause', status: 'idle' },
    });
    expect(applyTimerCommand(idle, { type: 'resume' }, T0)).toMatchObject({
      ok: false,
      refusal: { code: 'timer.notPaused' },
    });
    const running = ok(applyTimerCommand(idle, { type: 'start' }, T0)).state;
    expect(applyTimerCommand(running, { type: 'start' }, T0)).toMatchObject({
      refusal: { code: 'timer.alreadyStarted' },
    });
    const empty = createTimerState();
    for (const command of [{ type: 'start' }, { type: 'toggle' }, { type: 'nextPhase' }] as const) {
      expect(applyTimerCommand(empty, command, T0)).toMatchObject({ refusal: { code: 'timer.noTeam' } });
    }
    expect(applyTimerCommand(empty, { type: 'endTeam', next: null }, T0)).toMatchObject({
      refusal: { code: 'timer.noTeam' },
    });
    const qa = ok(applyTimerCommand(idle, { type: 'nextPhase' }, T0)).state;
    expect(applyTimerCommand(qa, { type: 'nextPhase' }, T0)).toMatchObject({
      refusal: { code: 'timer.noNextPhase' },
    });
  });

  it('refuses malformed numbers', () => {
    const idle = loaded();
    for (const deltaMs of [Number.NaN, Number.POSITIVE_INFINITY, 0.5, MAX_DURATION_MS + 1]) {
      expect(applyTimerCommand(idle, { type: 'adjust', deltaMs }, T0)).toMatchObject({
        refusal: { code: 'timer.invalidDelta' },
      });
    }
    const bad = { teamId: 1, pitchMs: -1, qaMs: 0 };
    expect(applyTimerCommand(idle, { type: 'endTeam', next: bad }, T0)).toMatchObject({
      refusal: { code: 'timer.invalidTiming' },
    });
  });

  it('nextPhase records the pitch and keeps the clock running into Q&A', () => {
    const { state, records } = run(
      [
        [T0, { type: 'start' }],
        [T0 + 310_000, { type: 'nextPhase' }],
      ],
      loaded(),
    );
    expect(records).toEqual([
      {
        teamId: 7,
        phase: 'pitch',
        usedMs: 310_000,
        allowedMs: 300_000,
        overtimeMs: 10_000,
        endedAt: T0 + 310_000,
      },
    ]);
    expect(state).toMatchObject({ phase: 'qa', status: 'running', durationMs: 120_000, accumulatedMs: 0 });
    expect(remainingMs(state, T0 + 320_000)).toBe(110_000);
  });

  it('nextPhase from a paused pitch leaves the Q&A waiting for a start', () => {
    const { state } = run(
      [
        [T0, { type: 'start' }],
        [T0 + 1000, { type: 'pause' }],
        [T0 + 2000, { type: 'nextPhase' }],
      ],
      loaded(),
    );
    expect(state).toMatchObject({ phase: 'qa', status: 'idle', startedAt: null });
  });

  it('endTeam records the current phase and loads the next team idle', () => {
    const { state, records } = run(
      [
        [T0, { type: 'start' }],
        [T0 + 200_000, { type: 'nextPhase' }],
        [T0 + 330_000, { type: 'endTeam', next: teamB }],
      ],
      loaded(),
    );
    expect(records.map((r) => [r.phase, r.usedMs, r.overtimeMs])).toEqual([
      ['pitch', 200_000, 0],
      ['qa', 130_000, 10_000],
    ]);
    expect(state).toMatchObject({ status: 'idle', teamId: 9, phase: 'pitch', durationMs: 180_000 });
    expect(state.teamStartedAt).toBeNull();
  });

  it('a phase that never started leaves no record', () => {
    const { records } = run([[T0, { type: 'endTeam', next: teamB }]], loaded());
    expect(records).toEqual([]);
  });

  it('ending the last team empties the stage', () => {
    const { state } = run([[T0, { type: 'endTeam', next: null }]], loaded());
    expect(state).toEqual(createTimerState());
  });

  it('remembers when the team first took the stage, across pauses and phases', () => {
    const { state } = run(
      [
        [T0 + 5, { type: 'start' }],
        [T0 + 10, { type: 'pause' }],
        [T0 + 20, { type: 'resume' }],
        [T0 + 30, { type: 'nextPhase' }],
      ],
      loaded(),
    );
    expect(state.teamStartedAt).toBe(T0 + 5);
  });

  it('resetPhase discards the phase time and any adjustment', () => {
    const { state, records } = run(
      [
        [T0, { type: 'start' }],
        [T0 + 40_000, { type: 'adjust', deltaMs: 60_000 }],
        [T0 + 50_000, { type: 'resetPhase' }],
      ],
      loaded(),
    );
    expect(records).toEqual([]);
    expect(state).toMatchObject({ status: 'idle', accumulatedMs: 0, durationMs: 300_000, startedAt: null });
  });

  it('a clock that went backwards counts no negative time', () => {
    const running = ok(applyTimerCommand(loaded(), { type: 'start' }, T0)).state;
    expect(elapsedMs(running, T0 - 5000)).toBe(0);
    const paused = ok(applyTimerCommand(running, { type: 'pause' }, T0 - 5000)).state;
    expect(paused.accumulatedMs).toBe(0);
  });

  it('never mutates its input', () => {
    const state = Object.freeze(loaded());
    expect(() => applyTimerCommand(state, { type: 'start' }, T0)).not.toThrow();
    expect(state.status).toBe('idle');
  });
});

describe('adjust changes the allowed duration', () => {
  const running = () => ok(applyTimerCommand(loaded(), { type: 'start' }, T0)).state;

  it('moves the remaining time by exactly the delta', () => {
    const state = ok(applyTimerCommand(running(), { type: 'adjust', deltaMs: 10_000 }, T0 + 1000)).state;
    expect(state.durationMs).toBe(310_000);
    expect(remainingMs(state, T0 + 1000)).toBe(309_000);
    expect(elapsedMs(state, T0 + 1000)).toBe(1000);
  });

  it('taking time away stops at 0:00', () => {
    const at = T0 + 270_000; // 0:30 left
    const state = ok(applyTimerCommand(running(), { type: 'adjust', deltaMs: -60_000 }, at)).state;
    expect(remainingMs(state, at)).toBe(0);
    expect(overtimeMs(state, at)).toBe(0);
  });

  it('taking time away in overtime changes nothing', () => {
    const at = T0 + 312_000; // +0:12
    const state = ok(applyTimerCommand(running(), { type: 'adjust', deltaMs: -10_000 }, at)).state;
    expect(overtimeMs(state, at)).toBe(12_000);
  });

  it('giving time in overtime counts from where the clock is', () => {
    const at = T0 + 312_000;
    const state = ok(applyTimerCommand(running(), { type: 'adjust', deltaMs: 60_000 }, at)).state;
    expect(remainingMs(state, at)).toBe(48_000);
  });

  it('giving time stops at the 24 h ceiling, so the state stays valid', () => {
    let state = loaded();
    for (let i = 0; i < 2; i++)
      state = ok(applyTimerCommand(state, { type: 'adjust', deltaMs: MAX_DURATION_MS }, T0)).state;
    expect(state.durationMs).toBe(MAX_DURATION_MS);
    expect(parseTimerState(JSON.parse(JSON.stringify(state)))).toEqual(state);
  });

  it('on an idle phase the allowance cannot drop below zero', () => {
    const state = ok(applyTimerCommand(loaded(), { type: 'adjust', deltaMs: -MAX_DURATION_MS }, T0)).state;
    expect(state.durationMs).toBe(0);
  });
});
