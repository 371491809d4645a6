/**
 * A process killed mid-pitch (SIGKILL: no close, no flush) leaves a file that
 * reopens with the pitch still running and the right time left, within ±1 s
 * of what a stopwatch started when the pitch began would show.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { remainingMs } from '../../../common/timer';
import { closeEventFile, createDemoEventFile, openEventFile } from '../../../main/core/event-file';
import { readOrder, readTimerSnapshot } from '../../../main/core/pitch-day';
import { tempDir } from '../../support/temp';

const CHILD = join(import.meta.dirname, 'crash-child.ts');
const ROOT = join(import.meta.dirname, '..', '..', '..');

function runUntilStarted(path: string) {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, path], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const started = new Promise<{ startedAt: number; seenAt: number }>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const line = out.split('\n')[0];
      if (out.includes('\n') && line)
        resolve({ ...(JSON.parse(line) as { startedAt: number }), seenAt: Date.now() });
    });
    child.on('exit', (code) => reject(new Error(`child exited early (${code}): ${stderr}`)));
  });
  const exited = new Promise<NodeJS.Signals | null>((resolve) =>
    child.on('exit', (_code, signal) => resolve(signal)),
  );
  return { child, started, exited };
}

describe('crash resume', () => {
  it('reopens a pitch killed mid-way still running with the right time left', async () => {
    const dir = tempDir('test');
    const created = createDemoEventFile(dir);
    const path = created.path;
    closeEventFile(created);

    const { child, started, exited } = runUntilStarted(path);
    const { startedAt, seenAt } = await started;
    await new Promise((resolve) => setTimeout(resolve, 1500));
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');
    // Killed without closing: the committed transitions sit in the write-ahead log.
    expect(existsSync(`${path}-wal`)).toBe(true);

    const reopened = openEventFile(path);
    try {
      const now = Date.now();
      const snapshot = readTimerSnapshot(reopened.db, now);
      expect(snapshot.state).toMatchObject({ status: 'running', phase: 'pitch', startedAt });
      expect(readOrder(reopened.db).find((e) => e.status === 'on_stage')?.teamId).toBe(snapshot.state.teamId);
      const stopwatch = 300_000 - (now - seenAt);
      const left = remainingMs(snapshot.state, now);
      expect(Math.abs(left - stopwatch)).toBeLessThanOrEqual(1000);
      expect(left).toBeLessThan(300_000 - 1400);
    } finally {
      closeEventFile(reopened);
    }
  });
});
