import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resultsCommand, resultsReport } from '../../../main/core/results/cli-command';
import { ok, scoringEvent } from '../scoring/fixture';

const capture = (args: string[]) => {
  const lines: string[] = [];
  resultsCommand(args, { out: (l) => lines.push(l), err: (l) => lines.push(l) });
  return lines;
};

/** Issue 13 item 18: `npm run cli -- results` prints the ranking exactly as the app computes it. */
describe('npm run cli -- results', () => {
  it('prints the same ranking as the app (ranks, totals, ties and the rule that decided each), live and locked', async () => {
    const { app, teamIds, jurorIds, impact, pitch } = await scoringEvent();
    const path = app.ctx.requireEventFile().path;
    await ok(app, 'results.updateSettings', { tieBreaks: [{ kind: 'head_to_head' }] });
    const marks: [number, number, number][] = [
      [0, 0, 9],
      [1, 0, 6],
      [2, 0, 5],
      [0, 1, 7],
      [1, 1, 7],
      [2, 1, 6],
      [0, 2, 9],
      [1, 2, 9],
      [2, 2, 9],
    ];
    for (const [j, t, value] of marks) {
      const jurorId = jurorIds[j] as number;
      const teamId = teamIds[t] as number;
      await ok(app, 'scores.enter', { jurorId, teamId, criterionId: impact, value });
      await ok(app, 'scores.enter', { jurorId, teamId, criterionId: pitch, value: 3 });
      await ok(app, 'scores.submitSheet', { jurorId, teamId });
    }
    const check = async (locked: boolean) => {
      const view = await ok(app, 'results.get', {});
      const report = resultsReport(path, { locale: 'en' });
      expect(report.locked).toBe(locked);
      expect(report.rows.map((r) => [r.teamId, r.rank, r.total, r.sortKey])).toEqual(
        view.ranking.rows.map((r) => [r.teamId, r.rank, r.total, r.sortKey]),
      );
      return report;
    };
    const live = await check(false);
    // Vai Ora and Motu Énergie tie on 12.8; two jurors of three placed Motu Énergie above: head-to-head.
    expect(live.rows.map((r) => [r.team, r.rank, r.decidedBy])).toEqual([
      ['Fare Pūai', 1, null],
      ['Motu Énergie', 2, 'head-to-head (more jurors placed it above the other)'],
      ['Vai Ora', 3, 'head-to-head (more jurors placed it above the other)'],
      ['Reo Plus', null, null],
    ]);
    const text = capture([path]);
    expect(text).toContain('9 of 12 sheets received.');
    expect(text).toContain(
      '   2  Motu Énergie  12.8  (Tie with Vai Ora, decided by head-to-head (more jurors placed it above the other).)',
    );

    await ok(app, 'results.lock', {
      lockedBy: 'Présidente du jury',
      confirmedMissing: (await ok(app, 'results.lockCheck', {})).missing,
    });
    const locked = await check(true);
    expect(locked.fingerprint).toBe((await ok(app, 'results.get', {})).lock.current?.hash);
    const french = capture([path, '--lang', 'fr']);
    expect(french[1]).toContain(`empreinte (SHA-256) ${locked.fingerprint}`);
    expect(french).toContain(
      '   3  Vai Ora  12,8  (Ex æquo avec Motu Énergie, départagé par confrontation directe (plus de jurés l’ont placée devant l’autre).)',
    );
    // Another method: computed from the same inputs by the same function, and said to be not locked.
    const median = JSON.parse(capture([path, '--method', 'median', '--json']).join('\n'));
    expect(median).toMatchObject({ method: 'median', locked: false, fingerprint: null });
  });

  it('has --help, refuses bad options with the usage, and is wired into npm run cli', () => {
    expect(capture(['--help'])[0]).toMatch(/^usage: npm run cli -- results <file.sqlite>/);
    expect(() => capture(['x.sqlite', '--method', 'best'])).toThrow(/--method must be one of/);
    // Wired into the CLI's command table (no child process: tests never wait on the machine's speed).
    const cli = readFileSync(join(import.meta.dirname, '../../../main/cli.ts'), 'utf8');
    expect(cli).toMatch(/ {2}results: \{\n {4}usage: RESULTS_USAGE,\n {4}run: \(args\) => resultsCommand\(/);
  });
});
