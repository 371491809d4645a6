import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, onTestFinished } from 'vitest';
import type { EventName, EventPayload } from '../../common/contract';
import { closeEventFile } from '../../main/core/event-file';
import { coreApp } from './core';

/**
 * A temp folder of real files (never mocks), removed after the current test when
 * called inside one, or after the suite when called at describe level.
 */
export function tempDir(scope: 'test' | 'suite' = 'suite'): string {
  const dir = mkdtempSync(join(tmpdir(), 'pitch-jury-test-'));
  const cleanup = () => rmSync(dir, { recursive: true, force: true });
  if (scope === 'test') onTestFinished(cleanup);
  else afterAll(cleanup);
  return dir;
}

/** A full app context over a temp folder, as the Electron main process builds it. */
export function testApp(
  options: {
    openPath?: string | null;
    copyPath?: string | null;
    /** Data: what the import, export and backup-folder dialogs answer (tests may swap `ctx.options.platform` methods). */
    importPath?: string | null;
    exportPath?: string | null;
    backupFolder?: string | null;
    /** Documents: what the PDF "save as" dialog answers. */
    pdfPath?: string | null;
  } = {},
) {
  const dir = tempDir('test');
  const emitted: { name: EventName; payload: EventPayload<EventName> }[] = [];
  /** Documents: PDFs handed to the system viewer and to print. */
  const pdfCalls = { opened: [] as string[], printed: [] as string[] };
  const { ctx, services, dispatch, invoke } = coreApp(dir, {
    platform: {
      pickEventFileToOpen: async () => options.openPath ?? null,
      pickCopyDestination: async () => options.copyPath ?? null,
      pickImportFile: async () => options.importPath ?? null,
      pickExportDestination: async () => options.exportPath ?? null,
      pickBackupFolder: async () => options.backupFolder ?? null,
      pickPdfDestination: async () => options.pdfPath ?? null,
      openPdf: async (path) => pdfCalls.opened.push(path) > 0,
      printPdf: async (path) => pdfCalls.printed.push(path) > 0,
    },
    emit: (name, payload) => emitted.push({ name, payload }),
  });
  // Registered after tempDir's cleanup, so it runs first: close, then delete.
  onTestFinished(() => {
    if (ctx.eventFile) closeEventFile(ctx.eventFile);
  });
  return { dir, ctx, services, dispatch, invoke, emitted, pdfCalls };
}
