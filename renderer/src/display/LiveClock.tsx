import { useLayoutEffect, useRef } from 'react';
import type { FrameView } from './frame';
import { fitFontSize } from './frame';
import { startPainter } from './painter';
import type { TimerFeed } from './timer-feed';

const REFERENCE_PX = 100;

/**
 * The big clock and its progress bar. React renders the boxes once; the
 * painter writes the digits, colour and bar directly. The font size is fitted
 * to the box (measured at a reference size, with tabular figures) whenever the
 * box is resized or the clock changes shape, so it fills any screen, from a
 * 1366×768 projector to a 4K one or the small preview, without overflowing.
 */
export function LiveClock({
  feed,
  className,
  onPaint,
  progress = true,
}: {
  feed: TimerFeed;
  className?: string;
  onPaint?: (view: FrameView) => void;
  progress?: boolean;
}) {
  const root = useRef<HTMLDivElement>(null);
  const area = useRef<HTMLDivElement>(null);
  const digits = useRef<HTMLSpanElement>(null);
  const measurer = useRef<HTMLSpanElement>(null);
  const track = useRef<HTMLDivElement>(null);
  const bar = useRef<HTMLDivElement>(null);
  const paintHook = useRef(onPaint);
  paintHook.current = onPaint;

  useLayoutEffect(() => {
    const rootEl = root.current;
    const areaEl = area.current;
    const digitsEl = digits.current;
    const measurerEl = measurer.current;
    if (!rootEl || !areaEl || !digitsEl || !measurerEl) return;
    const text = document.createTextNode('');
    digitsEl.replaceChildren(text);
    let shape = '0:00';
    const refit = () => {
      measurerEl.textContent = shape.replace(/\d/g, '0');
      const natural = measurerEl.getBoundingClientRect();
      const size = fitFontSize(
        { width: areaEl.clientWidth, height: areaEl.clientHeight },
        { width: natural.width, height: natural.height },
        REFERENCE_PX,
      );
      digitsEl.style.fontSize = `${size}px`;
    };
    const observer = new ResizeObserver(refit);
    observer.observe(areaEl);
    const stop = startPainter(feed, {
      root: rootEl,
      text,
      bar: bar.current,
      track: track.current,
      onShapeChange: (next) => {
        shape = next || '0:00';
        refit();
      },
      onPaint: (view) => paintHook.current?.(view),
    });
    refit();
    // The bundled font arrives after the first layout: measure again with it.
    document.fonts?.addEventListener('loadingdone', refit);
    return () => {
      stop();
      observer.disconnect();
      document.fonts?.removeEventListener('loadingdone', refit);
    };
  }, [feed]);

  return (
    <div ref={root} className={`pj-clock ${className ?? ''}`} data-testid="clock">
      <div ref={area} className="pj-clock-area">
        <span ref={digits} className="pj-clock-digits" data-testid="clock-digits" />
        <span ref={measurer} className="pj-clock-digits pj-clock-measure" aria-hidden="true" />
      </div>
      {progress && (
        <div ref={track} className="pj-progress" aria-hidden="true">
          <div ref={bar} className="pj-progress-fill" />
        </div>
      )}
    </div>
  );
}
