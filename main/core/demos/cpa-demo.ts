/**
 * Loads the "Hackathon CPA" demo into an empty event file: the setup
 * (teams, jurors, criteria), the preliminary rooms (one per theme, through the
 * rooms model) and the prize tracks (grand prize = the main track, one per
 * theme, the jury's favourite) with their prizes. Built on the same calls the
 * app uses, so every rule (names, rooms, tracks) is checked as it would be.
 *
 * Only the preliminaries: the final round cannot be scored yet (a score has
 * no round), so the demo has no final jury.
 */
import type { Db } from '../db/open';
import { createCriterion } from '../event/criteria';
import { initEvent, updateEventInfo } from '../event/event-info';
import { createJuror } from '../event/jurors';
import { createTeam } from '../event/teams';
import { createDemoEventFile, type OpenEventFile } from '../event-file';
import { saveRooms } from '../rooms/assignment';
import { addTrackPodiumAwards, createTrackAward } from '../tracks/track-awards';
import {
  createTrack,
  mainTrackId,
  renameTrack,
  setTrackCriteria,
  setTrackJurors,
  setTrackTeams,
} from '../tracks/track-store';
import {
  CPA_CRITERIA,
  CPA_EVENT,
  CPA_FAVOURITE,
  CPA_FAVOURITE_CRITERIA,
  CPA_GRAND_PRIZE,
  CPA_THEMES,
} from './cpa-data';

export function loadCpaDemo(db: Db, now = new Date()): void {
  const at = now.toISOString();
  db.transaction(() => {
    initEvent(db, CPA_EVENT.name, CPA_EVENT.locale, now);
    updateEventInfo(db, CPA_EVENT);
    const criteria = CPA_CRITERIA.map((draft) => createCriterion(db, draft));
    const themes = CPA_THEMES.map((theme) => ({
      theme,
      teamIds: theme.teams.map((draft) => createTeam(db, draft).id),
      jurorIds: theme.jurors.map((draft) => createJuror(db, draft).id),
    }));
    saveRooms(
      db,
      themes.map(({ theme, teamIds, jurorIds }) => ({ id: null, name: theme.room, teamIds, jurorIds })),
    );
    const grand = mainTrackId(db);
    renameTrack(db, grand, CPA_GRAND_PRIZE);
    addTrackPodiumAwards(db, grand);
    for (const { theme, teamIds, jurorIds } of themes) {
      const name = `Prix ${theme.name}`;
      const track = createTrack(db, name, at);
      setTrackTeams(db, track.id, teamIds);
      setTrackJurors(db, track.id, jurorIds);
      setTrackCriteria(
        db,
        track.id,
        criteria.map((c) => ({ criterionId: c.id, weight: c.weight })),
      );
      createTrackAward(db, track.id, 'podium', { name, podiumRank: 1, teamId: null });
    }
    const favourite = createTrack(db, CPA_FAVOURITE, at);
    setTrackTeams(
      db,
      favourite.id,
      themes.flatMap((t) => t.teamIds),
    );
    setTrackJurors(
      db,
      favourite.id,
      themes.flatMap((t) => t.jurorIds),
    );
    setTrackCriteria(
      db,
      favourite.id,
      CPA_FAVOURITE_CRITERIA.map(({ name, weight }) => {
        const criterion = criteria.find((c) => c.name === name);
        if (!criterion) throw new Error(`demo criterion missing: ${name}`);
        return { criterionId: criterion.id, weight };
      }),
    );
    createTrackAward(db, favourite.id, 'podium', { name: CPA_FAVOURITE, podiumRank: 1, teamId: null });
  })();
}

/** A new event file in `dir` holding the Hackathon CPA demo. */
export function createCpaDemoEventFile(dir: string, now = new Date()): OpenEventFile {
  return createDemoEventFile(dir, now, { stem: 'demo-hackathon-cpa', fill: (db) => loadCpaDemo(db, now) });
}
