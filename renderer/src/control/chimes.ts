/**
 * Chimes at amber, red and zero, synthesised with WebAudio (nothing to ship,
 * works offline): a bell-like strike, once at amber, twice at red, three times
 * at zero. When they ring is pure maths over the anchors (`upcomingChimes`),
 * scheduled with timers rather than detected per frame, so they still ring
 * when the control window is hidden and its animation frames are throttled.
 */
import { type ColourThresholds, remainingMs, type TimerState } from '../../../common/timer';

export type ChimeKind = 'amber' | 'red' | 'zero';

export interface UpcomingChime {
  kind: ChimeKind;
  /** Milliseconds from `nowMs` until the clock reaches the threshold. */
  inMs: number;
}

/**
 * The chimes still ahead of a running clock. The moments match the colours
 * (`timerColour`): amber when `amberAtMs` is left (only if amber comes before
 * red), red at `redAtMs` (red at 0 coincides with zero, which wins), zero when
 * the clock shows 0:00. Nothing while idle or paused: a paused clock crosses
 * no threshold.
 */
export function upcomingChimes(
  state: TimerState,
  nowMs: number,
  thresholds: ColourThresholds,
): UpcomingChime[] {
  if (state.status !== 'running') return [];
  const left = remainingMs(state, nowMs);
  const marks: { kind: ChimeKind; atMs: number }[] = [];
  if (thresholds.amberAtMs > 0 && thresholds.amberAtMs > thresholds.redAtMs) {
    marks.push({ kind: 'amber', atMs: thresholds.amberAtMs });
  }
  if (thresholds.redAtMs > 0) marks.push({ kind: 'red', atMs: thresholds.redAtMs });
  marks.push({ kind: 'zero', atMs: 0 });
  return marks.filter((m) => left > m.atMs).map((m) => ({ kind: m.kind, inMs: left - m.atMs }));
}

export const STRIKES: Record<ChimeKind, number> = { amber: 1, red: 2, zero: 3 };

/** Partials of a small bell (ratios of a struck bar), loudest first. */
const PARTIALS: readonly [ratio: number, gain: number][] = [
  [1, 1],
  [2.76, 0.35],
  [5.4, 0.15],
];

/** Plays a chime now. `volume` 0..1. */
export function playChime(audio: AudioContext, kind: ChimeKind, volume: number): void {
  if (volume <= 0) return;
  const master = audio.createGain();
  master.gain.value = Math.min(1, volume) * 0.6;
  master.connect(audio.destination);
  const base = kind === 'zero' ? 659.25 : 880;
  const start = audio.currentTime + 0.02;
  for (let strike = 0; strike < STRIKES[kind]; strike++) {
    const t = start + strike * 0.4;
    for (const [ratio, gain] of PARTIALS) {
      const osc = audio.createOscillator();
      const env = audio.createGain();
      osc.type = 'sine';
      osc.frequency.value = base * ratio;
      env.gain.setValueAtTime(0, t);
      env.gain.linearRampToValueAtTime(gain, t + 0.008);
      env.gain.exponentialRampToValueAtTime(0.0001, t + 1.4 / ratio ** 0.5);
      osc.connect(env).connect(master);
      osc.start(t);
      osc.stop(t + 1.5);
    }
  }
}
