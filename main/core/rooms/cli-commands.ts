/**
 * The rooms commands of the headless CLI (main/cli.ts spreads them into its
 * table), on the same core as the app:
 *
 *   room-file <head.sqlite> --room <name|id> --out <room.sqlite> [--lang fr|en]
 *   room-result <room.sqlite> --out <result.json> [--lang fr|en]
 *   room-merge <head.sqlite> <result.json> [--lang fr|en]
 *   final-round <head.sqlite> [--top-per-room n | --top-overall n | --chair ids --reason text] [--seed s] [--jury ids]
 *
 * Each prints its usage with --help.
 */
import { existsSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Locale } from '../../../common/domain';
import { translate } from '../../../common/i18n';
import type { Db } from '../db/open';
import { DomainError } from '../errors';
import { closeEventFile, openEventFile } from '../event-file';
import { getRoom, listRooms } from './assignment';
import { explainRoomError } from './errors';
import {
  createFinalRound,
  describeFinalistRule,
  type FinalistRule,
  type FinalRound,
  readFinalRound,
  setFinalJury,
} from './final-round';
import { mergeRoomResult, readRoomResultFile } from './merge';
import { readRoomProgress } from './progress';
import { writeRoomFile } from './room-file';
import { buildRoomResult } from './room-result';

type Command = { usage: string; run: (args: string[]) => Promise<void> | void };

export interface CliIo {
  out: (line: string) => void;
}

const LANG = { lang: { type: 'string' }, help: { type: 'boolean' } } as const;

function localeOf(value: string | undefined): Locale {
  if (value === undefined) return 'en';
  if (value !== 'fr' && value !== 'en') throw new Error('--lang must be fr or en');
  return value;
}

/** Usage lines, printed by --help and on a wrong call. */
const USAGE: Record<'room-file' | 'room-result' | 'room-merge' | 'final-round', string> = {
  'final-round':
    'final-round <head.sqlite> [--top-per-room <n> | --top-overall <n> | --chair <id,id…> --reason <text>] [--seed <text>] [--jury <id,id…>] [--lang fr|en]\n' +
    '                                decide the final once (finalists by the stated rule, order drawn with --seed) and print it; alone, print it;\n' +
    "                                --jury sets the final's jury (juror ids; a preliminary juror may sit in it) until its room file is written",
  'room-file':
    'room-file <head.sqlite> --room <name|id> --out <room.sqlite> [--lang fr|en]\n' +
    '                                write a room file: the event of one room (its teams, jury, criteria), for its laptop;\n' +
    "                                the final's room too, once the final is decided (any laptop, the head's included)",
  'room-result':
    'room-result <room.sqlite> --out <result.json> [--lang fr|en]\n' +
    '                                on a room laptop: write the room result file (score log and lock, sealed) for the head laptop',
  'room-merge':
    'room-merge <head.sqlite> <result.json> [--lang fr|en]\n' +
    '                                merge a room result file into the head event (verified; the same file twice changes nothing)',
};

function usageError(name: keyof typeof USAGE): Error {
  return new Error(`usage: npm run cli -- ${USAGE[name]}`);
}

function existing(file: string | undefined, name: keyof typeof USAGE): string {
  if (!file) throw usageError(name);
  const path = resolve(file);
  if (!existsSync(path)) throw new Error(`${path} does not exist.`);
  return path;
}

/** Runs `work` with the messages of refusals in `locale` (the CLI's main prints English otherwise). */
function inLocale(locale: Locale, work: () => void): void {
  try {
    work();
  } catch (error) {
    const explained = explainRoomError(error, locale);
    if (explained instanceof DomainError)
      throw new Error(translate(locale, explained.code, explained.params));
    throw explained;
  }
}

