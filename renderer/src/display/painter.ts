/**
 * Paints the clock straight into the DOM, outside React: on every transition
 * at once (so the projector follows a key press within the frame), then every
 * animation frame while the clock runs. Each frame only compares strings and
 * numbers; the DOM is touched when the text, colour, flash or a pixel of the
 * progress bar changes (about once a second), which keeps the display's CPU low.
 */
import { clockShape, type FrameView, frameView, progressPixels } from './frame';
import type { TimerFeed } from './timer-feed';

export interface PainterTarget {
  /** Receives data-colour, data-flash, data-status and data-revision. */
  root: HTMLElement;
  /** The clock's text node, rewritten only when the text changes. */
  text: Text;
  /** The progress bar's fill; its width is set in pixels. */
  bar: HTMLElement | null;
  /** The bar's track, measured on resize. */
  track: HTMLElement | null;
  /** Called when the clock's shape changes ("9:59" → "10:00"): refit the font. */
  onShapeChange?: (text: string) => void;
  /** Called after each paint (chimes, tests). */
  onPaint?: (view: FrameView) => void;
}

export function startPainter(feed: TimerFeed, target: PainterTarget): () => void {
  let frame = 0;
  let stopped = false;
  let trackWidth = target.track?.clientWidth ?? 0;
  let last: FrameView | null = null;
  let lastShape = '';
  let lastPixels = -1;
  let lastRevision = -1;
  let lastStatus = '';

  const paint = () => {
    const snapshot = feed.current();
    if (!snapshot) return;
    const view = frameView(snapshot.state, feed.now(), snapshot.thresholds);
    const { root } = target;
    if (view.text !== last?.text) {
      target.text.data = view.text;
      const shape = clockShape(view.text);
      if (shape !== lastShape) {
        lastShape = shape;
        target.onShapeChange?.(view.text);
      }
    }
    if (view.colour !== last?.colour) root.dataset.colour = view.colour;
    if (view.flash !== last?.flash) root.dataset.flash = view.flash ? 'on' : 'off';
    if (snapshot.state.status !== lastStatus) {
      lastStatus = snapshot.state.status;
      root.dataset.status = lastStatus;
    }
    if (target.bar) {
      const pixels = progressPixels(view.progress, trackWidth);
      if (pixels !== lastPixels) {
        lastPixels = pixels;
        target.bar.style.width = `${pixels}px`;
      }
    }
    // Last, so an observer of this attribute sees a fully painted clock.
    if (snapshot.revision !== lastRevision) {
      lastRevision = snapshot.revision;
      root.dataset.revision = String(lastRevision);
    }
    last = view;
    target.onPaint?.(view);
  };

  const loop = () => {
    frame = 0;
    if (stopped) return;
    paint();
    if (feed.current()?.state.status === 'running') frame = requestAnimationFrame(loop);
  };

  const onTransition = () => {
    if (frame) cancelAnimationFrame(frame);
    loop(); // paint now, not at the next frame
  };

  const resize =
    target.track && typeof ResizeObserver !== 'undefined'
      ? new ResizeObserver(() => {
          trackWidth = target.track?.clientWidth ?? 0;
          lastPixels = -1;
          if (feed.current()?.state.status !== 'running') paint();
        })
      : null;
  if (target.track) resize?.observe(target.track);

  const off = feed.subscribe(onTransition);
  loop();
  return () => {
    stopped = true;
    if (frame) cancelAnimationFrame(frame);
    off();
    resize?.disconnect();
  };
}
