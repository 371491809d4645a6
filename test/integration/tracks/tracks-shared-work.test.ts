import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AGGREGATION_METHOD_IDS } from '../../../common/contract/aggregation-methods';
import type { Db } from '../../../main/core/db/open';
import { createCriterion, getCriterion, updateCriterion } from '../../../main/core/event/criteria';
import { createJuror } from '../../../main/core/event/jurors';
import { createTeam } from '../../../main/core/event/teams';
import { closeEventFile, createEventFile } from '../../../main/core/event-file';
import { computeRanking } from '../../../main/core/ranking/compute-ranking';
import { analyseDeliberation } from '../../../main/core/ranking/deliberation';
import { preparedSheetMemoStats } from '../../../main/core/ranking/prepare';
import type { RankingInput, TieBreakRule } from '../../../main/core/ranking/types';
import { updateScoringSettings } from '../../../main/core/results/settings-store';
import { submittedSheets } from '../../../main/core/scoring/hash-chain';
import { setRecusal } from '../../../main/core/scoring/recusals';
import { readAllSheetsUncached } from '../../../main/core/scoring/score-store';
import { CHAIR_ACTOR, reopenSheet, submitSheet } from '../../../main/core/scoring/sheet-ops';
import { scoreCutStats } from '../../../main/core/tracks/score-cut';
import { buildTrackRankingInput, sheetsForTrack } from '../../../main/core/tracks/track-input';
import { rankTrack } from '../../../main/core/tracks/track-payload';
import { updateTrackSettings } from '../../../main/core/tracks/track-settings';
import {
  createTrack,
  isMainTrack,
  mainTrackId,
  setTrackCriteria,
  setTrackJurors,
  setTrackTeams,
} from '../../../main/core/tracks/track-store';
import { tempDir } from '../../support/temp';

/**
 * Tracks share per-sheet work: each track's cut of a sheet's scores is kept
 * per frozen record of the connection's sheet cache, and each weighted total
 * per record and criteria signature (tracks/score-cut.ts, ranking/prepare.ts).
 * On random events stored in real SQLite files, every track's ranking and
 * deliberation analysis must equal, to the last bit, the unshared
 * computation: the same input with its sheets derived again from the whole
 * log without the sheet cache and cut plainly (nothing frozen, so nothing is
 * kept or reused). Checked after setup and after each change the app can
 * make: a score changed (reopen, then submit), a track's weights, an event
 * criterion's weight, a track's method.
 */

const AT = '2026-09-30T10:00:00.000Z';
const METHODS = AGGREGATION_METHOD_IDS;

const trackArb = fc.record({
  teams: fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }),
  jurors: fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }),
  criteria: fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }),
  weights: fc.array(fc.integer({ min: 1, max: 50 }), { minLength: 3, maxLength: 3 }),
  method: fc.constantFrom(...METHODS),
});

const opArb = fc.oneof(
  fc.record({ kind: fc.constant('score' as const), cell: fc.nat(23), seed: fc.nat(1000) }),
  fc.record({
    kind: fc.constant('trackWeights' as const),
    track: fc.nat(3),
    weights: fc.array(fc.integer({ min: 1, max: 50 }), { minLength: 3, maxLength: 3 }),
  }),
  fc.record({
    kind: fc.constant('eventWeight' as const),
    criterion: fc.nat(2),
    weight: fc.integer({ min: 1, max: 60 }),
  }),
  fc.record({ kind: fc.constant('method' as const), track: fc.nat(3), method: fc.constantFrom(...METHODS) }),
);

const scenario = fc.record({
  criteria: fc.array(
    fc.record({ weight: fc.integer({ min: 1, max: 60 }), max: fc.integer({ min: 1, max: 10 }) }),
    {
      minLength: 1,
      maxLength: 3,
    },
  ),
  teams: fc.integer({ min: 2, max: 6 }),
  jurors: fc.integer({ min: 1, max: 4 }),
  cells: fc.array(
    fc.record({
      state: fc.constantFrom('sheet', 'sheet', 'sheet', 'missing', 'recused'),
      seed: fc.nat(1000),
    }),
    {
      minLength: 24,
      maxLength: 24,
    },
  ),
  tracks: fc.array(trackArb, { minLength: 1, maxLength: 3 }),
  /** One more track holding everything at the event's weights (it shares every total with the main track). */
  copyOfMain: fc.boolean(),
  tieBreaks: fc.constantFrom<TieBreakRule[][]>([], [{ kind: 'first_places' }], [{ kind: 'head_to_head' }]),
  ops: fc.array(opArb, { minLength: 1, maxLength: 5 }),
});

