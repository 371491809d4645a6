import type { EventName, EventPayload } from '../../../common/contract';
import type { RefreshScope } from '../../../common/contract/refresh-scopes';
import type { ScreenInfo } from '../../../common/contract/session';
import type { Locale } from '../../../common/domain';
import { DomainError } from '../errors';
import type { OpenEventFile } from '../event-file';
import type { SettingsStore } from '../settings';
import { AnnounceWatches } from './announce-watch';
import { EventBus } from './event-bus';

/** What only the host (Electron, or a test) can do: OS dialogs. */
export interface PlatformServices {
  /** Shows an "open event file" dialog; null when cancelled. */
  pickEventFileToOpen(): Promise<string | null>;
  /** Shows a "save a copy" dialog proposing `suggestedName`; null when cancelled. */
  pickCopyDestination(suggestedName: string): Promise<string | null>;
  /** The OS displays, for the chair to pick the projector (absent where unknown). */
  listScreens?(): ScreenInfo[];
  /** Opens or moves the display window; `screenId` null = automatic. False if it cannot. */
  openDisplay?(screenId: number | null): boolean | Promise<boolean>;
  /** Closes the display window; false if none was open. */
  closeDisplay?(): boolean;
  /** Data (main/core/data): "open" dialog for a CSV/.xlsx list or an event JSON export; null when cancelled. */
  pickImportFile?(kind: 'table' | 'eventJson'): Promise<string | null>;
  /** Data: "save" dialog for an export proposing `suggestedName`; null when cancelled. */
  pickExportDestination?(suggestedName: string, format: 'csv' | 'xlsx' | 'json'): Promise<string | null>;
  /** Data: folder picker for backups (a USB stick); null when cancelled. */
  pickBackupFolder?(): Promise<string | null>;
  /** Rooms: "save" dialog for a room file (.sqlite) or a room result file (.json) proposing `suggestedName`; null when cancelled. */
  pickRoomFileDestination?(suggestedName: string, kind: 'roomFile' | 'roomResult'): Promise<string | null>;
  /** Rooms: "open" dialog for a room result file (.json) to merge; null when cancelled. */
  pickRoomResultToMerge?(): Promise<string | null>;
  /** Documents: fonts and worker of the PDF engine (packaged app); repository defaults when absent. */
  pdfRuntime?(): { fontDir: string; workerUrl?: URL | string };
  /** Documents: "save" dialog for a PDF proposing `suggestedName`; null when cancelled. */
  pickPdfDestination?(suggestedName: string): Promise<string | null>;
  /** Documents: opens a PDF in the system viewer; false if it could not. */
  openPdf?(path: string): Promise<boolean>;
  /** Documents: sends a PDF to print (the app opens the system viewer's print); false if it could not. */
  printPdf?(path: string): Promise<boolean>;
}

/**
 * Everything a handler may touch. The Electron main process builds one; tests
 * and the Playwright harness build another over a temp folder — same handlers.
 */
export class AppContext {
  eventFile: OpenEventFile | null = null;
  /** Every pushed event goes through here; the host's `emit` is its first listener. */
  readonly events = new EventBus();
  /** Which call is announcing what (checked by the dispatcher in tests and development builds). */
  readonly announcing = new AnnounceWatches();
  private revision = 0;

  constructor(
    readonly options: {
      version: string;
      /** Where new event files go (the OS user-data folder in the app). */
      eventsDir: string;
      dataDir: string;
      settings: SettingsStore;
      platform: PlatformServices;
      /** The host's windows: subscribed to `events` first. */
      emit: <N extends EventName>(name: N, payload: EventPayload<N>) => void;
    },
  ) {
    this.events.on(options.emit);
  }

  get settings(): SettingsStore {
    return this.options.settings;
  }

  get uiLocale(): Locale {
    return this.options.settings.get().uiLocale;
  }

  /** The open event, or a clear error when the window asks too early. */
  requireEventFile(): OpenEventFile {
    if (!this.eventFile) throw new DomainError('error.noEvent');
    return this.eventFile;
  }

  /** Pushes an event to every listener (windows, network pages). */
  emit<N extends EventName>(name: N, payload: EventPayload<N>): void {
    this.events.emit(name, payload);
  }

  /** Tells every window that something changed, so they re-read what they show. */
  changed(scopes: readonly RefreshScope[]): void {
    this.announcing.note(scopes);
    this.revision += 1;
    this.emit('event.changed', { revision: this.revision, scopes: [...scopes] });
  }
}
