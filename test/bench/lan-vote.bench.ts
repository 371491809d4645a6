/**
 * The audience vote under load on 127.0.0.1 (never another address): 300
 * ballots' phones arriving over 60 s, each reading its page and voting, one
 * in ten changing its mind, one in fifteen scanned on two phones voting at
 * the same moment. The laptop runs in a child process
 * (test/integration/audience/vote-load-server.ts) with the server's default
 * limits (connection slots, per-ballot write budget). Figures: the p99 of a
 * vote's acknowledgement, votes lost (acknowledged but not what the event
 * file counts) and votes counted twice; both must be 0.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { closeDatabase, openDatabase } from '../../main/core/db/open';
import { checkVotes, runVoteLoad, type VoteLoadSetup } from '../integration/audience/vote-load';
import { type Bench, type BenchFigure, percentile } from './figure';

const ROOT = join(import.meta.dirname, '..', '..');
const SERVER = join(ROOT, 'test', 'integration', 'audience', 'vote-load-server.ts');
const BALLOTS = 300;
const SPREAD_MS = Number(process.env.VOTE_BENCH_MS ?? 60_000);

function lineStartingWith(child: ChildProcess, prefix: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
    lines.on('line', (line) => {
      if (!line.startsWith(prefix)) return;
      lines.close();
      resolve(line.slice(prefix.length));
    });
    child.once('exit', (code) => reject(new Error(`vote server exited (${code}) before "${prefix}"`)));
  });
}

const round = (x: number, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;

const bench: Bench = async () => {
  const dir = mkdtempSync(join(tmpdir(), 'pitch-jury-vote-bench-'));
  const child = spawn(process.execPath, ['--import', 'tsx', SERVER, dir, String(BALLOTS)], {
    cwd: ROOT,
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  try {
    const { setup, path } = JSON.parse(await lineStartingWith(child, 'READY ')) as {
      setup: VoteLoadSetup;
      path: string;
    };
    const report = await runVoteLoad(setup, {
      spreadMs: SPREAD_MS,
      seed: 20_261_207,
      changeEvery: 10,
      twinEvery: 15,
    });
    const done = lineStartingWith(child, 'DONE');
    child.stdin?.write('stop\n');
    await done;
    const db = openDatabase(path, { readonly: true });
    const checked = checkVotes(db, report.acked);
    closeDatabase(db);
    if (report.errors.length > 0) process.stdout.write(`  errors: ${report.errors.slice(0, 5).join('; ')}\n`);
    const acks = [...report.ackMs].sort((a, b) => a - b);
    const load = `${BALLOTS} ballots (${report.connections} phones) over ${SPREAD_MS / 1000} s, 127.0.0.1, laptop in a child process`;
    const figures: BenchFigure[] = [
      {
        id: 'lan.vote_ack_p99_ms',
        value: round(percentile(acks, 99)),
        unit: 'ms',
        better: 'lower',
        note: `${acks.length} votes acknowledged (p50 ${round(percentile(acks, 50))} ms), ${load}; target ≤ 200 ms`,
      },
      {
        id: 'lan.vote_lost',
        value: checked.lost + (BALLOTS - report.acked.size),
        unit: 'votes',
        better: 'lower',
        note: `${report.acked.size} of ${BALLOTS} ballots acknowledged; must be 0`,
      },
      {
        id: 'lan.vote_double_counted',
        value: checked.doubleCounted,
        unit: 'votes',
        better: 'lower',
        note: 'a card voting on two phones at once counts once; must be 0',
      },
      {
        id: 'lan.vote_errors',
        value: report.errors.length,
        unit: 'calls',
        better: 'lower',
        note: 'refused or failed votes and connections; must be 0',
      },
    ];
    return figures;
  } finally {
    if (child.exitCode === null) child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  }
};

export default bench;
