/**
 * What one frame of the clock shows, from the anchors and the time: pure, so
 * the painter stays a thin DOM diff and this is tested in Node.
 */
import {
  type ColourThresholds,
  formatClock,
  overtimeFlashOn,
  progressFraction,
  remainingMs,
  stateColour,
  type TimerColour,
  type TimerState,
} from '../../../common/timer';

export interface FrameView {
  text: string;
  colour: TimerColour;
  /** Overtime flash in its "on" half (steady on when paused in overtime). */
  flash: boolean;
  /** 0..1 share of the allowed time used. */
  progress: number;
}

export function frameView(state: TimerState, nowMs: number, thresholds: ColourThresholds): FrameView {
  if (state.status === 'empty') return { text: '', colour: 'neutral', flash: false, progress: 0 };
  return {
    text: formatClock(remainingMs(state, nowMs)),
    colour: stateColour(state, nowMs, thresholds),
    flash: overtimeFlashOn(state, nowMs),
    progress: progressFraction(state, nowMs),
  };
}

/**
 * The clock text with every digit as "0": with tabular figures, texts of the
 * same shape have the same width, so the font size is refitted only when the
 * shape changes ("9:59" → "10:00", "0:00" → "+0:01"), not every second.
 */
export function clockShape(text: string): string {
  return text.replace(/\d/g, '0');
}

/**
 * The largest font size at which a text measured `natural` (width, height) at
 * `referencePx` fits in `box`, keeping a margin (`fill` of the box).
 */
export function fitFontSize(
  box: { width: number; height: number },
  natural: { width: number; height: number },
  referencePx: number,
  fill = 0.94,
): number {
  if (natural.width <= 0 || natural.height <= 0 || box.width <= 0 || box.height <= 0) return 0;
  const scale = Math.min((box.width * fill) / natural.width, (box.height * fill) / natural.height);
  return Math.max(0, Math.floor(referencePx * scale * 100) / 100);
}

/** Progress bar width in whole device pixels: the bar is repainted only when a pixel changes. */
export function progressPixels(progress: number, barWidthPx: number): number {
  return Math.round(Math.min(1, Math.max(0, progress)) * Math.max(0, barWidthPx));
}
