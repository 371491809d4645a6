/**
 * How one track ranks, in the shape of the results settings. The main track's
 * are the event's (results/settings-store.ts). Another track has its own
 * method, tie-break chain and chair decisions; the overtime penalty is the
 * event's, declared once in advance for every track.
 */
import type { ResultsSettings } from '../../../common/contract/results';
import type { Db } from '../db/open';
import { DomainError } from '../errors';
import type { OvertimePenalty } from '../ranking/types';
import {
  readScoringSettings,
  recordChairDecision,
  type SettingsChange,
  updateScoringSettings,
} from '../results/settings-store';
import { isMainTrack, readTrackRanking, recordTrackChairDecision, updateTrackRanking } from './track-store';

export function readTrackSettings(db: Db, trackId: number): ResultsSettings {
  const event = readScoringSettings(db);
  if (isMainTrack(db, trackId)) return event;
  return { ...readTrackRanking(db, trackId), penalty: event.penalty, penaltyEditable: event.penaltyEditable };
}

const samePenalty = (a: OvertimePenalty | null, b: OvertimePenalty | null) =>
  (a?.pointsPerStarted30s ?? null) === (b?.pointsPerStarted30s ?? null);

export function updateTrackSettings(
  db: Db,
  trackId: number,
  change: SettingsChange,
  atUtc: string,
): ResultsSettings {
  if (isMainTrack(db, trackId)) return updateScoringSettings(db, change, atUtc);
  if (change.penalty !== undefined && !samePenalty(change.penalty, readScoringSettings(db).penalty))
    throw new DomainError('tracks.penaltyIsEvents', {}, [
      { path: ['penalty'], code: 'tracks.penaltyIsEvents' },
    ]);
  updateTrackRanking(db, trackId, { method: change.method, tieBreaks: change.tieBreaks });
  return readTrackSettings(db, trackId);
}

export function decideTrackTie(
  db: Db,
  trackId: number,
  orderedTeamIds: readonly number[],
  atUtc: string,
): ResultsSettings {
  if (isMainTrack(db, trackId)) return recordChairDecision(db, orderedTeamIds, atUtc);
  recordTrackChairDecision(db, trackId, orderedTeamIds, atUtc);
  return readTrackSettings(db, trackId);
}
