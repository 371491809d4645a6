/**
 * Durable score submission, as a juror's "Submit" click reaches main: the real
 * dispatcher (validation, token check) → one IMMEDIATE transaction that checks
 * and appends the sheet's score events and the submit event → commit with
 * synchronous=FULL (an fsync of the WAL) → answer. Also the autosave of one
 * draft cell, which jurors trigger far more often.
 */
import { performance } from 'node:perf_hooks';
import { type Bench, type BenchFigure, percentile } from './figure';
import { benchApp, halfPoints, seeded } from './scores-app';

const round3 = (x: number) => Math.round(x * 1000) / 1000;

const bench: Bench = async () => {
  const app = await benchApp({ teams: 30, jurors: 10, criteria: 6 });
  try {
    const random = seeded(7);
    const tokens = await Promise.all(
      app.jurorIds.map(async (jurorId) => (await app.call('scoring.identify', { jurorId, pin: null })).token),
    );
    const submits: number[] = [];
    const drafts: number[] = [];
    for (const teamId of app.teamIds) {
      for (const token of tokens) {
        const scores = app.criteria.map((c) => ({ criterionId: c.id, value: halfPoints(random, c.max) }));
        const first = scores[0] as { criterionId: number; value: number };
        let start = performance.now();
        await app.call('scoring.saveDraft', { token, teamId, scores: [first] });
        drafts.push(performance.now() - start);
        start = performance.now();
        await app.call('scoring.submit', { token, teamId, scores, comment: 'Bon pitch' });
        submits.push(performance.now() - start);
      }
    }
    submits.sort((a, b) => a - b);
    drafts.sort((a, b) => a - b);
    const n = submits.length;
    const note = `${n} submits of 6 criteria + comment, real dispatcher, WAL + synchronous=FULL on ${process.platform}`;
    const figures: BenchFigure[] = [
      {
        id: 'scores.submit_p50_ms',
        value: round3(percentile(submits, 50)),
        unit: 'ms',
        better: 'lower',
        note,
      },
      {
        id: 'scores.submit_p99_ms',
        value: round3(percentile(submits, 99)),
        unit: 'ms',
        better: 'lower',
        note,
      },
      {
        id: 'scores.draft_autosave_p50_ms',
        value: round3(percentile(drafts, 50)),
        unit: 'ms',
        better: 'lower',
        note: `${drafts.length} one-cell draft saves`,
      },
      {
        id: 'scores.draft_autosave_p99_ms',
        value: round3(percentile(drafts, 99)),
        unit: 'ms',
        better: 'lower',
        note: `${drafts.length} one-cell draft saves`,
      },
    ];
    return figures;
  } finally {
    app.close();
  }
};

export default bench;
