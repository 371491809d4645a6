/**
 * The timer state machine: `applyTimerCommand(state, command, nowMs)` returns
 * the next state plus the records of any phase it ended, or a typed refusal.
 * Pure and total: the main process calls it, persists the state, pushes it.
 *
 *   empty ──endTeam(next)──▶ idle ──start──▶ running ◀──resume── paused
 *                              ▲                 └──────pause──────▲
 *                              └── resetPhase (from idle/running/paused)
 *   nextPhase: pitch → qa (keeps running if it was running, else idle)
 *   endTeam:   any → next team's pitch, idle (or empty when next is null)
 */
import { elapsedMs } from './reads';
import type {
  PhaseRecord,
  TeamTiming,
  TimerCommand,
  TimerRefusalCode,
  TimerResult,
  TimerState,
} from './types';

/** Upper bound for a phase duration (and an adjustment): keeps the clock text sane. */
export const MAX_DURATION_MS = 24 * 60 * 60 * 1000;

export const EMPTY_TIMER_STATE: TimerState = Object.freeze({
  status: 'empty',
  teamId: null,
  phase: 'pitch',
  durationMs: 0,
  startedAt: null,
  accumulatedMs: 0,
  plannedPitchMs: 0,
  plannedQaMs: 0,
  teamStartedAt: null,
});

/** The state before the session: no team. Load the first team with `endTeam`. */
export function createTimerState(): TimerState {
  return { ...EMPTY_TIMER_STATE };
}

function isDurationMs(value: number): boolean {
  return Number.isSafeInteger(value) && value >= 0 && value <= MAX_DURATION_MS;
}

export function isValidTeamTiming(team: TeamTiming): boolean {
  return Number.isSafeInteger(team.teamId) && isDurationMs(team.pitchMs) && isDurationMs(team.qaMs);
}

function loadTeam(team: TeamTiming): TimerState {
  return {
    status: 'idle',
    teamId: team.teamId,
    phase: 'pitch',
    durationMs: team.pitchMs,
    startedAt: null,
    accumulatedMs: 0,
    plannedPitchMs: team.pitchMs,
    plannedQaMs: team.qaMs,
    teamStartedAt: null,
  };
}

/** The record of the current phase, or none if it never started (nothing was used). */
function recordIfStarted(state: TimerState, nowMs: number): PhaseRecord[] {
  if (state.teamId === null || state.status === 'idle' || state.status === 'empty') return [];
  const usedMs = elapsedMs(state, nowMs);
  return [
    {
      teamId: state.teamId,
      phase: state.phase,
      usedMs,
      allowedMs: state.durationMs,
      overtimeMs: Math.max(0, usedMs - state.durationMs),
      endedAt: nowMs,
    },
  ];
}

/**
 * Adjustments change the ALLOWED duration, never the elapsed time: the time a
 * team actually used is a fact the results rely on (overtime penalties), while
 * "give them 10 more seconds" is a decision about the allowance. Remaining time
 * moves by exactly `deltaMs`, except that taking time away stops at 0:00: a
 * −1 min on 0:30 left shows 0:00 (the speaker is told to wrap up), and taking
 * time during overtime does nothing, so a key press can never fabricate overtime.
 * Giving time in overtime works from where the clock is (+0:12 then +1 min → 0:48).
 */
function adjustDuration(state: TimerState, deltaMs: number, nowMs: number): number {
  if (deltaMs >= 0) return Math.min(MAX_DURATION_MS, state.durationMs + deltaMs);
  const floor = Math.min(state.durationMs, elapsedMs(state, nowMs));
  return Math.max(floor, state.durationMs + deltaMs);
}

function refuse(code: TimerRefusalCode, state: TimerState, command: TimerCommand): TimerResult {
  return { ok: false, refusal: { code, command: command.type, status: state.status } };
}

function done(state: TimerState, records: PhaseRecord[] = []): TimerResult {
  return { ok: true, state, records };
}

function start(state: TimerState, nowMs: number): TimerState {
  return { ...state, status: 'running', startedAt: nowMs, teamStartedAt: state.teamStartedAt ?? nowMs };
}

function pause(state: TimerState, nowMs: number): TimerState {
  return { ...state, status: 'paused', startedAt: null, accumulatedMs: elapsedMs(state, nowMs) };
}

function resume(state: TimerState, nowMs: number): TimerState {
  return { ...state, status: 'running', startedAt: nowMs };
}

export function applyTimerCommand(state: TimerState, command: TimerCommand, nowMs: number): TimerResult {
  if (command.type === 'endTeam') {
    if (command.next !== null && !isValidTeamTiming(command.next))
      return refuse('timer.invalidTiming', state, command);
    if (command.next === null && state.status === 'empty') return refuse('timer.noTeam', state, command);
    const records = recordIfStarted(state, nowMs);
    return done(command.next === null ? createTimerState() : loadTeam(command.next), records);
  }
  if (
    command.type === 'adjust' &&
    !(Number.isSafeInteger(command.deltaMs) && Math.abs(command.deltaMs) <= MAX_DURATION_MS)
  ) {
    return refuse('timer.invalidDelta', state, command);
  }
  if (state.status === 'empty') return refuse('timer.noTeam', state, command);

  switch (command.type) {
    case 'start':
      return state.status === 'idle'
        ? done(start(state, nowMs))
        : refuse('timer.alreadyStarted', state, command);
    case 'pause':
      return state.status === 'running'
        ? done(pause(state, nowMs))
        : refuse('timer.notRunning', state, command);
    case 'resume':
      return state.status === 'paused'
        ? done(resume(state, nowMs))
        : refuse('timer.notPaused', state, command);
    case 'toggle':
      if (state.status === 'idle') return done(start(state, nowMs));
      if (state.status === 'running') return done(pause(state, nowMs));
      return done(resume(state, nowMs));
    case 'resetPhase':
      return done({
        ...state,
        status: 'idle',
        startedAt: null,
        accumulatedMs: 0,
        durationMs: state.phase === 'pitch' ? state.plannedPitchMs : state.plannedQaMs,
      });
    case 'adjust':
      return done({ ...state, durationMs: adjustDuration(state, command.deltaMs, nowMs) });
    case 'nextPhase': {
      if (state.phase !== 'pitch') return refuse('timer.noNextPhase', state, command);
      // One key press at the end of the pitch goes straight into questions when
      // the clock was running; from idle or paused the Q&A waits for a start.
      const keepRunning = state.status === 'running';
      return done(
        {
          ...state,
          phase: 'qa',
          status: keepRunning ? 'running' : 'idle',
          startedAt: keepRunning ? nowMs : null,
          accumulatedMs: 0,
          durationMs: state.plannedQaMs,
        },
        recordIfStarted(state, nowMs),
      );
    }
  }
}
