/**
 * Where the projector window goes, and the other session decisions of the
 * Electron glue, as pure functions (tested in Node; display-window.ts only
 * applies them):
 * - an external display gets the window full screen; with a single display it
 *   is a normal window on the primary one, so the chair keeps the control room;
 * - the chair's choice wins while that display exists;
 * - saved bounds are reused only if they are still visible on the display the
 *   window goes to;
 * - a change of the screens re-places the window only when its placement
 *   changes (never for a taskbar moving on another display), and a full-screen
 *   window is never given bounds while full screen;
 * - only bounds the chair gave the window are remembered as "windowed";
 * - the screens stay awake during a session; quitting mid-pitch asks first.
 */
import type { MessageBoxOptions } from 'electron';
import type { ScreenInfo } from '../../common/contract/session';
import type { Locale } from '../../common/domain';
import { translate } from '../../common/i18n';
import type { TimerState } from '../../common/timer';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The part of Electron's `Display` these decisions need. */
export interface DisplayLike {
  id: number;
  bounds: Rect;
  workArea: Rect;
  internal?: boolean;
  label?: string;
}

export interface Placement {
  displayId: number;
  fullscreen: boolean;
  bounds: Rect;
}

const area = (r: Rect) => Math.max(0, r.width) * Math.max(0, r.height);

function intersection(a: Rect, b: Rect): Rect {
  const x = Math.max(a.x, b.x);
  const y = Math.max(a.y, b.y);
  return {
    x,
    y,
    width: Math.min(a.x + a.width, b.x + b.width) - x,
    height: Math.min(a.y + a.height, b.y + b.height) - y,
  };
}

/** Enough of the window must show on one display to be found and dragged back. */
export const MIN_VISIBLE = { width: 160, height: 90 };

/**
 * Saved bounds still make sense: a sane size, and at least MIN_VISIBLE of the
 * window, including its top edge (the title bar to drag it), on one work area.
 * A projector unplugged since, or a resolution change, fails this.
 */
export function boundsVisible(bounds: Rect, displays: readonly DisplayLike[]): boolean {
  const values = [bounds.x, bounds.y, bounds.width, bounds.height];
  if (!values.every(Number.isFinite)) return false;
  if (bounds.width < MIN_VISIBLE.width || bounds.height < MIN_VISIBLE.height) return false;
  return displays.some((d) => {
    const overlap = intersection(bounds, d.workArea);
    const topEdgeShown = bounds.y >= d.workArea.y && bounds.y < d.workArea.y + d.workArea.height;
    return overlap.width >= MIN_VISIBLE.width && overlap.height >= MIN_VISIBLE.height && topEdgeShown;
  });
}

/** A 16:9 window centred on the work area, at most 1280 wide and 80 % of the area. */
export function defaultWindowBounds(workArea: Rect): Rect {
  const width = Math.round(Math.min(1280, workArea.width * 0.8, (workArea.height * 0.8 * 16) / 9));
  const height = Math.round((width * 9) / 16);
  return {
    x: Math.round(workArea.x + (workArea.width - width) / 2),
    y: Math.round(workArea.y + (workArea.height - height) / 2),
    width,
    height,
  };
}

/**
 * The external display for the projector: an external panel before a second
 * built-in one, then the largest, then the lowest id (stable across calls).
 */
function bestExternal(displays: readonly DisplayLike[], primaryId: number): DisplayLike | null {
  const others = displays.filter((d) => d.id !== primaryId);
  others.sort(
    (a, b) =>
      Number(a.internal === true) - Number(b.internal === true) ||
      area(b.bounds) - area(a.bounds) ||
      a.id - b.id,
  );
  return others[0] ?? null;
}

