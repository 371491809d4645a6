/**
 * One track's results page in one read, as results/results-view.ts does for
 * the event: the ranking (the locked one while the track is locked), the
 * deliberation analysis, settings, lock, awards with their winners, overtime.
 * The main track's view IS the event's.
 */
import type { AwardView, ResultsView } from '../../../common/contract/results';
import type { Db } from '../db/open';
import { analyseDeliberation } from '../ranking/deliberation';
import type { RankingResult } from '../ranking/types';
import { resolveAwards } from '../results/awards';
import { readOvertime } from '../results/overtime';
import { readResultsView } from '../results/results-view';
import { listTrackAwards } from './track-awards';
import { readLockedTrack, readTrackLockView } from './track-lock';
import { rankTrack } from './track-payload';
import { readTrackSettings } from './track-settings';
import { isMainTrack, trackTeamIds } from './track-store';

export function readTrackResultsView(db: Db, trackId: number): ResultsView {
  if (isMainTrack(db, trackId)) return readResultsView(db);
  return db.transaction((): ResultsView => {
    const { input, ranking: computed } = rankTrack(db, trackId);
    const locked = readLockedTrack(db, trackId);
    const ranking = locked ? locked.payload.ranking : computed;
    const anyRanked = ranking.rows.some((r) => r.status === 'ranked');
    const teams = new Set(trackTeamIds(db, trackId));
    return {
      settings: readTrackSettings(db, trackId),
      ranking,
      deliberation: anyRanked ? analyseDeliberation(input) : null,
      lock: readTrackLockView(db, trackId),
      awards: resolveAwards(listTrackAwards(db, trackId), ranking),
      overtime: readOvertime(db).filter((o) => teams.has(o.teamId)),
    };
  })();
}

/** Awards with their winners under the ranking shown for the track (the locked one while locked). */
export function trackAwardsView(db: Db, trackId: number): AwardView[] {
  let ranking: RankingResult | null = readLockedTrack(db, trackId)?.payload.ranking ?? null;
  if (!ranking) {
    try {
      ranking = rankTrack(db, trackId).ranking;
    } catch {
      ranking = null; // e.g. no criteria yet: the awards list still shows, without winners
    }
  }
  return resolveAwards(listTrackAwards(db, trackId), ranking);
}
