import { basename } from 'node:path';
import type { AppContext } from '../context/app-context';
import type { HandlerMap } from '../context/handler-types';
import { switchEvent } from '../context/switch-event';
import { LATEST_SCHEMA_VERSION } from '../db/open';
import { createCpaDemoEventFile } from '../demos/cpa-demo';
import { DomainError } from '../errors';
import { readEventInfo } from '../event/event-info';
import { nameIssues } from '../event/validate';
import { createDemoEventFile, createEventFile, fileStem, openEventFile, saveCopy } from '../event-file';

type AppCall =
  | 'app.info'
  | 'app.setUiLocale'
  | 'file.recent'
  | 'file.new'
  | 'file.open'
  | 'file.openRecent'
  | 'file.saveCopy'
  | 'file.loadDemo';

export function appHandlers(ctx: AppContext): HandlerMap<AppCall> {
  const info = () => ({
    version: ctx.options.version,
    uiLocale: ctx.uiLocale,
    eventPath: ctx.eventFile?.path ?? null,
    schemaVersion: LATEST_SCHEMA_VERSION,
    dataDir: ctx.options.dataDir,
  });
  const openPath = (path: string) =>
    ctx.eventFile?.path === path ? { path } : switchEvent(ctx, openEventFile(path));

  return {
    'app.info': info,
    'app.setUiLocale': ({ locale }) => {
      ctx.settings.setUiLocale(locale);
      ctx.changed(['app']);
      return info();
    },
    'file.recent': () => ctx.settings.get().recent,
    'file.new': ({ name }) => {
      const issues = nameIssues(['name'], name);
      if (issues[0]) throw new DomainError(issues[0].code, issues[0].params ?? {}, issues);
      return switchEvent(ctx, createEventFile(ctx.options.eventsDir, name, ctx.uiLocale));
    },
    'file.open': async () => {
      const path = await ctx.options.platform.pickEventFileToOpen();
      return path ? openPath(path) : null;
    },
    'file.openRecent': ({ path }) => {
      // Only paths this laptop already opened: the renderer cannot name arbitrary files.
      if (!ctx.settings.get().recent.some((r) => r.path === path)) throw new DomainError('error.notFound');
      try {
        return openPath(path);
      } catch (error) {
        if (error instanceof DomainError && error.code === 'error.notFound') ctx.settings.forgetEvent(path);
        throw error;
      }
    },
    'file.saveCopy': async () => {
      const session = ctx.requireEventFile();
      const suggested = `${fileStem(readEventInfo(session.db).name)}-copie-${new Date().toISOString().slice(0, 10)}.sqlite`;
      const destination = await ctx.options.platform.pickCopyDestination(suggested);
      if (!destination) return null;
      await saveCopy(session, destination);
      return { path: destination };
    },
    'file.loadDemo': ({ demo }) =>
      switchEvent(
        ctx,
        demo === 'cpa'
          ? createCpaDemoEventFile(ctx.options.eventsDir)
          : createDemoEventFile(ctx.options.eventsDir),
      ),
  };
}

export function describeEventFile(path: string): string {
  return basename(path);
}
