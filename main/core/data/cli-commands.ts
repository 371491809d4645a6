/**
 * The data commands of the headless CLI (main/cli.ts spreads them into its
 * table): the same core as the app, so an import refused here is refused in
 * the app with the same messages.
 *
 *   import <event.sqlite> <file.csv|xlsx> [--kind teams|jurors] [--sheet <name>] [--locale fr|en]
 *   export <event.sqlite> --json|--csv|--xlsx --out <path> [--table ranking|jurorScores|teams|jurors] [--locale fr|en]
 *   backup <event.sqlite> --to <dir>
 *   restore <backup.sqlite> --to <event.sqlite> [--force]
 */
import { existsSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Locale } from '../../../common/domain';
import { closeDatabase, openDatabase } from '../db/open';
import { DomainError } from '../errors';
import { readEventInfo, readEventUid } from '../event/event-info';
import { closeEventFile, fileStem, openEventFile } from '../event-file';
import { guessKind, type ImportKind } from '../io/header-mapping';
import { formatImportIssue } from '../io/messages';
import { writeBackup } from './backup-file';
import { backupFileName } from './backup-policy';
import { eventJsonText, exportEventJson } from './event-json';
import { exportBytes } from './export-write';
import { commitImport, readImportFile, selectSheet } from './import-session';
import { restoreToPath } from './restore';

type Command = { usage: string; run: (args: string[]) => Promise<void> | void };

const TABLES = ['ranking', 'jurorScores', 'teams', 'jurors'] as const;

function fail(command: string): Error {
  return new Error(`usage: npm run cli -- ${DATA_COMMANDS[command]?.usage ?? command}`);
}

function localeOf(value: string | undefined, fallback: Locale): Locale {
  if (value === undefined) return fallback;
  if (value !== 'fr' && value !== 'en') throw new Error('--locale must be fr or en');
  return value;
}

function existing(file: string | undefined, command: string): string {
  if (!file) throw fail(command);
  const path = resolve(file);
  if (!existsSync(path)) throw new Error(`${path} does not exist.`);
  return path;
}

export const DATA_COMMANDS: Record<string, Command> = {
  import: {
    usage:
      'import <event.sqlite> <file.csv|xlsx> [--kind teams|jurors] [--sheet <name>] [--locale fr|en]\n' +
      '                                add teams (with members) or jurors from a list, all or nothing',
    async run(args) {
      const { values, positionals } = parseArgs({
        args,
        allowPositionals: true,
        options: { kind: { type: 'string' }, sheet: { type: 'string' }, locale: { type: 'string' } },
      });
      const eventPath = existing(positionals[0], 'import');
      const filePath = existing(positionals[1], 'import');
      if (values.kind !== undefined && values.kind !== 'teams' && values.kind !== 'jurors')
        throw fail('import');
      const session = openEventFile(eventPath);
      try {
        const locale = localeOf(values.locale, readEventInfo(session.db).locale);
        const opened = await readImportFile(filePath, session.path);
        if (opened.status === 'unreadable') {
          throw new Error(opened.issues.map((issue) => formatImportIssue(issue, locale)).join('\n'));
        }
        await selectSheet(opened.pending, values.sheet ?? null);
        const kind: ImportKind =
          (values.kind as ImportKind | undefined) ?? guessKind(opened.pending.table.headers);
        const outcome = commitImport(session.db, opened.pending, { kind, mapping: null }, locale);
        if (outcome.status === 'refused') {
          const { errors, errorCount } = outcome.view;
          const more = errorCount > errors.length ? [`… ${errorCount - errors.length} more`] : [];
          throw new Error(
            [...errors.map((e) => e.message), ...more, `Nothing was imported (${errorCount} errors).`].join(
              '\n',
            ),
          );
        }
        const { teams, members, jurors } = outcome.counts;
        console.log(
          kind === 'teams'
            ? `Imported ${teams} teams and ${members} members into ${session.path}`
            : `Imported ${jurors} jurors into ${session.path}`,
        );
      } finally {
        closeEventFile(session);
      }
    },
  },
  export: {
    usage:
      'export <event.sqlite> --json|--csv|--xlsx --out <path> [--table ranking|jurorScores|teams|jurors] [--locale fr|en]\n' +
      '                                the whole event as JSON, or results and lists as a spreadsheet',
    async run(args) {
      const { values, positionals } = parseArgs({
        args,
        allowPositionals: true,
        options: {
          json: { type: 'boolean' },
          csv: { type: 'boolean' },
          xlsx: { type: 'boolean' },
          out: { type: 'string' },
          table: { type: 'string' },
          locale: { type: 'string' },
        },
      });
      const eventPath = existing(positionals[0], 'export');
      const formats = (['json', 'csv', 'xlsx'] as const).filter((f) => values[f]);
      const format = formats[0];
      if (formats.length !== 1 || format === undefined || !values.out) throw fail('export');
      const table = (values.table ?? 'ranking') as (typeof TABLES)[number];
      if (!TABLES.includes(table)) throw fail('export');
      const out = resolve(values.out);
      const db = openDatabase(eventPath, { readonly: true });
      try {
        const locale = localeOf(values.locale, readEventInfo(db).locale);
        const bytes =
          format === 'json'
            ? eventJsonText(exportEventJson(db))
            : await exportBytes(db, format === 'xlsx' ? { format } : { format, table }, locale);
        writeFileSync(out, bytes);
      } finally {
        closeDatabase(db);
      }
      console.log(`Written ${out}`);
    },
  },
  backup: {
    usage:
      'backup <event.sqlite> --to <dir>\n' +
      '                                an online, integrity-checked copy, named like the app names its backups',
    async run(args) {
      const { values, positionals } = parseArgs({
        args,
        allowPositionals: true,
        options: { to: { type: 'string' } },
      });
      const eventPath = existing(positionals[0], 'backup');
      if (!values.to) throw fail('backup');
      const db = openDatabase(eventPath, { readonly: true });
      try {
        const name = backupFileName(fileStem(readEventInfo(db).name), readEventUid(db), new Date(), 'manual');
        const written = await writeBackup(db, resolve(values.to), name);
        if (!written.ok) throw new DomainError('backup.verifyFailed', { name: written.name });
        console.log(`Backup written and checked: ${written.path}`);
      } finally {
        closeDatabase(db);
      }
    },
  },
  restore: {
    usage:
      'restore <backup.sqlite> --to <event.sqlite> [--force]\n' +
      '                                checks the backup, keeps a copy of an existing target, then replaces it',
    async run(args) {
      const { values, positionals } = parseArgs({
        args,
        allowPositionals: true,
        options: { to: { type: 'string' }, force: { type: 'boolean' } },
      });
      const backupPath = existing(positionals[0], 'restore');
      if (!values.to) throw fail('restore');
      const target = resolve(values.to);
      const { summary, safetyCopy } = await restoreToPath(backupPath, target, {
        force: values.force === true,
      });
      if (safetyCopy) console.log(`The previous file was kept as ${safetyCopy}`);
      console.log(
        `Restored “${summary.eventName}” (${summary.teams} teams, ${summary.jurors} jurors` +
          `${summary.scores === null ? '' : `, ${summary.scores} score entries`}) to ${target}`,
      );
    },
  },
};
