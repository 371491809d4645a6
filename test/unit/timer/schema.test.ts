import { describe, expect, it } from 'vitest';
import { applyTimerCommand, createTimerState } from '../../../common/timer';
import { parseTimerState, timerCommandSchema } from '../../../common/timer/schema';

const T0 = 1_700_000_000_000;

describe('timer schemas', () => {
  it('accepts every state the reducer produces, after a JSON round trip', () => {
    let state = createTimerState();
    expect(parseTimerState(JSON.parse(JSON.stringify(state)))).toEqual(state);
    const loaded = applyTimerCommand(
      state,
      { type: 'endTeam', next: { teamId: 3, pitchMs: 1000, qaMs: 0 } },
      T0,
    );
    if (!loaded.ok) throw new Error('refused');
    state = loaded.state;
    const running = applyTimerCommand(state, { type: 'start' }, T0);
    if (!running.ok) throw new Error('refused');
    expect(parseTimerState(JSON.parse(JSON.stringify(running.state)))).toEqual(running.state);
  });

  it('rejects inconsistent or corrupted states', () => {
    const good = { ...createTimerState() };
    expect(parseTimerState({ ...good, teamId: 4 })).toBeNull();
    expect(parseTimerState({ ...good, status: 'running', teamId: 4 })).toBeNull();
    expect(parseTimerState({ ...good, status: 'idle', teamId: 4, accumulatedMs: 10 })).toBeNull();
    expect(parseTimerState({ ...good, durationMs: -5 })).toBeNull();
    expect(parseTimerState('{}')).toBeNull();
  });

  it('validates commands at the IPC boundary', () => {
    expect(timerCommandSchema.safeParse({ type: 'adjust', deltaMs: 10_000 }).success).toBe(true);
    expect(timerCommandSchema.safeParse({ type: 'adjust', deltaMs: '10' }).success).toBe(false);
    expect(timerCommandSchema.safeParse({ type: 'explode' }).success).toBe(false);
    expect(
      timerCommandSchema.safeParse({ type: 'endTeam', next: { teamId: 1, pitchMs: 1, qaMs: 1 } }).success,
    ).toBe(true);
  });
});
