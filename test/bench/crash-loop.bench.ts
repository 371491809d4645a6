/**
 * Crash safety as figures (docs/ARCHITECTURE.md, "Measurements"): the crash loop of
 * test/reliability/crash-loop-runner.ts, 50 SIGKILLs of a process that scores
 * (juror form and paper entry) and drives the timer through the real
 * dispatcher; after each kill the file is reopened and every acknowledged
 * score and timer transition looked up. Reports, never asserts (the bounded
 * test is test/integration/reliability/crash-loop.test.ts).
 */
import { runCrashLoop } from '../reliability/crash-loop-runner';
import type { Bench, BenchFigure } from './figure';

const CYCLES = 50;

const bench: Bench = async () => {
  const started = Date.now();
  const report = await runCrashLoop({ cycles: CYCLES, seed: started % 2 ** 31 });
  const minutes = ((Date.now() - started) / 60_000).toFixed(1);
  const note = `seed ${report.seed}, ${minutes} min; integrity_check failures ${report.integrityFailures}, chain breaks ${report.chainBreaks}`;
  const figures: BenchFigure[] = [
    { id: 'crash.cycles', value: report.cycles, unit: 'kills', better: 'higher', note },
    {
      id: 'crash.acknowledged_scores',
      value: report.acknowledgedScores,
      unit: 'writes',
      better: 'higher',
      note: `${report.acknowledgedTimerCommands} timer commands acknowledged too`,
    },
    { id: 'crash.lost_scores', value: report.lostScores, unit: 'scores', better: 'lower', note: 'target 0' },
    {
      id: 'crash.timer_inconsistencies',
      value: report.timerInconsistencies,
      unit: 'problems',
      better: 'lower',
      note: 'target 0',
    },
  ];
  return figures;
};

export default bench;
