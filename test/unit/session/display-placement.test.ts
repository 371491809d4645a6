import { describe, expect, it } from 'vitest';
import { applyTimerCommand, createTimerState, type TimerState } from '../../../common/timer';
import {
  boundsVisible,
  chooseDisplay,
  type DisplayLike,
  defaultWindowBounds,
  quitDialogOptions,
  shouldBlockSleep,
  shouldConfirmQuit,
  toScreenInfo,
} from '../../../main/app/display-placement';

const laptop: DisplayLike = {
  id: 1,
  label: 'Built-in Retina Display',
  internal: true,
  bounds: { x: 0, y: 0, width: 1440, height: 900 },
  workArea: { x: 0, y: 25, width: 1440, height: 875 },
};
const projector: DisplayLike = {
  id: 2,
  label: 'EPSON PJ',
  internal: false,
  bounds: { x: 1440, y: 0, width: 1920, height: 1080 },
  workArea: { x: 1440, y: 0, width: 1920, height: 1080 },
};
const smallMonitor: DisplayLike = {
  id: 3,
  label: 'Dell',
  internal: false,
  bounds: { x: -1280, y: 0, width: 1280, height: 1024 },
  workArea: { x: -1280, y: 0, width: 1280, height: 1024 },
};

describe('choosing the projector display', () => {
  it('opens a normal 16:9 window on a single display, centred in its work area', () => {
    const placement = chooseDisplay([laptop], 1, null);
    expect(placement).toEqual({
      displayId: 1,
      fullscreen: false,
      bounds: defaultWindowBounds(laptop.workArea),
    });
    const { bounds } = placement ?? { bounds: laptop.bounds };
    expect(bounds.width / bounds.height).toBeCloseTo(16 / 9, 2);
    expect(boundsVisible(bounds, [laptop])).toBe(true);
  });

  it('goes full screen on the external display when there is one', () => {
    expect(chooseDisplay([laptop, projector], 1, null)).toEqual({
      displayId: 2,
      fullscreen: true,
      bounds: projector.bounds,
    });
  });

  it('prefers the largest external display, and an external panel over a built-in one', () => {
    expect(chooseDisplay([laptop, smallMonitor, projector], 1, null)?.displayId).toBe(2);
    const secondBuiltIn = {
      ...projector,
      id: 9,
      internal: true,
      bounds: { ...projector.bounds, width: 4000 },
    };
    expect(chooseDisplay([laptop, secondBuiltIn, smallMonitor], 1, null)?.displayId).toBe(3);
  });

  it('follows the chair’s choice while that display exists, and falls back when it is unplugged', () => {
    expect(chooseDisplay([laptop, smallMonitor, projector], 1, 3)?.displayId).toBe(3);
    expect(chooseDisplay([laptop, projector], 1, 3)?.displayId).toBe(2);
    expect(chooseDisplay([laptop], 1, 3)).toMatchObject({ displayId: 1, fullscreen: false });
  });

  it('keeps the chair’s screen usable: the primary display chosen on purpose gets a window', () => {
    expect(chooseDisplay([laptop, projector], 1, 1)).toMatchObject({ displayId: 1, fullscreen: false });
  });

  it('reuses saved window bounds only while they are visible', () => {
    const saved = { x: 100, y: 100, width: 800, height: 450 };
    expect(chooseDisplay([laptop], 1, null, saved)?.bounds).toEqual(saved);
    // Saved on the projector's side of the desktop, projector gone: back to the default.
    const onProjector = { x: 1600, y: 100, width: 800, height: 450 };
    expect(chooseDisplay([laptop], 1, null, onProjector)?.bounds).toEqual(
      defaultWindowBounds(laptop.workArea),
    );
  });

  it('answers null when the OS reports no display at all', () => {
    expect(chooseDisplay([], 1, null)).toBeNull();
  });
});

describe('visible bounds', () => {
  it('needs a sane size and a grabbable top edge on some display', () => {
    expect(boundsVisible({ x: 10, y: 40, width: 800, height: 600 }, [laptop])).toBe(true);
    expect(boundsVisible({ x: 10, y: 40, width: 100, height: 60 }, [laptop])).toBe(false);
    expect(boundsVisible({ x: 1400, y: 40, width: 800, height: 600 }, [laptop])).toBe(false);
    expect(boundsVisible({ x: 10, y: -500, width: 800, height: 600 }, [laptop])).toBe(false);
    expect(boundsVisible({ x: Number.NaN, y: 40, width: 800, height: 600 }, [laptop])).toBe(false);
    expect(boundsVisible({ x: -1200, y: 100, width: 800, height: 600 }, [laptop, smallMonitor])).toBe(true);
  });
});

describe('the screen picker', () => {
  it('lists every display with its size and which one is the chair’s', () => {
    expect(toScreenInfo([laptop, { ...projector, label: '' }], 1)).toEqual([
      { id: 1, label: 'Built-in Retina Display', width: 1440, height: 900, primary: true, internal: true },
      { id: 2, label: '#2', width: 1920, height: 1080, primary: false, internal: false },
    ]);
  });
});

function stateAfter(...commands: Parameters<typeof applyTimerCommand>[1][]): TimerState {
  let state = createTimerState();
  for (const command of commands) {
    const result = applyTimerCommand(state, command, 1_000);
    if (!result.ok) throw new Error(result.refusal.code);
    state = result.state;
  }
  return state;
}

describe('the session’s hold on the machine', () => {
  const load = { type: 'endTeam', next: { teamId: 4, pitchMs: 300_000, qaMs: 0 } } as const;

  it('asks before quitting only while a team’s clock is in progress', () => {
    expect(shouldConfirmQuit(createTimerState())).toBe(false);
    expect(shouldConfirmQuit(stateAfter(load))).toBe(false);
    expect(shouldConfirmQuit(stateAfter(load, { type: 'start' }))).toBe(true);
    expect(shouldConfirmQuit(stateAfter(load, { type: 'start' }, { type: 'pause' }))).toBe(true);
  });

  it('keeps the screens awake from the first team called, or while the display is open', () => {
    expect(shouldBlockSleep(createTimerState(), false)).toBe(false);
    expect(shouldBlockSleep(createTimerState(), true)).toBe(true);
    expect(shouldBlockSleep(stateAfter(load), false)).toBe(true);
  });

  it('words the quit dialog in the chair’s language, with the team’s name', () => {
    const fr = quitDialogOptions('fr', 'Fare Pūai');
    expect(fr.title).toBe('Quitter Pitch Jury\u202f?');
    expect(fr.message).toBe('« Fare Pūai » est sur scène et son chrono est en cours.');
    expect(fr.buttons).toEqual(['Quitter quand même', 'Annuler']);
    expect(fr.cancelId).toBe(1);
    expect(quitDialogOptions('en', 'Fare Pūai').buttons).toEqual(['Quit anyway', 'Cancel']);
  });
});