export function chooseDisplay(
  displays: readonly DisplayLike[],
  primaryId: number,
  preferredId: number | null,
  savedBounds: Rect | null = null,
): Placement | null {
  const primary = displays.find((d) => d.id === primaryId) ?? displays[0];
  if (!primary) return null;
  const preferred = preferredId === null ? undefined : displays.find((d) => d.id === preferredId);
  const target = preferred ?? bestExternal(displays, primary.id) ?? primary;
  if (target.id !== primary.id) {
    return { displayId: target.id, fullscreen: true, bounds: { ...target.bounds } };
  }
  const bounds =
    savedBounds && boundsVisible(savedBounds, [primary])
      ? { ...savedBounds }
      : defaultWindowBounds(primary.workArea);
  return { displayId: primary.id, fullscreen: false, bounds };
}

/** What the window looks like now, as far as placing it is concerned. */
export interface WindowState {
  fullscreen: boolean;
  bounds: Rect;
}

/**
 * Whether a change of the screens (added, removed, metrics changed) must move
 * the window: only when its target display or mode changes, or, windowed, when
 * it is no longer visible on its display. `applied` is the placement the app
 * last gave the window.
 */
export function needsReplacing(
  applied: Placement | null,
  next: Placement,
  current: WindowState,
  displays: readonly DisplayLike[],
): boolean {
  if (!applied || applied.displayId !== next.displayId || applied.fullscreen !== next.fullscreen) return true;
  // Same display, still full screen: the OS resizes a full-screen window with its display, and a
  // chair who left full screen on purpose is not overruled by a taskbar moving.
  if (next.fullscreen) return false;
  const target = displays.find((d) => d.id === next.displayId);
  return current.fullscreen || !target || !boundsVisible(current.bounds, [target]);
}

/** The calls that place a window, in order; a full-screen window is never given bounds. */
export type PlaceStep = 'leaveFullScreen' | 'setBounds' | 'enterFullScreen';

export function placeSteps(currentlyFullscreen: boolean, placement: Placement): PlaceStep[] {
  const steps: PlaceStep[] = [];
  if (currentlyFullscreen) steps.push('leaveFullScreen');
  // Moving first makes the OS pick the right display for full screen.
  steps.push('setBounds');
  if (placement.fullscreen) steps.push('enterFullScreen');
  return steps;
}

/**
 * The bounds to remember as the window's "windowed" bounds, or null: never
 * while full screen, never bounds the app set itself (`applied`), never a
 * display's whole area (a full-screen transition in progress).
 */
export function boundsToRemember(
  current: WindowState,
  applied: Placement | null,
  displays: readonly DisplayLike[],
): Rect | null {
  if (current.fullscreen) return null;
  const same = (a: Rect, b: Rect) =>
    a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;
  if (applied && same(current.bounds, applied.bounds)) return null;
  if (displays.some((d) => same(current.bounds, d.bounds))) return null;
  if (!boundsVisible(current.bounds, displays)) return null;
  return { ...current.bounds };
}

/** The displays as the chair's picker lists them. */
export function toScreenInfo(displays: readonly DisplayLike[], primaryId: number): ScreenInfo[] {
  return displays.map((d, index) => ({
    id: d.id,
    label: d.label?.trim() || `#${index + 1}`,
    width: Math.round(d.bounds.width),
    height: Math.round(d.bounds.height),
    primary: d.id === primaryId,
    internal: d.internal === true,
  }));
}

/** A team is mid-phase: quitting now deserves a second thought (nothing is lost, but the projector goes dark). */
export function shouldConfirmQuit(timer: TimerState): boolean {
  return timer.status === 'running' || timer.status === 'paused';
}

/** Keep the laptop and the projector awake from the first team called, or while the display is open. */
export function shouldBlockSleep(timer: TimerState, displayOpen: boolean): boolean {
  return displayOpen || timer.status !== 'empty';
}

/** The "quit while a timer runs?" dialog, in the chair's language. Button 0 quits. */
export function quitDialogOptions(locale: Locale, teamName: string): MessageBoxOptions {
  const t = (key: string, params: Record<string, string> = {}) => translate(locale, key, params);
  return {
    type: 'warning',
    title: t('quit.title'),
    message: t('quit.message', { name: teamName }),
    detail: t('quit.detail'),
    buttons: [t('quit.confirm'), t('common.cancel')],
    defaultId: 1,
    cancelId: 1,
    noLink: true,
  };
}
