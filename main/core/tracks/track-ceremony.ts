/**
 * The ceremony reveals the prizes track by track: every locked track other
 * than the main one in the chair's order, then the main track (the grand
 * prize comes last). Within a track the order is the event's (special awards,
 * then the podium from its last place up). An event with only its main track
 * gets exactly the sequence it always had, with no track named.
 */
import type { CeremonyPlan, CeremonyStep, CeremonyView } from '../../../common/contract/results';
import type { Db } from '../db/open';
import {
  ceremonySteps,
  moveCeremony,
  readCeremonyPlan,
  readCeremonyView,
  showCeremony,
} from '../results/ceremony';
import { readLockedTrack } from './track-lock';
import { listTracks } from './track-store';

export function trackCeremonySteps(db: Db): CeremonyStep[] | null {
  const tracks = listTracks(db);
  const ordered = [...tracks.filter((t) => !t.main), ...tracks.filter((t) => t.main)];
  const named = tracks.length > 1;
  const steps: CeremonyStep[] = [];
  let anyLocked = false;
  for (const track of ordered) {
    const locked = readLockedTrack(db, track.id);
    if (!locked) continue;
    anyLocked = true;
    for (const step of ceremonySteps(locked.payload)) {
      steps.push({
        ...step,
        step: steps.length + 1,
        ...(named ? { track: { id: track.id, name: track.name } } : {}),
      });
    }
  }
  return anyLocked ? steps : null;
}

export const readTracksCeremonyPlan = (db: Db): CeremonyPlan => readCeremonyPlan(db, trackCeremonySteps);
export const readTracksCeremonyView = (db: Db): CeremonyView => readCeremonyView(db, trackCeremonySteps);
export const moveTracksCeremony = (db: Db, move: 'next' | 'back' | 'reset'): CeremonyPlan =>
  moveCeremony(db, move, trackCeremonySteps);
export const showTracksCeremony = (db: Db, onScreen: boolean): CeremonyPlan =>
  showCeremony(db, onScreen, trackCeremonySteps);
