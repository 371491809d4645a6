import { describe, expect, it } from 'vitest';
import { createCriterion } from '../../../main/core/event/criteria';
import { createJuror } from '../../../main/core/event/jurors';
import { createTeam } from '../../../main/core/event/teams';
import { closeEventFile, createEventFile } from '../../../main/core/event-file';
import { setRecusal } from '../../../main/core/scoring/recusals';
import { CHAIR_ACTOR } from '../../../main/core/scoring/sheet-ops';
import { listTrackRecusals, setTrackRecusal } from '../../../main/core/tracks/track-recusals';
import { updateTrackSettings } from '../../../main/core/tracks/track-settings';
import {
  createTrack,
  readTrackRanking,
  setTrackCriteria,
  setTrackJurors,
  setTrackTeams,
} from '../../../main/core/tracks/track-store';
import { tempDir } from '../../support/temp';

/**
 * What a track's ranking input reads, now that the reads it does not need are
 * skipped (the track's teams and jurors when there is no recusal; its
 * criteria when no tie-break rule names one): the answers stay the same.
 */
const AT = '2026-09-30T10:00:00.000Z';

describe('track reads', () => {
  const dir = tempDir();
  it('recusals: none is an empty list; otherwise the track’s own pairs, in setup order, the event’s winning', () => {
    const file = createEventFile(dir, 'Récusations', 'fr');
    const { db } = file;
    try {
      const teams = [0, 1, 2].map(
        (i) => createTeam(db, { name: `Équipe ${i}`, projectTitle: '', members: [] }).id,
      );
      const jurors = [0, 1, 2].map((i) => createJuror(db, { name: `Juré ${i}`, title: '' }).id);
      const track = createTrack(db, 'Thème', AT).id;
      setTrackTeams(db, track, teams.slice(0, 2));
      setTrackJurors(db, track, jurors.slice(0, 2));
      expect(listTrackRecusals(db, track)).toEqual([]);
      // Outside the track (team 2, juror 2): not listed, though recorded.
      setRecusal(
        db,
        { jurorId: jurors[2] as number, teamId: teams[0] as number, reason: 'Hors piste' },
        CHAIR_ACTOR,
        AT,
      );
      expect(listTrackRecusals(db, track)).toEqual([]);
      setTrackRecusal(
        db,
        track,
        { jurorId: jurors[1] as number, teamId: teams[1] as number, reason: 'Associé' },
        CHAIR_ACTOR,
        AT,
      );
      setRecusal(
        db,
        { jurorId: jurors[0] as number, teamId: teams[1] as number, reason: 'Cousin' },
        CHAIR_ACTOR,
        AT,
      );
      setTrackRecusal(
        db,
        track,
        { jurorId: jurors[1] as number, teamId: teams[0] as number, reason: 'Ancien employeur' },
        CHAIR_ACTOR,
        AT,
      );
      expect(listTrackRecusals(db, track).map((r) => [r.teamId, r.jurorId, r.scope, r.reason])).toEqual([
        [teams[0], jurors[1], 'track', 'Ancien employeur'],
        [teams[1], jurors[0], 'event', 'Cousin'],
        [teams[1], jurors[1], 'track', 'Associé'],
      ]);
    } finally {
      closeEventFile(file);
    }
  });

  it('a tie-break rule on a criterion the track no longer holds is left out; the others stay', () => {
    const file = createEventFile(dir, 'Critères', 'fr');
    const { db } = file;
    try {
      const criteria = [0, 1].map(
        (i) =>
          createCriterion(db, {
            name: `Critère ${i}`,
            description: '',
            weight: 1,
            min: 0,
            max: 10,
            step: 1,
            levels: [],
          }).id,
      );
      const track = createTrack(db, 'Thème', AT).id;
      setTrackCriteria(
        db,
        track,
        criteria.map((criterionId) => ({ criterionId, weight: 1 })),
      );
      const rules = [
        { kind: 'criterion' as const, criterionId: criteria[0] as number },
        { kind: 'first_places' as const },
        { kind: 'criterion' as const, criterionId: criteria[1] as number },
      ];
      updateTrackSettings(db, track, { method: 'median', tieBreaks: rules }, AT);
      expect(readTrackRanking(db, track)).toMatchObject({ method: 'median', tieBreaks: rules });
      setTrackCriteria(db, track, [{ criterionId: criteria[1] as number, weight: 1 }]);
      expect(readTrackRanking(db, track).tieBreaks).toEqual(rules.slice(1));
      updateTrackSettings(db, track, { tieBreaks: [{ kind: 'head_to_head' }] }, AT);
      expect(readTrackRanking(db, track).tieBreaks).toEqual([{ kind: 'head_to_head' }]);
    } finally {
      closeEventFile(file);
    }
  });
});
