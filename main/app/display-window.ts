/**
 * The projector window and the session's hold on the machine: thin Electron
 * glue applying the decisions of display-placement.ts. Opens `#/display`
 * full screen on the external display (or as a normal window on a single
 * screen), follows displays being plugged and unplugged, remembers the
 * windowed bounds, keeps the screens awake during a session, and asks before
 * quitting while a team's clock is in progress.
 */
import { app, BrowserWindow, dialog, powerSaveBlocker, screen } from 'electron';
import type { EventName } from '../../common/contract';
import type { ScreenInfo } from '../../common/contract/session';
import { translate } from '../../common/i18n';
import type { AppContext } from '../core/context/app-context';
import { listTeams } from '../core/event/teams';
import { readDisplaySettings, readTimer, readWindowBounds, writeWindowBounds } from '../core/session';
import {
  chooseDisplay,
  type Placement,
  quitDialogOptions,
  shouldBlockSleep,
  shouldConfirmQuit,
  toScreenInfo,
} from './display-placement';
import { hardenWindow } from './harden';
import { hardenedWebPreferences } from './security';
import type { WindowPaths } from './windows';

export class DisplayWindowController {
  private win: BrowserWindow | null = null;
  private blocker: number | null = null;
  private quitConfirmed = false;

  constructor(
    private readonly paths: WindowPaths,
    private readonly ctx: AppContext,
  ) {}

  /** Call once the app is ready: follows the displays, and opens on an external one if present. */
  start(): void {
    const follow = () => this.onScreensChanged();
    screen.on('display-added', follow);
    screen.on('display-removed', follow);
    screen.on('display-metrics-changed', follow);
    app.on('before-quit', (event) => this.confirmQuit(event, null));
    const placement = this.placement();
    if (placement?.fullscreen) this.open(null);
    this.updateSleepBlocker();
  }

  listScreens(): ScreenInfo[] {
    return toScreenInfo(screen.getAllDisplays(), screen.getPrimaryDisplay().id);
  }

  /** Opens the display window, or moves it; `screenId` was already saved by the handler. */
  open(_screenId: number | null): boolean {
    const placement = this.placement();
    if (!placement) return false;
    if (!this.win || this.win.isDestroyed()) this.win = this.create(placement);
    this.place(this.win, placement);
    this.win.show();
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

  /** The control window: asks before closing mid-pitch, and takes the display window with it. */
  guardControlWindow(win: BrowserWindow): BrowserWindow {
    win.on('close', (event) => this.confirmQuit(event, win));
    win.on('closed', () => this.close());
    return win;
  }

  /** The open event's database; none after the last window closed it. */
  private db() {
    const db = this.ctx.session?.db;
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
    const remember = () => {
      const db = this.db();
      if (db && !win.isFullScreen() && !win.isDestroyed()) writeWindowBounds(db, win.getBounds());
    };
    win.on('moved', remember);
    win.on('resized', remember);
    win.on('closed', () => {
      if (this.win === win) this.win = null;
      this.updateSleepBlocker();
    });
    void win.loadURL(`${this.paths.appUrl}#/display`);
    return win;
  }

  private place(win: BrowserWindow, placement: Placement): void {
    if (win.isFullScreen() && !placement.fullscreen) win.setFullScreen(false);
    // Moving first makes the OS pick the right display for full screen.
    win.setBounds(placement.bounds);
    if (placement.fullscreen && !win.isFullScreen()) win.setFullScreen(true);
  }

  private onScreensChanged(): void {
    const placement = this.placement();
    if (!placement) return;
    if (this.win && !this.win.isDestroyed()) this.place(this.win, placement);
    else if (placement.fullscreen) this.open(null); // a projector was just plugged in
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

  /** Cancels `event` and asks; quits (or closes `win`) if the chair confirms. */
  private confirmQuit(event: { preventDefault(): void }, win: BrowserWindow | null): void {
    const db = this.db();
    if (this.quitConfirmed || !db) return;
    const timer = readTimer(db).state;
    if (!shouldConfirmQuit(timer)) return;
    event.preventDefault();
    const team = listTeams(db).find((t) => t.id === timer.teamId);
    const options = quitDialogOptions(this.ctx.uiLocale, team?.name ?? '');
    const asked = win ? dialog.showMessageBox(win, options) : dialog.showMessageBox(options);
    void asked.then(({ response }) => {
      if (response !== 0) return;
      this.quitConfirmed = true;
      if (win && !win.isDestroyed()) win.close();
      else app.quit();
    });
  }
}
