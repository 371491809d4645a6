/**
 * The projector window and the session's hold on the machine: thin Electron
 * glue applying the decisions of display-placement.ts. Opens `#/display`
 * full screen on the external display (or as a normal window on a single
 * screen), follows displays being plugged and unplugged, remembers the
 * windowed bounds, keeps the screens awake during a session, and words the
 * question asked before quitting mid-pitch (main/app/quit-flow.ts asks it).
 */
import { BrowserWindow, dialog, powerSaveBlocker, screen } from 'electron';
import type { EventName } from '../../common/contract';
import type { ScreenInfo } from '../../common/contract/session';
import { translate } from '../../common/i18n';
import type { AppContext } from '../core/context/app-context';
import { listTeams } from '../core/event/teams';
import { readDisplaySettings, readTimer, readWindowBounds, writeWindowBounds } from '../core/pitch-day';
import {
  boundsToRemember,
  chooseDisplay,
  needsReplacing,
  type Placement,
  placeSteps,
  quitDialogOptions,
  shouldBlockSleep,
  shouldConfirmQuit,
  toScreenInfo,
} from './display-placement';
import { hardenWindow } from './harden';
import { hardenedWebPreferences } from './security';
import { loadPage, type WindowPaths } from './windows';

export class DisplayWindowController {
  private win: BrowserWindow | null = null;
  private blocker: number | null = null;
  /** The placement the app last gave the window: its own bounds are never remembered as the chair's. */
  private applied: Placement | null = null;
  private rememberTimer: ReturnType<typeof setTimeout> | null = null;
  private readonly follow = () => this.onScreensChanged();

  constructor(
    private readonly paths: WindowPaths,
    private readonly ctx: AppContext,
  ) {}

  /** Call once the app is ready: follows the displays, and opens on an external one if present. */
  start(): void {
    screen.on('display-added', this.follow);
    screen.on('display-removed', this.follow);
    screen.on('display-metrics-changed', this.follow);
    const placement = this.placement();
    if (placement?.fullscreen) this.open(null);
    this.updateSleepBlocker();
  }

  /** On quit: stops following the displays and lets the screens sleep again. */
  stop(): void {
    screen.removeListener('display-added', this.follow);
    screen.removeListener('display-removed', this.follow);
    screen.removeListener('display-metrics-changed', this.follow);
    if (this.blocker !== null) powerSaveBlocker.stop(this.blocker);
    this.blocker = null;
  }

  listScreens(): ScreenInfo[] {
    return toScreenInfo(screen.getAllDisplays(), screen.getPrimaryDisplay().id);
  }

  /** Opens the display window, or moves it; `screenId` was already saved by the handler. */
  open(_screenId: number | null): boolean {
    const placement = this.placement();
    if (!placement) return false;
    let win = this.win && !this.win.isDestroyed() ? this.win : null;
    if (!win) {
      win = this.create(placement);
      this.win = win;
      this.place(win, placement);
    } else {
      // Already there: no leave/enter full-screen flicker; the chair's "open" does restore full screen.
      const current = { fullscreen: win.isFullScreen(), bounds: win.getBounds() };
      const moved = needsReplacing(this.applied, placement, current, screen.getAllDisplays());
      if (moved || (placement.fullscreen && !current.fullscreen)) this.place(win, placement);
    }
    // Never show(): it focuses the window, and the chair's timer keys would go to the projector.
    win.showInactive();
    this.updateSleepBlocker();
    return true;
  }

  close(): boolean {
    if (!this.win || this.win.isDestroyed()) return false;
    this.win.close();
    return true;
  }

  /** Wired to the context's emit: the timer's transitions decide the sleep blocker. */
  onEvent(name: EventName): void {
    if (name === 'timer.changed' || name === 'event.changed') this.updateSleepBlocker();
  }

  /** The team whose clock is in progress (quitting now deserves a question), or null. */
  midPitchTeam(): string | null {
    const db = this.db();
    if (!db) return null;
    const timer = readTimer(db).state;
    if (!shouldConfirmQuit(timer)) return null;
    return listTeams(db).find((t) => t.id === timer.teamId)?.name ?? '';
  }

