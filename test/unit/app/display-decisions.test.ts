import { describe, expect, it } from 'vitest';
import {
  boundsToRemember,
  chooseDisplay,
  type DisplayLike,
  needsReplacing,
  type Placement,
  placeSteps,
} from '../../../main/app/display-placement';

const laptop: DisplayLike = {
  id: 1,
  internal: true,
  bounds: { x: 0, y: 0, width: 1440, height: 900 },
  workArea: { x: 0, y: 25, width: 1440, height: 875 },
};
const projector: DisplayLike = {
  id: 2,
  internal: false,
  bounds: { x: 1440, y: 0, width: 1920, height: 1080 },
  workArea: { x: 1440, y: 0, width: 1920, height: 1080 },
};
const onProjector: Placement = { displayId: 2, fullscreen: true, bounds: { ...projector.bounds } };
const windowed: Placement = {
  displayId: 1,
  fullscreen: false,
  bounds: { x: 100, y: 100, width: 800, height: 450 },
};

describe('needsReplacing (display-metrics-changed, display-added/removed)', () => {
  it('leaves a full-screen projector alone when another display changes (a taskbar moving)', () => {
    const current = { fullscreen: true, bounds: { ...projector.bounds } };
    expect(needsReplacing(onProjector, onProjector, current, [laptop, projector])).toBe(false);
  });

  it('leaves it alone when its own display changes resolution: the OS resizes full-screen windows', () => {
    const current = { fullscreen: true, bounds: { ...projector.bounds } };
    const resized = { ...projector, bounds: { ...projector.bounds, width: 1280, height: 720 } };
    const next = { ...onProjector, bounds: { ...resized.bounds } };
    expect(needsReplacing(onProjector, next, current, [laptop, resized])).toBe(false);
  });

  it('moves the window when its target display or mode changes', () => {
    const current = { fullscreen: true, bounds: { ...projector.bounds } };
    expect(needsReplacing(onProjector, windowed, current, [laptop])).toBe(true);
    expect(
      needsReplacing(windowed, onProjector, { fullscreen: false, bounds: windowed.bounds }, [
        laptop,
        projector,
      ]),
    ).toBe(true);
    expect(needsReplacing(null, windowed, { fullscreen: false, bounds: windowed.bounds }, [laptop])).toBe(
      true,
    );
  });

  it('moves a windowed window only when it is no longer visible on its display', () => {
    expect(needsReplacing(windowed, windowed, { fullscreen: false, bounds: windowed.bounds }, [laptop])).toBe(
      false,
    );
    const lost = { x: 5000, y: 100, width: 800, height: 450 };
    expect(needsReplacing(windowed, windowed, { fullscreen: false, bounds: lost }, [laptop])).toBe(true);
  });
});

describe('placeSteps', () => {
  it('never gives bounds to a window while it is full screen', () => {
    expect(placeSteps(true, onProjector)).toEqual(['leaveFullScreen', 'setBounds', 'enterFullScreen']);
    expect(placeSteps(false, onProjector)).toEqual(['setBounds', 'enterFullScreen']);
    expect(placeSteps(true, windowed)).toEqual(['leaveFullScreen', 'setBounds']);
    expect(placeSteps(false, windowed)).toEqual(['setBounds']);
  });
});

describe('boundsToRemember', () => {
  const displays = [laptop, projector];
  it('keeps the bounds the chair gave the window', () => {
    const mine = { x: 200, y: 120, width: 960, height: 540 };
    expect(boundsToRemember({ fullscreen: false, bounds: mine }, windowed, displays)).toEqual(mine);
  });

  it('never stores full-screen, app-initiated or whole-display bounds as windowed', () => {
    expect(
      boundsToRemember({ fullscreen: true, bounds: projector.bounds }, onProjector, displays),
    ).toBeNull();
    expect(boundsToRemember({ fullscreen: false, bounds: windowed.bounds }, windowed, displays)).toBeNull();
    // setBounds before entering full screen (macOS also emits `moved` for it).
    expect(
      boundsToRemember({ fullscreen: false, bounds: { ...projector.bounds } }, null, displays),
    ).toBeNull();
    expect(
      boundsToRemember(
        { fullscreen: false, bounds: { x: 9000, y: 0, width: 800, height: 450 } },
        null,
        displays,
      ),
    ).toBeNull();
  });
});

describe('chooseDisplay with saved bounds', () => {
  it('accepts saved bounds only when visible on the display the window goes to', () => {
    // The chair chose the laptop (screen 1): the window goes there, windowed. Bounds saved on the
    // projector, still plugged in, are refused: visible on *a* display is not enough.
    const onOther = { x: 1500, y: 100, width: 800, height: 450 };
    const placement = chooseDisplay([laptop, { ...projector }], 1, 1, onOther);
    expect(placement?.fullscreen).toBe(false);
    expect(placement?.bounds).not.toEqual(onOther);
    const onLaptop = { x: 100, y: 100, width: 800, height: 450 };
    expect(chooseDisplay([laptop, projector], 1, 1, onLaptop)?.bounds).toEqual(onLaptop);
  });
});
