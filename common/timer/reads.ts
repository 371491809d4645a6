/**
 * Everything a window derives from the anchors, cheap enough to run every
 * animation frame. All reads take `nowMs` (epoch ms) explicitly: the caller
 * owns the clock, which keeps these functions pure and testable.
 */
import type { ColourThresholds, TimerColour, TimerState } from './types';

/**
 * Time used by the current phase. A clock that went backwards (the system time
 * was corrected after `startedAt` was written) counts as zero running time,
 * never as negative time.
 */
export function elapsedMs(state: TimerState, nowMs: number): number {
  if (state.status !== 'running' || state.startedAt === null) return state.accumulatedMs;
  return state.accumulatedMs + Math.max(0, nowMs - state.startedAt);
}

/** Allowed minus used: negative once the speaker is in overtime. */
export function remainingMs(state: TimerState, nowMs: number): number {
  return state.durationMs - elapsedMs(state, nowMs);
}

export function overtimeMs(state: TimerState, nowMs: number): number {
  return Math.max(0, -remainingMs(state, nowMs));
}

/**
 * Share of the allowed time already used, clamped to 0..1 for a progress bar.
 * A zero-length phase is full as soon as it has started.
 */
export function progressFraction(state: TimerState, nowMs: number): number {
  if (state.status === 'empty') return 0;
  const used = elapsedMs(state, nowMs);
  if (state.durationMs <= 0) return state.status === 'idle' ? 0 : 1;
  return Math.min(1, Math.max(0, used / state.durationMs));
}

/**
 * Colour of the display for a given remaining time. The boundaries match what
 * `formatClock` shows (it rounds up): amber appears together with "1:00" when
 * `amberAtMs` is 60 000, red at `redAtMs` or less, and 'overtime' exactly when the
 * clock shows a "+". Red wins over amber if the thresholds are inverted by mistake.
 * `started: false` (an idle or empty phase) gives 'neutral': nothing is counting yet,
 * so the projector should not already signal urgency.
 */
export function timerColour(remaining: number, thresholds: ColourThresholds, started = true): TimerColour {
  if (!started) return 'neutral';
  if (remaining < 0) return 'overtime';
  if (remaining <= thresholds.redAtMs) return 'red';
  if (thresholds.amberAtMs > 0 && remaining <= thresholds.amberAtMs) return 'amber';
  return 'green';
}

/** Convenience for windows: the colour of a state at `nowMs`. */
export function stateColour(state: TimerState, nowMs: number, thresholds: ColourThresholds): TimerColour {
  const started = state.status === 'running' || state.status === 'paused';
  return timerColour(remainingMs(state, nowMs), thresholds, started);
}

export const DEFAULT_FLASH_PERIOD_MS = 1000;

/**
 * Whether the overtime flash is in its "on" half at `nowMs`. The rhythm is
 * anchored to the moment the phase reached zero, not to each window's own
 * timer, so the control-room preview and the projector blink in step. While
 * paused in overtime the flash stays on (a steady warning, no blinking).
 */
export function overtimeFlashOn(
  state: TimerState,
  nowMs: number,
  periodMs = DEFAULT_FLASH_PERIOD_MS,
): boolean {
  const over = overtimeMs(state, nowMs);
  if (over <= 0) return false;
  if (state.status !== 'running') return true;
  const half = Math.max(1, periodMs / 2);
  return Math.floor(over / half) % 2 === 0;
}
