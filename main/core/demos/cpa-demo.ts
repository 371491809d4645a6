/**
 * Loads the "Hackathon CPA" demo into an empty event file: the setup
 * (teams, jurors, criteria), the preliminary rooms (one per theme, through the
 * rooms model) and the prize tracks (one per theme, the jury's favourite; the
 * main track ranks the preliminaries) with their prizes; then the day as it
 * would run (runCpaDay). Built on the same calls the app uses, so every rule
 * (names, rooms, tracks, room files, merging, the final) is checked as it
 * would be.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Db } from '../db/open';
import { closeDatabase, openDatabase } from '../db/open';
import { createCriterion } from '../event/criteria';
import { initEvent, updateEventInfo } from '../event/event-info';
import { createJuror } from '../event/jurors';
import { createTeam } from '../event/teams';
import { createDemoEventFile, type OpenEventFile } from '../event-file';
import { lockResults, missingSheetsOf } from '../results/lock-ops';
import { buildResultsPayload } from '../results/locked-payload';
import { getRoom, listRooms, type Room, saveRooms } from '../rooms/assignment';
import { createFinalRound, setFinalJury } from '../rooms/final-round';
import { mergeRoomResult } from '../rooms/merge';
import { writeRoomFile } from '../rooms/room-file';
import { buildRoomResult, parseRoomResult } from '../rooms/room-result';
import { jurorActor, submitSheet } from '../scoring/sheet-ops';
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
  CPA_FINAL,
  CPA_GRAND_PRIZE,
  CPA_PRELIMINARIES,
  CPA_PRELIMINARY_MARKS,
  CPA_THEMES,
} from './cpa-data';

/**
 * Fills `db` with the Hackathon CPA demo. `playDay` false stops after the
 * setup (teams, juries, rooms not yet sent out, prize tracks): the starting
 * point of a test that plays the day itself through the UI.
 */
export function loadCpaDemo(db: Db, now = new Date(), { playDay = true }: { playDay?: boolean } = {}): void {
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
    for (const draft of CPA_FINAL.newJurors) createJuror(db, draft);
    renameTrack(db, mainTrackId(db), CPA_PRELIMINARIES);
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
  if (playDay) runCpaDay(db);
}

/** The demo's clock: the preliminaries on the first day, the final on the second. */
const DAY_1 = Date.UTC(2026, 11, 11, 9, 0);
const DAY_2 = Date.UTC(2026, 11, 12, 9, 0);
const clock = (start: number, minutes: number): string => new Date(start + minutes * 60_000).toISOString();

const nameOf = (db: Db, table: 'team' | 'juror', id: number): string =>
  (db.prepare(`SELECT name FROM ${table} WHERE id = ?`).get(id) as { name: string }).name;

/**
 * Runs one room on its own "laptop", as the day would: writes its room file
 * (into `dir`, a stand-in for the USB stick), opens it, each juror submits
 * each team's sheet (the team's base mark from `marks`, each juror and
 * criterion a half point above or below), the room's first juror locks, and
 * the room result goes back to the head, which merges it (the file on
 * the stick is the same text).
 */
function runRoom(
  head: Db,
  room: Room,
  dir: string,
  marks: Readonly<Record<string, number>>,
  start: number,
): void {
  const path = join(dir, `room-${room.id}.sqlite`);
  writeRoomFile(head, room.id, path, new Date(start));
  const laptop = openDatabase(path);
  try {
    const criteria = (
      laptop.prepare('SELECT id FROM criterion ORDER BY position, id').all() as { id: number }[]
    ).map((c) => c.id);
    // One transaction for the whole room's scoring: a demo needs no fsync per sheet.
    laptop.transaction(() => {
      room.teamIds.forEach((teamId, t) => {
        const mark = marks[nameOf(head, 'team', teamId)] ?? 5;
        room.jurorIds.forEach((jurorId, j) => {
          const scores = criteria.map((criterionId, c) => ({
            criterionId,
            value: mark + (((t + j + c) % 3) - 1) * 0.5,
          }));
          submitSheet(
            laptop,
            { jurorId, teamId, actor: jurorActor(jurorId) },
            { scores, comment: null },
            clock(start, 15 * (t + 1) + j),
          );
        });
      });
    })();
    const missing = missingSheetsOf(buildResultsPayload(laptop).ranking);
    const chair = nameOf(head, 'juror', room.jurorIds[0] as number);
    lockResults(laptop, chair, clock(start, 15 * (room.teamIds.length + 1)), missing);
    const minutes = 15 * (room.teamIds.length + 1);
    const result = buildRoomResult(laptop, new Date(start + (minutes + 5) * 60_000), `Portable ${room.name}`);
    mergeRoomResult(head, parseRoomResult(result), new Date(start + (minutes + 10) * 60_000));
  } finally {
    closeDatabase(laptop);
  }
}

/**
 * The day: each preliminary room scored on its laptop and merged; the final
 * decided (the top 2 of each room, order drawn with a fixed seed) with its
 * jury of five; the final scored on its laptop and merged. The grand prize
 * lives on the final's track. Nothing is locked on the head: deliberating
 * and locking each prize is left to whoever tries the demo.
 */
function runCpaDay(db: Db): void {
  const dir = mkdtempSync(join(tmpdir(), 'pitch-jury-cpa-demo-'));
  try {
    listRooms(db).forEach((room, r) => {
      runRoom(db, room, dir, CPA_PRELIMINARY_MARKS, DAY_1 + r * 5 * 60_000);
    });
    const final = createFinalRound(
      db,
      { kind: 'topPerPool', n: CPA_FINAL.topPerRoom },
      CPA_FINAL.seed,
      new Date(DAY_1 + 6 * 3_600_000),
      { room: CPA_FINAL.room, track: CPA_GRAND_PRIZE },
    );
    const jurorId = db.prepare('SELECT id FROM juror WHERE name = ?');
    const idOf = (name: string) => (jurorId.get(name) as { id: number }).id;
    setFinalJury(db, [
      ...CPA_FINAL.newJurors.map((j) => idOf(j.name)),
      ...CPA_FINAL.preliminaryJurors.map(idOf),
    ]);
    const trackId = final.trackId as number;
    createTrackAward(db, trackId, 'podium', { name: CPA_GRAND_PRIZE, podiumRank: 1, teamId: null });
    addTrackPodiumAwards(db, trackId);
    runRoom(db, getRoom(db, final.poolId as number), dir, CPA_FINAL.marks, DAY_2);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A new event file in `dir` holding the Hackathon CPA demo. */
export function createCpaDemoEventFile(dir: string, now = new Date()): OpenEventFile {
  return createDemoEventFile(dir, now, { stem: 'demo-hackathon-cpa', fill: (db) => loadCpaDemo(db, now) });
}
