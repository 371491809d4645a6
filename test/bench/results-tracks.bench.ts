/**
 * Prize tracks: recomputing three tracks' rankings over one event of 300
 * teams × 15 jurors × 8 criteria (every sheet submitted, 40,500 score events)
 * through the store, as the results page does after a submit:
 *   npx tsx test/bench/run.ts results-tracks
 * - "Thème A": 150 teams, 8 jurors, 4 criteria at their own weights;
 * - "Thème B": 200 teams, 10 jurors, 6 criteria, median;
 * - "Coup de cœur": every team and juror, all 8 criteria re-weighted.
 * The figure is the three together (each track's input read from the file,
 * its sheets cut down to its pairs and criteria, then ranked), median of 21
 * rounds after warm-ups (the connection's sheet cache is warm, as in the app).
 * Each sheet's cut and weighted total are kept per frozen record of that
 * cache (ranking/prepare.ts, tracks/score-cut.ts), so a round with nothing
 * changed reuses them all. Two more figures, no target, say what that is
 * worth when something did change (untimed, before each round):
 * - `…_after_submit_ms`: one sheet reopened and submitted with new scores (the
 *   results page after a submit: only that sheet is weighed again);
 * - `…_reweighted_ms`: "Coup de cœur" given new weights (nothing kept applies
 *   to its 4,500 sheets: the cost of the ranking itself).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { closeDatabase } from '../../main/core/db/open';
import { computeRanking } from '../../main/core/ranking/compute-ranking';
import { CHAIR_ACTOR, reopenSheet, submitSheet } from '../../main/core/scoring/sheet-ops';
import { buildTrackRankingInput } from '../../main/core/tracks/track-input';
import { updateTrackSettings } from '../../main/core/tracks/track-settings';
import {
  createTrack,
  setTrackCriteria,
  setTrackJurors,
  setTrackTeams,
} from '../../main/core/tracks/track-store';
import { buildLargeScoredEvent } from '../support/large-event';
import type { Bench } from './figure';

const SIZE = { teams: 300, jurors: 15, criteria: 8 };
const WARMUPS = 5;
const RUNS = 21;

const bench: Bench = async () => {
  const dir = mkdtempSync(join(tmpdir(), 'pitch-jury-bench-tracks-'));
  const db = buildLargeScoredEvent(join(dir, 'tracks.sqlite'), SIZE);
  try {
    const ids = (table: string) =>
      (db.prepare(`SELECT id FROM ${table} ORDER BY position, id`).all() as { id: number }[]).map(
        (r) => r.id,
      );
    const [teams, jurors, criteria] = [ids('team'), ids('juror'), ids('criterion')];
    const at = '2026-09-30T12:00:00.000Z';
    const make = (
      name: string,
      teamIds: number[],
      jurorIds: number[],
      weights: { criterionId: number; weight: number }[],
    ) => {
      const id = createTrack(db, name, at).id;
      setTrackTeams(db, id, teamIds);
      setTrackJurors(db, id, jurorIds);
      setTrackCriteria(db, id, weights);
      return id;
    };
    const tracks = [
      make(
        'Thème A',
        teams.slice(0, 150),
        jurors.slice(0, 8),
        criteria.slice(0, 4).map((criterionId, i) => ({ criterionId, weight: 10 + i * 5 })),
      ),
      make(
        'Thème B',
        teams.slice(100),
        jurors.slice(5),
        criteria.slice(2).map((criterionId) => ({ criterionId, weight: 1 })),
      ),
      make(
        'Coup de cœur',
        teams,
        jurors,
        criteria.map((criterionId, i) => ({ criterionId, weight: 8 - i })),
      ),
    ];
    updateTrackSettings(db, tracks[1] as number, { method: 'median' }, at);
    const recomputeAll = () => {
      for (const id of tracks) computeRanking(buildTrackRankingInput(db, id));
    };
    const medianOf = (before: (round: number) => void) => {
      for (let i = 0; i < WARMUPS; i++) {
        before(i);
        recomputeAll();
      }
      const samples: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        before(WARMUPS + i);
        const start = performance.now();
        recomputeAll();
        samples.push(performance.now() - start);
      }
      samples.sort((a, b) => a - b);
      return samples[Math.floor(samples.length / 2)] as number;
    };
    const median = medianOf(() => {});
    const afterSubmit = medianOf((round) => {
      const owner = {
        jurorId: jurors[round % jurors.length] as number,
        teamId: teams[(round * 7) % teams.length] as number,
        actor: CHAIR_ACTOR,
      };
      reopenSheet(db, owner, 'Correction', at);
      const scores = criteria.map((criterionId, c) => ({ criterionId, value: ((round + c) % 21) / 2 }));
      submitSheet(db, owner, { scores }, at);
    });
    const reweighted = medianOf((round) =>
      setTrackCriteria(
        db,
        tracks[2] as number,
        criteria.map((criterionId, i) => ({ criterionId, weight: 8 - i + round + 1 })),
      ),
    );
    const ms = (value: number) => Math.round(value * 100) / 100;
    return [
      {
        id: 'results.recompute_tracks_ms',
        value: ms(median),
        unit: 'ms',
        better: 'lower',
        note: `3 tracks over ${SIZE.teams}×${SIZE.jurors}×${SIZE.criteria} (150/200/300 teams), median of ${RUNS}; target ≤ 20 ms`,
      },
      {
        id: 'results.recompute_tracks_after_submit_ms',
        value: ms(afterSubmit),
        unit: 'ms',
        better: 'lower',
        note: `the same, one sheet reopened and submitted with new scores before each round, median of ${RUNS}`,
      },
      {
        id: 'results.recompute_tracks_reweighted_ms',
        value: ms(reweighted),
        unit: 'ms',
        better: 'lower',
        note: `the same, the 300-team track given new weights before each round (no kept total applies), median of ${RUNS}`,
      },
    ];
  } finally {
    closeDatabase(db);
    rmSync(dir, { recursive: true, force: true });
  }
};

export default bench;
