import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { BackupEntry, BackupStatus } from '../../../common/contract/data';
import { translate } from '../../../common/i18n';
import type { AppContext } from '../context/app-context';
import type { HandlerMap } from '../context/handler-types';
import { switchEvent } from '../context/switch-event';
import { inspectBackupFileOffThread } from '../data/backup-file';
import type { BackupService } from '../data/backup-service';
import {
  eventJsonText,
  exportEventJson,
  importEventJson,
  MAX_EVENT_JSON_BYTES,
  parseEventJson,
} from '../data/event-json';
import { exportBytes, exportFileName } from '../data/export-write';
import { openPendingImport, type PendingImportWorker } from '../data/import-pending';
import { issueView, toColumnMapping } from '../data/import-session';
import { restoreFromBackup } from '../data/restore';
import { DomainError } from '../errors';
import { readEventInfo } from '../event/event-info';
import { fileStem, openEventFile } from '../event-file';
import { formatBytes, importHelp } from '../io/messages';

type DataCall =
  | 'import.help'
  | 'import.open'
  | 'import.preview'
  | 'import.commit'
  | 'import.discard'
  | 'import.cancel'
  | 'import.eventJson'
  | 'export.results'
  | 'export.event'
  | 'backup.status'
  | 'backup.now'
  | 'backup.chooseFolder'
  | 'backup.resetFolder'
  | 'backup.inspect'
  | 'backup.restore';

/**
 * Imports, exports, the event as JSON, backups and restore. Every file is
 * chosen by a dialog main shows (PlatformServices); the renderer only ever
 * names a pending import by its token and a backup by its file name in the
 * backup folder.
 */
/** The problem that is only a warning: the chosen folder failed, the backup is on the laptop. */
const FALLBACK = 'backup.folderUnavailable';

