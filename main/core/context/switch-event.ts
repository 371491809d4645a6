import { readEventInfo } from '../event/event-info';
import { closeEventFile, type OpenEventFile } from '../event-file';
import type { AppContext } from './app-context';

/** Replaces the open event with `next`, closing the previous file cleanly (opening, creating, restoring). */
export function switchEvent(
  ctx: AppContext,
  next: OpenEventFile,
  importedFrom: string | null = null,
): { path: string } {
  if (ctx.eventFile && ctx.eventFile.path !== next.path) closeEventFile(ctx.eventFile);
  ctx.eventFile = next;
  ctx.settings.rememberEvent(next.path, readEventInfo(next.db).name, new Date(), importedFrom);
  ctx.changed(['file', 'setup']);
  return { path: next.path };
}
