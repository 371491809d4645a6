/**
 * `npx tsx test/reliability/crash-loop.ts --cycles N [--seed S] [--max-delay ms]`
 *
 * Kills a process that submits scores and drives the timer through the real
 * core N times with SIGKILL, and checks after each kill that every
 * acknowledged score is in the file, the timer anchors are consistent and
 * PRAGMA integrity_check is ok (see crash-loop-runner.ts and -checks.ts).
 * Exit code 1 when anything was lost or inconsistent.
 */
import { runCrashLoop } from './crash-loop-runner';

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  const value = at >= 0 ? Number(process.argv[at + 1]) : fallback;
  if (!Number.isInteger(value) || value < 0) throw new Error(`--${name} must be a whole number`);
  return value;
}

const cycles = option('cycles', 20);
const seed = option('seed', Date.now() % 2 ** 31);
const started = Date.now();
const report = await runCrashLoop({
  cycles,
  seed,
  maxKillDelayMs: option('max-delay', 300),
  onCycle: (c) =>
    process.stdout.write(
      `cycle ${String(c.cycle).padStart(3)}: ${c.scoreAcks} score writes, ${c.timerAcks} timer commands acknowledged; ` +
        `lost ${c.lost}, timer problems ${c.timerProblems.length}, integrity ${c.integrity}, chain ${c.chainOk ? 'ok' : 'BROKEN'}\n`,
    ),
});
const seconds = ((Date.now() - started) / 1000).toFixed(1);
process.stdout.write(
  [
    '',
    `crash loop: ${report.cycles} SIGKILLs in ${seconds} s (seed ${report.seed})`,
    `  acknowledged score writes:     ${report.acknowledgedScores}`,
    `  acknowledged timer commands:   ${report.acknowledgedTimerCommands}`,
    `  lost scores:                   ${report.lostScores}`,
    `  timer inconsistencies:         ${report.timerInconsistencies}`,
    `  integrity_check failures:      ${report.integrityFailures}`,
    `  score chain breaks:            ${report.chainBreaks}`,
    `  score events in the file:      ${report.finalEvents}`,
    ...report.problems.map((p) => `  ! ${p}`),
    '',
  ].join('\n'),
);
const failed =
  report.lostScores + report.timerInconsistencies + report.integrityFailures + report.chainBreaks;
process.exitCode = failed > 0 ? 1 : 0;
