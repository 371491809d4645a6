/**
 * The pitch timer as anchors (docs/ARCHITECTURE.md, "The timer"). Plain JSON data: the
 * main process persists a `TimerState` on every transition and every window
 * recomputes the clock from it each frame, so nothing ticks over IPC and a
 * crash loses nothing (a running timer is still running after a reopen).
 */

export type TimerPhase = 'pitch' | 'qa';

/**
 * - `empty`: no team on stage (before the first team is loaded, or after the last one ended).
 * - `idle`: a team and phase are loaded but the phase clock has not started.
 * - `running`: counting; `startedAt` is set.
 * - `paused`: stopped after having run; `accumulatedMs` holds the time used so far.
 */
export type TimerStatus = 'empty' | 'idle' | 'running' | 'paused';

/** The planned durations of one team, from the event defaults or its own override. */
export interface TeamTiming {
  teamId: number;
  pitchMs: number;
  qaMs: number;
}

export interface TimerState {
  status: TimerStatus;
  /** null only when `status` is 'empty'. */
  teamId: number | null;
  phase: TimerPhase;
  /** Allowed duration of the current phase: planned duration plus the chair's adjustments. */
  durationMs: number;
  /** Epoch ms when the current run started; null unless `status` is 'running'. */
  startedAt: number | null;
  /** Time used by the current phase before `startedAt` (earlier runs, between pauses). */
  accumulatedMs: number;
  /** Planned durations of the loaded team, kept so reset and the Q&A phase know them. */
  plannedPitchMs: number;
  plannedQaMs: number;
  /** Epoch ms of the first start of the loaded team (its actual stage time, for the schedule). */
  teamStartedAt: number | null;
}

export type TimerCommand =
  | { type: 'start' }
  | { type: 'pause' }
  | { type: 'resume' }
  /** The chair's single key: start when idle, pause when running, resume when paused. */
  | { type: 'toggle' }
  | { type: 'resetPhase' }
  /** Gives (positive) or takes (negative) allowed time; see `adjustDuration` for the rules. */
  | { type: 'adjust'; deltaMs: number }
  | { type: 'nextPhase' }
  /** Ends the loaded team and loads `next` (idle), or empties the stage when `next` is null. */
  | { type: 'endTeam'; next: TeamTiming | null };

export type TimerCommandType = TimerCommand['type'];

/** What a phase actually took, written when the phase ends (nextPhase or endTeam). */
export interface PhaseRecord {
  teamId: number;
  phase: TimerPhase;
  /** Time the clock actually ran in this phase (pauses excluded). */
  usedMs: number;
  /** Allowed duration at the end, adjustments included. */
  allowedMs: number;
  /** max(0, usedMs − allowedMs). */
  overtimeMs: number;
  /** Epoch ms of the transition that ended the phase. */
  endedAt: number;
}

export type TimerRefusalCode =
  | 'timer.noTeam'
  | 'timer.alreadyStarted'
  | 'timer.notRunning'
  | 'timer.notPaused'
  | 'timer.noNextPhase'
  | 'timer.invalidDelta'
  | 'timer.invalidTiming';

/** A command that does not apply to the current state: a value, never a throw. */
export interface TimerRefusal {
  code: TimerRefusalCode;
  command: TimerCommandType;
  status: TimerStatus;
}

export type TimerResult =
  | { ok: true; state: TimerState; records: PhaseRecord[] }
  | { ok: false; refusal: TimerRefusal };

export interface ColourThresholds {
  /** Amber when this much time (or less) is left; 0 disables amber. */
  amberAtMs: number;
  /** Red when this much time (or less) is left; 0 means red only at 0:00. */
  redAtMs: number;
}

export type TimerColour = 'neutral' | 'green' | 'amber' | 'red' | 'overtime';
