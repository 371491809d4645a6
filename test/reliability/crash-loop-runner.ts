/**
 * The crash loop: creates an event through the real dispatcher, then N times
 * starts crash-loop-child.ts on it, lets it write for a random moment after
 * its first acknowledgement, kills it with SIGKILL (no close, no flush: a
 * crash), reopens the file as the app would and checks it (crash-loop-checks.ts).
 * Used by the CLI (crash-loop.ts), the vitest wrapper and the benchmark.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closeDatabase, openDatabase } from '../../main/core/db/open';
import { closeEventFile } from '../../main/core/event-file';
import { coreApp } from '../support/core';
import { pitchDayEvent } from '../support/pitch-day';
import { seeded } from '../support/random';
import { type Ack, type CrashSetup, checkFile, isScoreAck } from './crash-loop-checks';

const ROOT = join(import.meta.dirname, '..', '..');
const CHILD = join(import.meta.dirname, 'crash-loop-child.ts');

export interface CrashLoopOptions {
  cycles: number;
  /** Seeds the kill moments, so a failing run can be replayed. */
  seed: number;
  /** The kill lands 0..maxKillDelayMs after the child's first acknowledgement (default 300). */
  maxKillDelayMs?: number;
  onCycle?: (cycle: CycleReport) => void;
}

export interface CycleReport {
  cycle: number;
  scoreAcks: number;
  timerAcks: number;
  lost: number;
  timerProblems: string[];
  integrity: string;
  chainOk: boolean;
}

export interface CrashLoopReport {
  cycles: number;
  seed: number;
  acknowledgedScores: number;
  acknowledgedTimerCommands: number;
  lostScores: number;
  timerInconsistencies: number;
  integrityFailures: number;
  chainBreaks: number;
  /** Score events in the file at the end. */
  finalEvents: number;
  /** Human-readable details of every failure (empty when all is well). */
  problems: string[];
}

/** The small event (4 teams, 3 jurors, 2 criteria on different scales) through the real calls, then closed. */
async function createEvent(dir: string): Promise<{ path: string; setup: CrashSetup }> {
  const app = coreApp(dir, { version: 'crash-loop' });
  const { teamIds, jurorIds, criteria } = await pitchDayEvent(app.call, { eventName: 'Boucle de pannes' });
  const session = app.ctx.requireEventFile();
  closeEventFile(session);
  return { path: session.path, setup: { jurorIds, teamIds, criteria } };
}

/** Runs the child until a random moment after its first acknowledgement, then SIGKILLs it. */
function runAndKill(args: string[], delayMs: number): Promise<Ack[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, ...args], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const acks: Ack[] = [];
    let buffer = '';
    let stderr = '';
    let timer: NodeJS.Timeout | undefined;
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString('utf8');
      const lines = buffer.split('\n');
      // Only complete lines count: a line cut by the kill was never acknowledged.
      buffer = lines.pop() ?? '';
      for (const line of lines) if (line.startsWith('{')) acks.push(JSON.parse(line) as Ack);
      if (acks.length > 0 && timer === undefined) timer = setTimeout(() => child.kill('SIGKILL'), delayMs);
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (signal === 'SIGKILL') resolve(acks);
      else reject(new Error(`the child stopped by itself (${signal ?? code}): ${stderr.slice(-2000)}`));
    });
  });
}

export async function runCrashLoop(options: CrashLoopOptions): Promise<CrashLoopReport> {
  const dir = mkdtempSync(join(tmpdir(), 'pitch-jury-crash-'));
  const random = seeded(options.seed);
  const report: CrashLoopReport = {
    cycles: 0,
    seed: options.seed,
    acknowledgedScores: 0,
    acknowledgedTimerCommands: 0,
    lostScores: 0,
    timerInconsistencies: 0,
    integrityFailures: 0,
    chainBreaks: 0,
    finalEvents: 0,
    problems: [],
  };
  try {
    const { path, setup } = await createEvent(dir);
    let knownRevision = 0;
    for (let cycle = 1; cycle <= options.cycles; cycle += 1) {
      const delay = Math.floor(random() * (options.maxKillDelayMs ?? 300));
      const acks = await runAndKill([path, JSON.stringify(setup), String(cycle * 1000)], delay);
      // Reopened like the app after a crash: read-write, so SQLite replays the write-ahead log.
      const db = openDatabase(path);
      let check: ReturnType<typeof checkFile>;
      try {
        check = checkFile(db, acks, knownRevision, Date.now());
      } finally {
        closeDatabase(db);
      }
      knownRevision = check.timer.revision;
      const cycleReport: CycleReport = {
        cycle,
        scoreAcks: acks.filter(isScoreAck).length,
        timerAcks: acks.length - acks.filter(isScoreAck).length,
        lost: check.lost.length,
        timerProblems: check.timer.problems,
        integrity: check.integrity,
        chainOk: check.chainOk,
      };
      report.cycles = cycle;
      report.acknowledgedScores += cycleReport.scoreAcks;
      report.acknowledgedTimerCommands += cycleReport.timerAcks;
      report.lostScores += check.lost.length;
      report.timerInconsistencies += check.timer.problems.length;
      report.finalEvents = check.events;
      if (check.integrity !== 'ok') report.integrityFailures += 1;
      if (!check.chainOk) report.chainBreaks += 1;
      for (const lost of check.lost) report.problems.push(`cycle ${cycle}: lost ${JSON.stringify(lost)}`);
      for (const p of check.timer.problems) report.problems.push(`cycle ${cycle}: timer ${p}`);
      if (check.integrity !== 'ok')
        report.problems.push(`cycle ${cycle}: integrity_check ${check.integrity}`);
      if (!check.chainOk) report.problems.push(`cycle ${cycle}: score chain broken`);
      options.onCycle?.(cycleReport);
    }
    return report;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