/** The track's input with its sheets derived from the whole log, no cache, cut plainly: the unshared computation. */
function unsharedInput(db: Db, trackId: number, input: RankingInput): RankingInput {
  const fresh = submittedSheets(readAllSheetsUncached(db));
  const eventCriterionIds = (db.prepare('SELECT id FROM criterion').all() as { id: number }[]).map(
    (r) => r.id,
  );
  return {
    ...structuredClone(input),
    sheets: isMainTrack(db, trackId)
      ? fresh
      : sheetsForTrack(
          fresh,
          input.teams.map((t) => t.id),
          input.jurors.map((j) => j.id),
          input.criteria.map((c) => c.id),
          eventCriterionIds,
        ),
  };
}

function expectEveryTrackExact(db: Db, trackIds: readonly number[]): void {
  for (const trackId of trackIds) {
    let input: RankingInput;
    try {
      input = buildTrackRankingInput(db, trackId);
      computeRanking(input);
    } catch {
      continue; // e.g. a track left without criteria: refused alike on both paths, nothing to compare
    }
    const reference = unsharedInput(db, trackId, input);
    expect(reference.sheets.some((s) => Object.isFrozen(s.scores))).toBe(false);
    const expected = computeRanking(reference);
    // Twice: the second recompute reuses every unchanged sheet's total.
    expect(computeRanking(input)).toStrictEqual(expected);
    expect(computeRanking(buildTrackRankingInput(db, trackId))).toStrictEqual(expected);
    expect(rankTrack(db, trackId).ranking).toStrictEqual(expected);
    expect(analyseDeliberation(input)).toStrictEqual(analyseDeliberation(reference));
  }
}

