/**
 * Everything computeRanking needs for one track. The main track's input is
 * the event's (results/ranking-input.ts, unchanged). Another track's input
 * takes only its entered teams, its jurors and its criteria at its weights;
 * every submitted sheet of the track's round (track.round_id, migration 016)
 * of a (juror, team) pair the track holds counts, cut
 * down to the track's criteria (the juror scored the event's criteria once;
 * the track ranks on its own).
 */
import type { Db } from '../db/open';
import { cachedStatement } from '../db/statements';
import type { AggregationMethod, RankingInput, SubmittedSheet } from '../ranking/types';
import { readOvertime } from '../results/overtime';
import { buildRankingInput } from '../results/ranking-input';
import { readSubmittedSheets } from '../scoring/score-store';
import { scoreCutter } from './score-cut';
import { listTrackRecusals } from './track-recusals';
import {
  isMainTrack,
  readTrackRanking,
  trackCriteria,
  trackJurorIds,
  trackRoundId,
  trackTeamIds,
} from './track-store';

/**
 * Keeps the sheets of the track's pairs, each with only the track's criteria.
 * `eventCriterionIds`: every criterion a sheet can hold; when the track keeps
 * them all, sheets are shared as they are (read-only data), not copied.
 */
export function sheetsForTrack(
  sheets: readonly SubmittedSheet[],
  teamIds: readonly number[],
  jurorIds: readonly number[],
  criterionIds: readonly number[],
  eventCriterionIds: readonly number[],
): SubmittedSheet[] {
  const teams = new Set(teamIds);
  const jurors = new Set(jurorIds);
  const kept = new Set(criterionIds);
  const cut = eventCriterionIds.some((id) => !kept.has(id));
  const cutScores = scoreCutter(criterionIds);
  const out: SubmittedSheet[] = [];
  for (const sheet of sheets) {
    if (!teams.has(sheet.teamId) || !jurors.has(sheet.jurorId)) continue;
    if (!cut) {
      out.push(sheet);
      continue;
    }
    out.push({ jurorId: sheet.jurorId, teamId: sheet.teamId, scores: cutScores(sheet.scores) });
  }
  return out;
}

export function buildTrackRankingInput(db: Db, trackId: number, method?: AggregationMethod): RankingInput {
  return db.transaction((): RankingInput => {
    if (isMainTrack(db, trackId)) return buildRankingInput(db, method);
    const settings = readTrackRanking(db, trackId);
    // The event's penalty, read alone (the settings' full read also counts the score log).
    const points = (
      cachedStatement(db, 'SELECT penalty_points AS p FROM scoring_settings WHERE id = 1').get() as {
        p: number | null;
      }
    ).p;
    const penalty = points === null ? null : { pointsPerStarted30s: points };
    const scaleMax = (
      cachedStatement(db, 'SELECT scale_max FROM event WHERE id = 1').get() as { scale_max: number }
    ).scale_max;
    const teamIds = trackTeamIds(db, trackId);
    const jurorIds = trackJurorIds(db, trackId);
    const criteria = trackCriteria(db, trackId).map(({ id, weight, min, max }) => ({ id, weight, min, max }));
    const teams = new Set(teamIds);
    return {
      scaleMax,
      criteria,
      teams: teamIds.map((id) => ({ id })),
      jurors: jurorIds.map((id) => ({ id })),
      recusals: listTrackRecusals(db, trackId).map(({ jurorId, teamId }) => ({ jurorId, teamId })),
      sheets: sheetsForTrack(
        readSubmittedSheets(db, trackRoundId(db, trackId)),
        teamIds,
        jurorIds,
        criteria.map((c) => c.id),
        (cachedStatement(db, 'SELECT id FROM criterion').all() as { id: number }[]).map((r) => r.id),
      ),
      method: method ?? settings.method,
      tieBreaks: settings.tieBreaks,
      chairDecisions: settings.chairDecisions.map(({ orderedTeamIds }) => ({ orderedTeamIds })),
      penalty,
      overtime: penalty ? readOvertime(db).filter((o) => teams.has(o.teamId)) : [],
    };
  })();
}
