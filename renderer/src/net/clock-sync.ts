/**
 * How far this device's clock is from the laptop's, NTP-style: a ping leaves
 * at t0 (our clock), the laptop stamps it s (its clock), the pong is back at
 * t3 (our clock). If the way there and the way back took as long, the laptop
 * stamped it at our (t0 + t3) / 2, so offset = s − (t0 + t3) / 2, and the
 * error is at most half the round trip. Wi-Fi makes some round trips long and
 * lopsided, so of several pings the one with the shortest round trip wins.
 *
 * Pure: no DOM, no timers (the bridge and the load bench share it).
 */

export interface ClockSample {
  /** Our clock when the ping left. */
  t0: number;
  /** The laptop's clock when it answered. */
  s: number;
  /** Our clock when the pong arrived. */
  t3: number;
}

export interface ClockEstimate {
  /** laptop's clock − ours, in ms: the laptop's time is `our now + offsetMs`. */
  offsetMs: number;
  roundTripMs: number;
}

export function estimateOf(sample: ClockSample): ClockEstimate {
  return {
    offsetMs: sample.s - (sample.t0 + sample.t3) / 2,
    roundTripMs: Math.max(0, sample.t3 - sample.t0),
  };
}

export class ClockSync {
  private samples: ClockEstimate[] = [];

  /** Keeps the last `window` samples: old ones go, so a drifting clock is followed. */
  constructor(private readonly window = 16) {}

  add(sample: ClockSample): void {
    if (sample.t3 < sample.t0) return; // our clock jumped back mid-ping: the sample means nothing
    this.samples.push(estimateOf(sample));
    if (this.samples.length > this.window) this.samples.shift();
  }

  get count(): number {
    return this.samples.length;
  }

  /** The sample with the shortest round trip, or null before the first pong. */
  best(): ClockEstimate | null {
    let best: ClockEstimate | null = null;
    for (const sample of this.samples) if (!best || sample.roundTripMs < best.roundTripMs) best = sample;
    return best;
  }

  reset(): void {
    this.samples = [];
  }
}