/** Prints a final round: its rule, its finalists in running order. */
function printFinal(db: Db, final: FinalRound, locale: Locale, io: CliIo): void {
  io.out(describeFinalistRule(locale, final.rule));
  const seed = final.drawSeed === null ? '' : translate(locale, 'rooms.final.seed', { seed: final.drawSeed });
  io.out(translate(locale, 'rooms.final.order', { seed }));
  const name = db.prepare('SELECT name FROM team WHERE id = ?');
  final.order.forEach((teamId, i) => {
    io.out(`  ${i + 1}. ${(name.get(teamId) as { name: string } | undefined)?.name ?? `#${teamId}`}`);
  });
  const juror = db.prepare('SELECT name FROM juror WHERE id = ?');
  const jurors = final.jurorIds.map(
    (id) => (juror.get(id) as { name: string } | undefined)?.name ?? `#${id}`,
  );
  io.out(
    jurors.length > 0
      ? translate(locale, 'finalDocs.cli.jurySet', { jurors: jurors.join(', ') })
      : translate(locale, 'finalDocs.noJury'),
  );
}

/**
 * The --jury list: juror ids separated by commas, each an existing juror (an
 * unknown one is named, with the event's jurors to choose from).
 */
function juryOf(db: Db, value: string, locale: Locale): number[] {
  const parts = value.split(',').map((part) => part.trim());
  const jurors = db.prepare('SELECT id, name FROM juror ORDER BY position, id').all() as {
    id: number;
    name: string;
  }[];
  const known = new Set(jurors.map((j) => j.id));
  for (const part of parts)
    if (!/^[1-9][0-9]*$/.test(part) || !known.has(Number(part)))
      throw new Error(
        translate(locale, 'finalDocs.cli.unknownJuror', {
          id: part,
          list: jurors.map((j) => `${j.id} ${j.name}`).join(', ') || '—',
        }),
      );
  return parts.map(Number);
}

function ruleOf(values: {
  'top-per-room'?: string;
  'top-overall'?: string;
  chair?: string;
  reason?: string;
}): FinalistRule | null {
  if (values['top-per-room'] !== undefined) return { kind: 'topPerPool', n: Number(values['top-per-room']) };
  if (values['top-overall'] !== undefined) return { kind: 'topOverall', n: Number(values['top-overall']) };
  if (values.chair !== undefined)
    return {
      kind: 'chairSelection',
      teamIds: values.chair.split(',').map(Number),
      reason: values.reason ?? '',
    };
  return null;
}

export function ROOMS_COMMANDS(io: CliIo): Record<string, Command> {
  return {
    'final-round': {
      usage: USAGE['final-round'],
      run(args) {
        const { values, positionals } = parseArgs({
          args,
          allowPositionals: true,
          options: {
            ...LANG,
            'top-per-room': { type: 'string' },
            'top-overall': { type: 'string' },
            chair: { type: 'string' },
            reason: { type: 'string' },
            seed: { type: 'string' },
            jury: { type: 'string' },
          },
        });
        if (values.help) return io.out(`usage: npm run cli -- ${USAGE['final-round']}`);
        const locale = localeOf(values.lang);
        const headPath = existing(positionals[0], 'final-round');
        const rule = ruleOf(values);
        const head = openEventFile(headPath);
        try {
          inLocale(locale, () => {
            // The jury is checked before the final is decided: a typo must not leave a final without its jury.
            const jury = values.jury === undefined ? null : juryOf(head.db, values.jury, locale);
            let final = rule ? createFinalRound(head.db, rule, values.seed ?? null) : readFinalRound(head.db);
            if (!final && jury === null) throw usageError('final-round');
            if (jury !== null) final = setFinalJury(head.db, jury);
            printFinal(head.db, final as FinalRound, locale, io);
          });
        } finally {
          closeEventFile(head);
        }
      },
    },
    'room-file': {
      usage: USAGE['room-file'],
      run(args) {
        const { values, positionals } = parseArgs({
          args,
          allowPositionals: true,
          options: { ...LANG, room: { type: 'string' }, out: { type: 'string' } },
        });
        if (values.help) return io.out(`usage: npm run cli -- ${USAGE['room-file']}`);
        const locale = localeOf(values.lang);
        const headPath = existing(positionals[0], 'room-file');
        if (!values.room || !values.out) throw usageError('room-file');
        const out = resolve(values.out);
        if (existsSync(out)) throw new Error(`${out} already exists: choose a new file name.`);
        const head = openEventFile(headPath);
        try {
          inLocale(locale, () => {
            // The preliminary rooms, and the final's room once the final is decided.
            const finalPool = readFinalRound(head.db)?.poolId ?? null;
            const rooms = [
              ...listRooms(head.db),
              ...(finalPool === null ? [] : [getRoom(head.db, finalPool)]),
            ];
            const wanted = values.room as string;
            const room = rooms.find((r) => r.name === wanted || String(r.id) === wanted);
            if (!room)
              throw new Error(
                translate(locale, 'rooms.cli.unknownRoomName', {
                  name: wanted,
                  list: rooms.map((r) => `${r.name} (${r.id})`).join(', ') || '—',
                }),
              );
            writeRoomFile(head.db, room.id, out);
            io.out(
              translate(locale, 'rooms.cli.fileWritten', {
                room: room.name,
                path: out,
                teams: room.teamIds.length,
                jurors: room.jurorIds.length,
              }),
            );
          });
        } finally {
          closeEventFile(head);
        }
      },
    },
    'room-result': {
      usage: USAGE['room-result'],
      run(args) {
        const { values, positionals } = parseArgs({
          args,
          allowPositionals: true,
          options: { ...LANG, out: { type: 'string' } },
        });
        if (values.help) return io.out(`usage: npm run cli -- ${USAGE['room-result']}`);
        const locale = localeOf(values.lang);
        const roomPath = existing(positionals[0], 'room-result');
        if (!values.out) throw usageError('room-result');
        const out = resolve(values.out);
        const room = openEventFile(roomPath);
        try {
          inLocale(locale, () => {
            const text = buildRoomResult(room.db);
            const staging = join(dirname(out), `.${basename(out)}.writing`);
            writeFileSync(staging, text, 'utf8');
            renameSync(staging, out);
            io.out(translate(locale, 'rooms.resultWritten', { path: out }));
          });
        } catch (error) {
          rmSync(join(dirname(out), `.${basename(out)}.writing`), { force: true });
          throw error;
        } finally {
          closeEventFile(room);
        }
      },
    },
    'room-merge': {
      usage: USAGE['room-merge'],
      run(args) {
        const { values, positionals } = parseArgs({ args, allowPositionals: true, options: LANG });
        if (values.help) return io.out(`usage: npm run cli -- ${USAGE['room-merge']}`);
        const locale = localeOf(values.lang);
        const headPath = existing(positionals[0], 'room-merge');
        const resultPath = existing(positionals[1], 'room-merge');
        const head = openEventFile(headPath);
        try {
          inLocale(locale, () => {
            const report = mergeRoomResult(head.db, readRoomResultFile(resultPath));
            io.out(
              report.alreadyMerged
                ? translate(locale, 'rooms.alreadyMerged', { room: report.roomName })
                : translate(locale, 'rooms.merged', {
                    room: report.roomName,
                    added: report.added,
                    laptop: report.laptop,
                  }),
            );
            io.out(
              report.roomLockHash
                ? translate(locale, 'rooms.roomLocked', { hash: report.roomLockHash })
                : translate(locale, 'rooms.roomNotLocked'),
            );
            for (const room of readRoomProgress(head.db)) {
              const heard = room.lastHeardAtUtc
                ? translate(locale, 'rooms.lastHeard', { at: room.lastHeardAtUtc })
                : translate(locale, 'rooms.neverHeard');
              io.out(
                `  ${room.name}: ${translate(locale, 'rooms.progress', { submitted: room.submitted, expected: room.expected })} — ${heard}`,
              );
            }
          });
        } finally {
          closeEventFile(head);
        }
      },
    },
  };
}