describe('tracks sharing per-sheet work', () => {
  const dir = tempDir();
  it('rank exactly as the unshared computation, after score, weight and method changes', () => {
    const memoHits = preparedSheetMemoStats().hits;
    const cutHits = scoreCutStats().hits;
    let run = 0;
    fc.assert(
      fc.property(scenario, (s) => {
        run += 1;
        const file = createEventFile(dir, `Partage ${run}`, 'fr');
        const { db } = file;
        try {
          const criteria = s.criteria.map(
            (c, i) =>
              createCriterion(db, {
                name: `Critère ${i}`,
                description: '',
                weight: c.weight,
                min: 0,
                max: c.max,
                step: 1,
                levels: [],
              }).id,
          );
          const teams = Array.from(
            { length: s.teams },
            (_, i) => createTeam(db, { name: `Équipe ${i}`, projectTitle: '', members: [] }).id,
          );
          const jurors = Array.from(
            { length: s.jurors },
            (_, i) => createJuror(db, { name: `Juré ${i}`, title: '' }).id,
          );
          const scoresFor = (seed: number, t: number) =>
            criteria.map((criterionId, c) => ({
              criterionId,
              value: (seed * (c + 3) + t) % ((s.criteria[c]?.max ?? 1) + 1),
            }));
          const cells: { jurorId: number; teamId: number; t: number }[] = [];
          for (const [t, teamId] of teams.entries()) {
            for (const [j, jurorId] of jurors.entries()) {
              const cell = s.cells[t * 4 + j] ?? { state: 'sheet', seed: 0 };
              if (cell.state === 'missing') continue;
              if (cell.state === 'recused') {
                setRecusal(db, { jurorId, teamId, reason: 'Conflit' }, CHAIR_ACTOR, AT);
                continue;
              }
              submitSheet(
                db,
                { jurorId, teamId, actor: CHAIR_ACTOR },
                { scores: scoresFor(cell.seed, t) },
                AT,
              );
              cells.push({ jurorId, teamId, t });
            }
          }
          updateScoringSettings(db, { tieBreaks: s.tieBreaks }, AT);

          const pick = <T>(ids: readonly T[], flags: readonly boolean[]) => ids.filter((_, i) => flags[i]);
          const tracks = s.tracks.map((t, k) => {
            const id = createTrack(db, `Prix ${k}`, AT).id;
            setTrackTeams(db, id, pick(teams, t.teams));
            setTrackJurors(db, id, pick(jurors, t.jurors));
            setTrackCriteria(
              db,
              id,
              pick(
                criteria.map((criterionId, c) => ({ criterionId, weight: t.weights[c] ?? 1 })),
                t.criteria,
              ),
            );
            updateTrackSettings(db, id, { method: t.method, tieBreaks: s.tieBreaks }, AT);
            return id;
          });
          if (s.copyOfMain) {
            const id = createTrack(db, 'Tout', AT).id;
            setTrackTeams(db, id, teams);
            setTrackJurors(db, id, jurors);
            setTrackCriteria(
              db,
              id,
              criteria.map((criterionId, c) => ({ criterionId, weight: s.criteria[c]?.weight ?? 1 })),
            );
            updateTrackSettings(db, id, { tieBreaks: s.tieBreaks }, AT);
            tracks.push(id);
          }
          const all = [mainTrackId(db), ...tracks];
          expectEveryTrackExact(db, all);

          for (const op of s.ops) {
            if (op.kind === 'score') {
              const cell = cells[op.cell % Math.max(1, cells.length)];
              if (!cell) continue;
              const owner = { jurorId: cell.jurorId, teamId: cell.teamId, actor: CHAIR_ACTOR };
              reopenSheet(db, owner, 'Correction', AT);
              submitSheet(db, owner, { scores: scoresFor(op.seed, cell.t) }, AT);
            } else if (op.kind === 'trackWeights') {
              const trackId = tracks[op.track % tracks.length] as number;
              const held = buildTrackRankingInput(db, trackId).criteria.map((c) => c.id);
              setTrackCriteria(
                db,
                trackId,
                held.map((criterionId) => ({
                  criterionId,
                  weight: op.weights[criteria.indexOf(criterionId)] ?? 1,
                })),
              );
            } else if (op.kind === 'eventWeight') {
              const id = criteria[op.criterion % criteria.length] as number;
              const current = getCriterion(db, id);
              updateCriterion(db, id, {
                name: current.name,
                description: current.description,
                weight: op.weight,
                min: current.min,
                max: current.max,
                step: current.step,
                levels: current.levels,
              });
            } else {
              updateTrackSettings(db, tracks[op.track % tracks.length] as number, { method: op.method }, AT);
            }
            expectEveryTrackExact(db, all);
          }
        } finally {
          closeEventFile(file);
        }
      }),
      { numRuns: 15, seed: 15 },
    );
    // The shared paths really ran (otherwise the comparisons above would prove nothing).
    expect(preparedSheetMemoStats().hits).toBeGreaterThan(memoHits);
    expect(scoreCutStats().hits).toBeGreaterThan(cutHits);
  });

  it('a second recompute reuses every sheet of every track (the sheet cache hands out the same frozen records)', () => {
    const file = createEventFile(dir, 'Réutilisation', 'fr');
    const { db } = file;
    try {
      const criteria = [3, 1].map(
        (weight, i) =>
          createCriterion(db, {
            name: `Critère ${i}`,
            description: '',
            weight,
            min: 0,
            max: 10,
            step: 1,
            levels: [],
          }).id,
      );
      const teams = [0, 1, 2].map(
        (i) => createTeam(db, { name: `Équipe ${i}`, projectTitle: '', members: [] }).id,
      );
      const jurors = [0, 1].map((i) => createJuror(db, { name: `Juré ${i}`, title: '' }).id);
      for (const [t, teamId] of teams.entries())
        for (const [j, jurorId] of jurors.entries())
          submitSheet(
            db,
            { jurorId, teamId, actor: CHAIR_ACTOR },
            { scores: criteria.map((criterionId, c) => ({ criterionId, value: (t + j + c) % 11 })) },
            AT,
          );
      const theme = createTrack(db, 'Thème', AT).id;
      setTrackTeams(db, theme, teams.slice(1));
      setTrackJurors(db, theme, jurors);
      setTrackCriteria(db, theme, [{ criterionId: criteria[1] as number, weight: 1 }]);
      const ranked = () => [mainTrackId(db), theme].map((id) => rankTrack(db, id).ranking);
      const first = ranked();
      const hits = preparedSheetMemoStats().hits;
      const cuts = scoreCutStats().hits;
      expect(ranked()).toStrictEqual(first);
      // 6 sheets in the main track, 4 in the theme track: all reused, the theme's 4 cuts too.
      expect(preparedSheetMemoStats().hits - hits).toBe(10);
      expect(scoreCutStats().hits - cuts).toBe(4);
      // One sheet changed: its new record is weighed again, the others are reused.
      const owner = { jurorId: jurors[0] as number, teamId: teams[1] as number, actor: CHAIR_ACTOR };
      reopenSheet(db, owner, 'Correction', AT);
      submitSheet(db, owner, { scores: criteria.map((criterionId) => ({ criterionId, value: 10 })) }, AT);
      const before = preparedSheetMemoStats().hits;
      const after = ranked();
      expect(preparedSheetMemoStats().hits - before).toBe(8);
      expect(after).not.toStrictEqual(first);
      expect(
        after[0]?.rows.find((r) => r.teamId === teams[1])?.criterionAverages.map((c) => c.average),
      ).toEqual([(10 + 2) / 2, (10 + 3) / 2]);
    } finally {
      closeEventFile(file);
    }
  });
});
