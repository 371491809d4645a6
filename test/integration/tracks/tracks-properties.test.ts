import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AGGREGATION_METHOD_IDS } from '../../../common/contract/aggregation-methods';
import { createCriterion } from '../../../main/core/event/criteria';
import { createJuror } from '../../../main/core/event/jurors';
import { createTeam } from '../../../main/core/event/teams';
import { closeEventFile, createEventFile } from '../../../main/core/event-file';
import type { TieBreakRule } from '../../../main/core/ranking/types';
import { readResultsView } from '../../../main/core/results/results-view';
import { updateScoringSettings } from '../../../main/core/results/settings-store';
import { setRecusal } from '../../../main/core/scoring/recusals';
import { CHAIR_ACTOR, submitSheet } from '../../../main/core/scoring/sheet-ops';
import { readTrackResultsView } from '../../../main/core/tracks/track-results';
import { updateTrackSettings } from '../../../main/core/tracks/track-settings';
import {
  createTrack,
  setTrackCriteria,
  setTrackJurors,
  setTrackTeams,
  trackCriteria,
} from '../../../main/core/tracks/track-store';
import { tempDir } from '../../support/temp';

/**
 * Issue 15's property: a track that holds every team, every juror and every
 * criterion at the event's weights, with the event's method and tie-break
 * chain, ranks exactly as the event (the main track) does, on random events
 * stored in real SQLite files (missing sheets, recusals, ties included).
 */
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
  method: fc.constantFrom(...AGGREGATION_METHOD_IDS),
  tieBreaks: fc.constantFrom<TieBreakRule[][]>(
    [],
    [{ kind: 'first_places' }],
    [{ kind: 'head_to_head' }, { kind: 'chair_decision' }],
  ),
});

describe('a track that holds everything', () => {
  const dir = tempDir();
  it('ranks exactly as the single-track (main) results', () => {
    let run = 0;
    fc.assert(
      fc.property(scenario, (s) => {
        run += 1;
        const file = createEventFile(dir, `Propriété ${run}`, 'fr');
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
          for (const [t, teamId] of teams.entries()) {
            for (const [j, jurorId] of jurors.entries()) {
              const cell = s.cells[t * 4 + j] ?? { state: 'sheet', seed: 0 };
              if (cell.state === 'missing') continue;
              if (cell.state === 'recused') {
                setRecusal(
                  db,
                  { jurorId, teamId, reason: 'Conflit' },
                  CHAIR_ACTOR,
                  '2026-09-30T08:00:00.000Z',
                );
                continue;
              }
              const scores = criteria.map((criterionId, c) => ({
                criterionId,
                value: (cell.seed * (c + 3) + t) % ((s.criteria[c]?.max ?? 1) + 1),
              }));
              submitSheet(
                db,
                { jurorId, teamId, actor: CHAIR_ACTOR },
                { scores },
                '2026-09-30T09:00:00.000Z',
              );
            }
          }
          updateScoringSettings(db, { method: s.method, tieBreaks: s.tieBreaks }, '2026-09-30T10:00:00.000Z');
          const track = createTrack(db, 'Tout le monde', '2026-09-30T10:00:00.000Z').id;
          setTrackTeams(db, track, teams);
          setTrackJurors(db, track, jurors);
          setTrackCriteria(
            db,
            track,
            s.criteria.map((c, i) => ({ criterionId: criteria[i] as number, weight: c.weight })),
          );
          updateTrackSettings(
            db,
            track,
            { method: s.method, tieBreaks: s.tieBreaks },
            '2026-09-30T10:00:00.000Z',
          );
          expect(trackCriteria(db, track).map((c) => c.weight)).toEqual(s.criteria.map((c) => c.weight));

          const single = readResultsView(db);
          const perTrack = readTrackResultsView(db, track);
          expect(perTrack.ranking).toEqual(single.ranking);
          expect(perTrack.deliberation).toEqual(single.deliberation);
          expect(perTrack.settings).toEqual(single.settings);
        } finally {
          closeEventFile(file);
        }
      }),
      { numRuns: 20, seed: 15 },
    );
  });
});
