/**
 * Runs crash-child.ts and kills it with SIGKILL at a random moment, for the
 * crash-safety test (test/integration/scoring/crash.test.ts) and the crash
 * benchmark (test/bench/scores-crash.bench.ts). Not a test file itself.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import type { Db } from '../../../main/core/db/open';
import { readScoreLog } from '../../../main/core/scoring/score-store';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const CHILD = join(import.meta.dirname, 'crash-child.ts');

export interface Ack {
  seq: number;
  jurorId: number;
  teamId: number;
  kind: string;
}
/**
 * Starts the child, waits for its first acknowledgement (so it is past start-up
 * and writing), lets it run a random 0–250 ms more, then SIGKILLs it: no
 * clean-up, no close, like a power cut of the process. Returns every line it
 * acknowledged before dying.
 */
export function runAndKill(args: string[], start: number, random: () => number): Promise<Ack[]> {
  return new Promise((resolve, reject) => {
    const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', CHILD, ...args], {
      cwd: ROOT,
      env: { ...process.env, CRASH_START: String(start) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const acks: Ack[] = [];
    let buffer = '';
    let stderr = '';
    let timer: NodeJS.Timeout | undefined;
    child.stdout?.on('data', (chunk: Buffer) => {
      buffer += chunk.toString('utf8');
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) {
        const [word, seq, jurorId, teamId, kind] = line.split(' ');
        if (word !== 'ack') continue;
        acks.push({ seq: Number(seq), jurorId: Number(jurorId), teamId: Number(teamId), kind: String(kind) });
      }
      if (acks.length > 0 && timer === undefined) {
        timer = setTimeout(() => child.kill('SIGKILL'), Math.floor(random() * 250));
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
    });
    child.on('error', reject);
    child.on('exit', (_code, signal) => {
      clearTimeout(timer);
      // Only a line completed before the kill counts as acknowledged; a partial last line does not.
      if (signal !== 'SIGKILL') reject(new Error(`child exited by itself (${signal ?? _code}): ${stderr}`));
      else resolve(acks);
    });
  });
}

/** mulberry32, seeded: random kill moments that a failing run can reproduce. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Acknowledged events that are not in the file as acknowledged (must be none). */
export function lostAcks(db: Db, acks: readonly Ack[]): Ack[] {
  const bySeq = new Map(readScoreLog(db).map((ev) => [ev.seq, ev]));
  return acks.filter((ack) => {
    const event = bySeq.get(ack.seq);
    if (!event || event.jurorId !== ack.jurorId || event.teamId !== ack.teamId) return true;
    return (ack.kind === 'submit' || ack.kind === 'reopen') && event.kind !== ack.kind;
  });
}

/** The child's command-line arguments for an event file and its ids. */
export function childArgs(
  path: string,
  jurorIds: number[],
  teamIds: number[],
  criterionIds: number[],
): string[] {
  return [path, jurorIds.join(','), teamIds.join(','), criterionIds.join(',')];
}
