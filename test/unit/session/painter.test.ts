/**
 * The display's painter against a stand-in DOM that counts writes: it must
 * paint a transition at once (not a frame later), run per frame only while
 * the clock runs, and touch the DOM only when something visible changes.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  applyTimerCommand,
  createTimerState,
  type TimerCommand,
  type TimerState,
} from '../../../common/timer';
import { startPainter } from '../../../renderer/src/display/painter';
import type { FeedSnapshot, TimerFeed } from '../../../renderer/src/display/timer-feed';

const T0 = 1_790_000_000_000;

class FakeFeed implements TimerFeed {
  snapshot: FeedSnapshot | null = null;
  clock = T0;
  private listeners = new Set<() => void>();
  current = () => this.snapshot;
  now = () => this.clock;
  subscribe(listener: () => void) {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
  close() {}
  push(state: TimerState) {
    this.snapshot = {
      revision: (this.snapshot?.revision ?? 0) + 1,
      state,
      thresholds: { amberAtMs: 60_000, redAtMs: 30_000 },
    };
    for (const l of this.listeners) l();
  }
}

function counted<T extends object>(target: T, writes: string[], name: string): T {
  return new Proxy(target, {
    set(obj, key, value) {
      writes.push(`${name}.${String(key)}`);
      return Reflect.set(obj, key, value);
    },
  });
}

let frames: (() => void)[] = [];
beforeEach(() => {
  frames = [];
  globalThis.requestAnimationFrame = (cb: FrameRequestCallback) => frames.push(() => cb(0));
  globalThis.cancelAnimationFrame = (id: number) => {
    frames[id - 1] = () => undefined;
  };
});
afterEach(() => {
  Reflect.deleteProperty(globalThis, 'requestAnimationFrame');
  Reflect.deleteProperty(globalThis, 'cancelAnimationFrame');
});
function runFrame(feed: FakeFeed, advanceMs: number) {
  feed.clock += advanceMs;
  const pending = frames;
  frames = [];
  for (const f of pending) f();
}

function setup() {
  const writes: string[] = [];
  const dataset = counted<Record<string, string>>({}, writes, 'dataset');
  const text = counted({ data: '' }, writes, 'text');
  const style = counted({ width: '' }, writes, 'bar');
  const target = {
    root: { dataset } as unknown as HTMLElement,
    text: text as unknown as Text,
    bar: { style } as unknown as HTMLElement,
    track: { clientWidth: 1000 } as unknown as HTMLElement,
  };
  const feed = new FakeFeed();
  const stop = startPainter(feed, target);
  return { feed, writes, dataset, text, style, stop };
}

let state = createTimerState();
function apply(command: TimerCommand, at: number): TimerState {
  const result = applyTimerCommand(state, command, at);
  if (!result.ok) throw new Error(result.refusal.code);
  state = result.state;
  return state;
}

describe('the clock painter', () => {
  beforeEach(() => {
    state = createTimerState();
  });

  it('paints a transition at once, revision last', () => {
    const { feed, writes, text, dataset } = setup();
    feed.push(apply({ type: 'endTeam', next: { teamId: 1, pitchMs: 100_000, qaMs: 0 } }, T0));
    expect(text.data).toBe('1:40');
    expect(dataset.status).toBe('idle');
    expect(writes.at(-1)).toBe('dataset.revision');
    expect(frames).toHaveLength(0); // idle: no frame loop
  });

  it('runs per frame while counting, writing to the DOM only when something visible changes', () => {
    const { feed, writes, text, dataset, style } = setup();
    feed.push(apply({ type: 'endTeam', next: { teamId: 1, pitchMs: 100_000, qaMs: 0 } }, T0));
    feed.push(apply({ type: 'start' }, T0));
    writes.length = 0;
    // Ten seconds at 60 frames a second.
    for (let i = 0; i < 600; i++) runFrame(feed, 1000 / 60);
    expect(text.data).toBe('1:30');
    expect(dataset.colour).toBe('green');
    expect(style.width).toBe('100px');
    const textWrites = writes.filter((w) => w === 'text.data').length;
    const barWrites = writes.filter((w) => w === 'bar.width').length;
    expect(textWrites).toBe(10);
    expect(barWrites).toBe(100); // one per pixel of a 1000 px track over 10 % of the pitch
    expect(writes.length).toBe(textWrites + barWrites);
  });

  it('stops the frame loop on pause and after stop()', () => {
    const { feed, stop } = setup();
    feed.push(apply({ type: 'endTeam', next: { teamId: 1, pitchMs: 100_000, qaMs: 0 } }, T0));
    feed.push(apply({ type: 'start' }, T0));
    runFrame(feed, 16);
    expect(frames).toHaveLength(1);
    feed.push(apply({ type: 'pause' }, feed.clock));
    runFrame(feed, 16);
    expect(frames).toHaveLength(0);
    feed.push(apply({ type: 'resume' }, feed.clock));
    stop();
    runFrame(feed, 16);
    expect(frames).toHaveLength(0);
  });
});