export function dataHandlers(ctx: AppContext, services: { backups: BackupService }): HandlerMap<DataCall> {
  const backups = () => services.backups;
  /**
   * At most one import in progress per window set: a new file replaces the
   * previous preview. Its rows live in its worker (data/import-pending.ts);
   * `opening` stops a read still under way (`import.cancel`).
   */
  let pending: PendingImportWorker | null = null;
  let opening: AbortController | null = null;

  const forget = () => {
    opening?.abort();
    opening = null;
    pending?.close();
    pending = null;
  };

  const requirePending = (token: string): PendingImportWorker => {
    const session = ctx.requireEventFile();
    if (!pending || pending.closed || pending.token !== token || pending.eventPath !== session.path) {
      throw new DomainError('import.expired');
    }
    return pending;
  };

  const status = (): BackupStatus => {
    const service = backups();
    const folder = service.folder();
    const { intervalMinutes, keep } = ctx.settings.get().backup;
    const problem = service.lastProblem;
    return {
      folder: folder.dir,
      folderIsDefault: folder.isDefault,
      folderMissing: service.folderMissing(),
      laptopFolder: service.defaultFolder(),
      intervalMinutes,
      keep,
      running: service.running,
      lastSuccessAt: service.lastSuccessAt,
      // A fallback to the laptop is a warning (the backup exists), not a failure.
      lastError:
        problem && problem.code !== FALLBACK ? translate(ctx.uiLocale, problem.code, problem.params) : null,
      lastWarning: problem?.code === FALLBACK ? translate(ctx.uiLocale, problem.code, problem.params) : null,
      backups: ctx.eventFile ? service.list() : [],
    };
  };

  const pickDestination = async (suggested: string, format: 'csv' | 'xlsx' | 'json') => {
    const pick = ctx.options.platform.pickExportDestination;
    return pick ? pick(suggested, format) : null;
  };

  const stem = () => fileStem(readEventInfo(ctx.requireEventFile().db).name);

  return {
    'import.help': () => importHelp(ctx.uiLocale),
    'import.open': async () => {
      const session = ctx.requireEventFile();
      const path = await ctx.options.platform.pickImportFile?.('table');
      if (!path) return null;
      forget();
      const controller = new AbortController();
      opening = controller;
      const opened = await openPendingImport(path, session.path, {
        signal: controller.signal,
        onProgress: (token, progress) => ctx.emit('import.progress', { token, ...progress }),
      });
      if (opened.status === 'cancelled') return null;
      if (opened.status === 'unreadable') {
        if (opening === controller) opening = null;
        return {
          status: 'unreadable' as const,
          fileName: opened.fileName,
          errors: opened.issues.map((issue) => issueView(issue, ctx.uiLocale)),
        };
      }
      pending = opened.pending;
      try {
        const view = await opened.pending.view({ kind: null, mapping: null, sheetName: null }, ctx.uiLocale);
        return { status: 'preview' as const, view };
      } catch (error) {
        // Cancelled while the first preview was built: the chair is back where they started.
        if (controller.signal.aborted) return null;
        throw error;
      } finally {
        if (opening === controller) opening = null;
      }
    },
    'import.preview': async ({ token, kind, mapping, sheetName }) => {
      const current = requirePending(token);
      const choice = { kind, mapping: mapping ? toColumnMapping(mapping) : null, sheetName };
      return current.view(choice, ctx.uiLocale);
    },
    'import.commit': async ({ token, kind, mapping, sheetName }) => {
      const current = requirePending(token);
      const choice = { kind, mapping: mapping ? toColumnMapping(mapping) : null, sheetName };
      // The plan is built and written by the import's worker, on its own connection, in one transaction.
      const outcome = await current.commit(choice, ctx.uiLocale);
      if (outcome.status === 'refused') return outcome;
      if (pending === current) forget();
      ctx.changed(['setup']);
      return { status: 'imported' as const, kind: outcome.kind, ...outcome.counts };
    },
    'import.discard': ({ token }) => {
      if (pending?.token === token) forget();
      return null;
    },
    'import.cancel': () => {
      forget();
      return null;
    },
    'import.eventJson': async () => {
      const path = await ctx.options.platform.pickImportFile?.('eventJson');
      if (!path) return null;
      let text: string;
      try {
        const size = statSync(path).size;
        if (size > MAX_EVENT_JSON_BYTES) {
          throw new DomainError('eventJson.tooLarge', {
            actual: formatBytes(size, ctx.uiLocale),
            limit: formatBytes(MAX_EVENT_JSON_BYTES, ctx.uiLocale),
          });
        }
        text = readFileSync(path, 'utf8');
      } catch (error) {
        if (error instanceof DomainError) throw error;
        throw new DomainError('data.fileUnreadable', {
          message: error instanceof Error ? error.message : '',
        });
      }
      const doc = parseEventJson(text);
      const name = String(doc.tables.event?.[0]?.name ?? 'event');
      mkdirSync(ctx.options.eventsDir, { recursive: true });
      // "…-import-json-<date>.sqlite": the file says where it came from beside the original event's file.
      const target = freshPath(ctx.options.eventsDir, `${fileStem(name)}-import-json`);
      importEventJson(doc, target);
      return switchEvent(ctx, openEventFile(target), basename(path));
    },

    'export.results': async (input) => {
      const db = ctx.requireEventFile().db;
      const locale = ctx.uiLocale;
      const what = input.format === 'xlsx' ? 'results' : input.table;
      const destination = await pickDestination(
        exportFileName(stem(), what, input.format, locale),
        input.format,
      );
      if (!destination) return null;
      writeFileSync(destination, await exportBytes(db, input, locale));
      return { path: destination };
    },
    'export.event': async () => {
      const db = ctx.requireEventFile().db;
      const destination = await pickDestination(
        exportFileName(stem(), 'event', 'json', ctx.uiLocale),
        'json',
      );
      if (!destination) return null;
      writeFileSync(destination, eventJsonText(exportEventJson(db, { appVersion: ctx.options.version })));
      return { path: destination };
    },

    'backup.status': status,
    'backup.now': async (): Promise<BackupEntry> => {
      ctx.requireEventFile();
      try {
        const written = await backups().backup('manual');
        const entry = backups()
          .list()
          .find((e) => e.name === written.name);
        if (!entry) throw new DomainError('backup.notFound');
        return entry;
      } finally {
        ctx.changed(['backup']);
      }
    },
    'backup.chooseFolder': async () => {
      const pick = ctx.options.platform.pickBackupFolder;
      if (!pick) throw new DomainError('backup.noFolderPicker');
      const dir = await pick();
      if (!dir) return null;
      ctx.settings.setBackup({ dir });
      ctx.changed(['backup']);
      return status();
    },
    'backup.resetFolder': () => {
      ctx.settings.setBackup({ dir: null });
      ctx.changed(['backup']);
      return status();
    },
    'backup.inspect': async ({ name }) => {
      ctx.requireEventFile();
      const entry = backups()
        .list()
        .find((e) => e.name === name);
      if (!entry) throw new DomainError('backup.notFound');
      // The full integrity check runs in a worker: the projector's timer never stalls.
      const path = backups().pathOf(name);
      if (!path) throw new DomainError('backup.notFound');
      const checked = await inspectBackupFileOffThread(path, true);
      return { ...entry, status: checked.ok ? 'ok' : 'corrupt', summary: checked.summary };
    },
    'backup.restore': ({ name }) => restoreFromBackup(ctx, services.backups, name),
  };
}

/** A new file name in `dir` that does not exist yet: stem-date.sqlite, stem-date-2.sqlite… */
function freshPath(dir: string, stem: string): string {
  const date = new Date().toISOString().slice(0, 10);
  for (let n = 1; ; n++) {
    const candidate = join(dir, `${stem}-${date}${n > 1 ? `-${n}` : ''}.sqlite`);
    try {
      statSync(candidate);
    } catch {
      return candidate;
    }
  }
}