  /** The "quit while a timer runs?" question; true when the chair confirms. */
  async askQuit(teamName: string, parent: BrowserWindow | null): Promise<boolean> {
    const options = quitDialogOptions(this.ctx.uiLocale, teamName);
    const usable = parent && !parent.isDestroyed() ? parent : null;
    const { response } = usable
      ? await dialog.showMessageBox(usable, options)
      : await dialog.showMessageBox(options);
    return response === 0;
  }

  /** The open event's database; none after the last window closed it. */
  private db() {
    const db = this.ctx.eventFile?.db;
    return db?.open ? db : null;
  }

  private placement(): Placement | null {
    const db = this.db();
    const preferred = db ? readDisplaySettings(db).screenId : null;
    const saved = db ? readWindowBounds(db) : null;
    return chooseDisplay(screen.getAllDisplays(), screen.getPrimaryDisplay().id, preferred, saved);
  }

  private create(placement: Placement): BrowserWindow {
    const win = new BrowserWindow({
      ...placement.bounds,
      show: false,
      title: translate(this.ctx.uiLocale, 'display.windowTitle'),
      backgroundColor: '#000000',
      autoHideMenuBar: true,
      webPreferences: hardenedWebPreferences(this.paths.preload),
    });
    hardenWindow(win, this.paths.appUrl);
    win.setMenuBarVisibility(false);
    // `moved`/`resized` exist on macOS and Windows only; `move`/`resize` fire everywhere but
    // continuously while dragging, hence the debounce; `close` catches the last bounds.
    const later = () => {
      if (this.rememberTimer) clearTimeout(this.rememberTimer);
      this.rememberTimer = setTimeout(() => this.remember(win), 500);
      this.rememberTimer.unref?.();
    };
    win.on('move', later);
    win.on('resize', later);
    win.on('close', () => this.remember(win));
    win.on('closed', () => {
      if (this.rememberTimer) clearTimeout(this.rememberTimer);
      this.rememberTimer = null;
      if (this.win === win) {
        this.win = null;
        this.applied = null;
      }
      this.updateSleepBlocker();
    });
    loadPage(win, `${this.paths.appUrl}#/display`);
    return win;
  }

  /** Stores the window's bounds if they are the chair's own windowed bounds. */
  private remember(win: BrowserWindow): void {
    const db = this.db();
    if (!db || win.isDestroyed()) return;
    const bounds = boundsToRemember(
      { fullscreen: win.isFullScreen(), bounds: win.getBounds() },
      this.win === win ? this.applied : null,
      screen.getAllDisplays(),
    );
    if (bounds) writeWindowBounds(db, bounds);
  }

  private place(win: BrowserWindow, placement: Placement): void {
    for (const step of placeSteps(win.isFullScreen(), placement)) {
      if (step === 'leaveFullScreen') win.setFullScreen(false);
      else if (step === 'setBounds') win.setBounds(placement.bounds);
      else win.setFullScreen(true);
    }
    this.applied = placement;
  }

  private onScreensChanged(): void {
    const placement = this.placement();
    if (!placement) return;
    const win = this.win && !this.win.isDestroyed() ? this.win : null;
    if (win) {
      const current = { fullscreen: win.isFullScreen(), bounds: win.getBounds() };
      if (needsReplacing(this.applied, placement, current, screen.getAllDisplays())) {
        this.place(win, placement);
      }
    } else if (placement.fullscreen) this.open(null); // a projector was just plugged in
  }

  private updateSleepBlocker(): void {
    const db = this.db();
    const timer = db ? readTimer(db).state : null;
    const displayOpen = this.win !== null && !this.win.isDestroyed();
    const block = timer ? shouldBlockSleep(timer, displayOpen) : displayOpen;
    if (block && this.blocker === null) this.blocker = powerSaveBlocker.start('prevent-display-sleep');
    if (!block && this.blocker !== null) {
      powerSaveBlocker.stop(this.blocker);
      this.blocker = null;
    }
  }
}
