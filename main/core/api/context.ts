import type { EventName, EventPayload } from '../../../common/contract';
import type { Locale } from '../../../common/domain';
import { DomainError } from '../errors';
import type { EventSession } from '../event-file';
import type { SettingsStore } from '../settings';

/** What only the host (Electron, or a test) can do: OS dialogs. */
export interface PlatformServices {
  /** Shows an "open event file" dialog; null when cancelled. */
  pickEventFileToOpen(): Promise<string | null>;
  /** Shows a "save a copy" dialog proposing `suggestedName`; null when cancelled. */
  pickCopyDestination(suggestedName: string): Promise<string | null>;
}

/**
 * Everything a handler may touch. The Electron main process builds one; tests
 * and the Playwright harness build another over a temp folder — same handlers.
 */
export class AppContext {
  session: EventSession | null = null;
  private revision = 0;

  constructor(
    readonly options: {
      version: string;
      /** Where new event files go (the OS user-data folder in the app). */
      eventsDir: string;
      dataDir: string;
      settings: SettingsStore;
      platform: PlatformServices;
      emit: <N extends EventName>(name: N, payload: EventPayload<N>) => void;
    },
  ) {}

  get settings(): SettingsStore {
    return this.options.settings;
  }

  get uiLocale(): Locale {
    return this.options.settings.get().uiLocale;
  }

  /** The open event, or a clear error when the window asks too early. */
  requireSession(): EventSession {
    if (!this.session) throw new DomainError('error.noEvent');
    return this.session;
  }

  /** Tells every window that something changed, so they re-read what they show. */
  changed(scopes: string[]): void {
    this.revision += 1;
    this.options.emit('event.changed', { revision: this.revision, scopes });
  }
}
