/**
 * Headless CLI for organisers and checks: `npm run cli -- <command> [options]`.
 * Same core as the app; no Electron. Each command lives in its own function so
 * later features (documents, import, export, verify, backup) add one each.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { translate } from '../common/i18n';
import { DATA_COMMANDS } from './core/data/cli-commands';
import { closeDatabase, openDatabase } from './core/db/open';
import { loadCpaDemo } from './core/demos/cpa-demo';
import { documentsCommand, verifyCommand } from './core/documents-app/cli-commands';
import { DomainError } from './core/errors';
import { loadDemoEvent } from './core/event/demo';
import { readSetup } from './core/event/setup';
import { RESULTS_USAGE, resultsCommand } from './core/results/cli-command';
import { ROOMS_COMMANDS } from './core/rooms/cli-commands';
import { VERIFY_EVENT_USAGE, verifyEventCommand } from './core/verify';

type Command = (args: string[]) => Promise<void> | void;

const COMMANDS: Record<string, { usage: string; run: Command }> = {
  demo: {
    usage:
      'demo <file.sqlite> [--cpa]    create the demo event (8 teams, 5 jurors, 4 criteria) in a new file;\n' +
      '                                --cpa: the Hackathon CPA (18 teams, 3 rooms × 4 jurors, 5 prize tracks)',
    run(args) {
      const file = args.find((a) => !a.startsWith('--'));
      if (!file) throw usage('demo');
      const path = resolve(file);
      if (existsSync(path)) throw new Error(`${path} already exists: choose a new file name.`);
      const db = openDatabase(path);
      if (args.includes('--cpa')) loadCpaDemo(db);
      else loadDemoEvent(db);
      closeDatabase(db);
      console.log(`Demo event written to ${path}`);
    },
  },
  info: {
    usage: 'info <file.sqlite>            summary of an event file',
    run([file]) {
      if (!file) throw usage('info');
      const db = openDatabase(resolve(file), { readonly: true });
      try {
        const setup = readSetup(db);
        console.log(`${setup.event.name} — ${setup.event.city} (${setup.event.startDate})`);
        console.log(
          `${setup.teams.length} teams, ${setup.jurors.length} jurors, ${setup.criteria.length} criteria`,
        );
        for (const team of setup.teams)
          console.log(`  ${team.name}: ${team.members.map((m) => m.name).join(', ')}`);
      } finally {
        closeDatabase(db);
      }
    },
  },
  documents: {
    usage:
      'documents --event <file.sqlite> --out <dir> [--kind certificates|results|forms|order] [--which participation|awards|all] [--draft] [--tz <zone>]\n' +
      '                                render the PDF documents (same as the app), print their paths',
    run: (args) => documentsCommand(args, { out: console.log, err: console.error }),
  },
  verify: {
    usage: 'verify <code> --event <file.sqlite>   say whether a certificate code was issued by this event',
    run: (args) => verifyCommand(args, { out: console.log, err: console.error }),
  },
  'verify-event': {
    usage: VERIFY_EVENT_USAGE,
    run: (args) => verifyEventCommand(args, { out: console.log, err: console.error }),
  },
  results: {
    usage: RESULTS_USAGE,
    run: (args) => resultsCommand(args, { out: console.log, err: console.error }),
  },
  // import, export, backup, restore (main/core/data/cli-commands.ts)
  ...DATA_COMMANDS,
  // room-file, room-result, room-merge (main/core/rooms/cli-commands.ts)
  ...ROOMS_COMMANDS({ out: console.log }),
};

function usage(command?: string): Error {
  const lines = command
    ? [`usage: npm run cli -- ${COMMANDS[command]?.usage}`]
    : [
        'usage: npm run cli -- <command> [options]',
        '',
        ...Object.values(COMMANDS).map((c) => `  ${c.usage}`),
      ];
  return new Error(lines.join('\n'));
}

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  const command = name ? COMMANDS[name] : undefined;
  try {
    if (!command) throw usage();
    await command.run(args);
    return 0;
  } catch (error) {
    const message =
      error instanceof DomainError
        ? translate('en', error.code, error.params)
        : error instanceof Error
          ? error.message
          : String(error);
    console.error(message);
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
