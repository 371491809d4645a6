/**
 * The results of one track as one plain object, hashed for its lock. The main
 * track's payload is the event's, unchanged (results/locked-payload.ts): its
 * fingerprint is the one the file always had. Another track's payload has the
 * same shape, limited to what the track holds (its teams, jurors, criteria at
 * its weights, its settings, recusals and awards), plus the track itself
 * (id and name), so two tracks never share a fingerprint.
 */
import type { Db } from '../db/open';
import { DomainError } from '../errors';
import { computeRanking } from '../ranking/compute-ranking';
import { toLockedResults } from '../ranking/results-lock';
import { resolveAwards } from '../results/awards';
import {
  buildResultsPayload,
  type ResultsPayload,
  type StoredResultsPayload,
} from '../results/locked-payload';
import { readScoringSettings } from '../results/settings-store';
import { storedChainHead, verifyScoreLog } from '../scoring/score-store';
import { listTrackAwards } from './track-awards';
import { buildTrackRankingInput } from './track-input';
import { listTrackRecusals } from './track-recusals';
import {
  isMainTrack,
  readTrackRanking,
  trackCriteria,
  trackJurorIds,
  trackName,
  trackRoundId,
  trackTeamIds,
} from './track-store';

export interface TrackResultsPayload extends ResultsPayload {
  /** roundId only when the track ranks a later round (the final): earlier fingerprints keep their content. */
  track: { id: number; name: string; roundId?: number };
}

/** A track's payload as stored (the main track's may be a format-1 payload). */
export type StoredTrackPayload = StoredResultsPayload | TrackResultsPayload;

/** A track with no criteria or no weight cannot be ranked: say which track and what to set. */
export function rankTrack(db: Db, trackId: number) {
  const input = buildTrackRankingInput(db, trackId);
  if (!isMainTrack(db, trackId) && input.criteria.length === 0)
    throw new DomainError('tracks.noCriteria', { track: trackName(db, trackId) });
  return { input, ranking: computeRanking(input) };
}

export function buildTrackPayload(
  db: Db,
  trackId: number,
  chain: 'verify' | 'read' = 'verify',
): ResultsPayload | TrackResultsPayload {
  if (isMainTrack(db, trackId)) return buildResultsPayload(db, chain);
  return db.transaction((): TrackResultsPayload => {
    const head = chain === 'verify' ? verifyScoreLog(db) : storedChainHead(db);
    if (!head.ok) throw new DomainError(head.reason, { seq: head.brokenAtSeq });
    const { input, ranking } = rankTrack(db, trackId);
    const settings = readTrackRanking(db, trackId);
    const event = db.prepare('SELECT uid, name, scale_max AS scaleMax FROM event WHERE id = 1').get() as {
      uid: string;
      name: string;
      scaleMax: number;
    };
    const teams = new Set(trackTeamIds(db, trackId));
    const jurors = new Set(trackJurorIds(db, trackId));
    return {
      ...toLockedResults(ranking),
      event,
      track: {
        id: trackId,
        name: trackName(db, trackId),
        ...(trackRoundId(db, trackId) === 1 ? {} : { roundId: trackRoundId(db, trackId) }),
      },
      teams: (
        db
          .prepare('SELECT id, name, project_title AS projectTitle FROM team ORDER BY position, id')
          .all() as ResultsPayload['teams']
      ).filter((t) => teams.has(t.id)),
      jurors: (
        db
          .prepare('SELECT id, name, title FROM juror ORDER BY position, id')
          .all() as ResultsPayload['jurors']
      ).filter((j) => jurors.has(j.id)),
      criteria: trackCriteria(db, trackId).map(({ id, name, weight, min, max }) => ({
        id,
        name,
        weight,
        min,
        max,
      })),
      settings: {
        method: settings.method,
        tieBreaks: settings.tieBreaks,
        chairDecisions: settings.chairDecisions,
        penalty: readScoringSettings(db).penalty,
      },
      recusals: listTrackRecusals(db, trackId).map(({ jurorId, teamId, reason }) => ({
        jurorId,
        teamId,
        reason,
      })),
      overtime: [...input.overtime],
      scoreLog: { count: head.count, lastHash: head.lastHash },
      awards: resolveAwards(listTrackAwards(db, trackId), ranking).map((a) => ({
        name: a.name,
        kind: a.kind,
        podiumRank: a.podiumRank,
        winnerTeamIds: a.winnerTeamIds,
      })),
    };
  })();
}
