/**
 * The one orderly way the app ends, whatever starts it (File > Quit, Cmd+Q,
 * closing the control window, the OS logging out): first the chair's
 * confirmation if a team's clock is in progress, then, only once the quit is
 * really going ahead, the shutdown (local-network server stopped, event file
 * closed with PRAGMA optimize).
 *
 * Electron's order of events: `app.quit()` emits `before-quit` (cancellable),
 * closes every window (each `close` cancellable), then emits `will-quit`
 * (cancellable) and `quit`; it never emits `window-all-closed` on that path.
 * So the confirmation belongs in `before-quit` / the window's `close`, and the
 * shutdown in `will-quit`, which nothing after it can cancel; `will-quit` is
 * held until the shutdown is done, then app.exit(0) ends the process.
 *
 * The steps are pure functions of the flow's state; QuitFlow applies them to
 * injected effects, so the whole flow is tested in Node (test/unit/app/quit-flow.test.ts).
 */

export interface QuitState {
  /** The chair accepted quitting mid-pitch: no second question. */
  confirmed: boolean;
  /** The question is on screen: a second Cmd+Q must neither ask again nor quit. */
  asking: boolean;
  /** `before-quit` went through: windows are closing because the app quits. */
  quitting: boolean;
  shutdown: 'idle' | 'running' | 'done';
}

export const initialQuitState = (): QuitState => ({
  confirmed: false,
  asking: false,
  quitting: false,
  shutdown: 'idle',
});

/** What `before-quit` does: let it go on, cancel it and ask, or cancel it while the question is open. */
export type BeforeQuitStep = 'proceed' | 'ask' | 'wait';

export function beforeQuitStep(state: QuitState, midPitch: boolean): BeforeQuitStep {
  if (state.shutdown !== 'idle' || state.confirmed || !midPitch) return 'proceed';
  return state.asking ? 'wait' : 'ask';
}

/** What the control window's `close` does (closing it ends the app). */
export type WindowCloseStep = 'proceed' | 'ask' | 'wait';

export function windowCloseStep(state: QuitState, midPitch: boolean): WindowCloseStep {
  if (state.quitting) return 'proceed';
  return beforeQuitStep(state, midPitch);
}

/**
 * What `will-quit` does: start the shutdown (and hold the quit until it is
 * done), keep holding while it runs, or let the app exit once it is done.
 */
export type WillQuitStep = 'shutdown' | 'wait' | 'exit';

export function willQuitStep(state: QuitState): WillQuitStep {
  if (state.shutdown === 'idle') return 'shutdown';
  return state.shutdown === 'running' ? 'wait' : 'exit';
}

export interface QuitEffects {
  /** The team whose clock is in progress, or null when quitting needs no question. */
  midPitchTeam(): string | null;
  /** Shows the question (over `parent` when given); true when the chair confirms. */
  ask(teamName: string, parent: unknown): Promise<boolean>;
  /** Stops the local network and closes the event file; must not throw. */
  shutdown(): Promise<void>;
  /** Electron's app.quit(): starts the quit sequence (again, after the chair confirmed). */
  quit(): void;
  /**
   * Electron's app.exit(0), once the shutdown is done: every window is already closed, and a
   * second app.quit() issued from the will-quit sequence can be ignored (electron/electron#33643).
   */
  exit(): void;
}

export interface Cancellable {
  preventDefault(): void;
}

export class QuitFlow {
  readonly state: QuitState = initialQuitState();

  constructor(private readonly effects: QuitEffects) {}

  /** `app.on('before-quit')`. */
  beforeQuit(event: Cancellable): void {
    const team = this.effects.midPitchTeam();
    const step = beforeQuitStep(this.state, team !== null);
    if (step === 'proceed') {
      this.state.quitting = true;
      return;
    }
    event.preventDefault();
    if (step === 'ask') this.ask(team ?? '', null);
  }

  /** The control window's `close`. */
  windowClose(event: Cancellable, win: unknown): void {
    const team = this.effects.midPitchTeam();
    const step = windowCloseStep(this.state, team !== null);
    if (step === 'proceed') return;
    event.preventDefault();
    if (step === 'ask') this.ask(team ?? '', win);
  }

  /** `app.on('will-quit')`: the quit can no longer be cancelled by a window. */
  willQuit(event: Cancellable): void {
    const step = willQuitStep(this.state);
    if (step === 'exit') return;
    event.preventDefault();
    if (step === 'wait') return;
    this.state.shutdown = 'running';
    void this.effects
      .shutdown()
      .catch((error: unknown) => console.error('[pitch-jury] shutdown failed:', error))
      .finally(() => {
        this.state.shutdown = 'done';
        this.effects.exit();
      });
  }

  private ask(teamName: string, parent: unknown): void {
    this.state.asking = true;
    this.effects
      .ask(teamName, parent)
      .catch(() => false)
      .then((confirmed) => {
        this.state.asking = false;
        if (!confirmed) return;
        this.state.confirmed = true;
        this.effects.quit();
      });
  }
}
