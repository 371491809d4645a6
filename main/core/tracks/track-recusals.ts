/**
 * Recusals per track. A recusal recorded for the MAIN track (the event's
 * recusal table, scoring/recusals.ts) means the juror does not judge the team
 * at all: scoring refuses that sheet, so it applies in every track. A recusal
 * recorded for another track (track_recusal) applies in that track only: the
 * juror still scores the team for the tracks they share, and this track
 * leaves that sheet out.
 */
import type { Db } from '../db/open';
import { cachedStatement } from '../db/statements';
import { DomainError } from '../errors';
import { isTrackLocked } from '../lock/track-lock-state';
import { listRecusals, MAX_RECUSAL_REASON, type StoredRecusal } from '../scoring/recusals';
import { isMainTrack, trackJurorIds, trackTeamIds } from './track-store';

export interface TrackRecusal extends StoredRecusal {
  /** 'event': recorded on the main track, applies everywhere; 'track': this track only. */
  scope: 'event' | 'track';
}

/** The recusals that apply in the track, among its own teams and jurors, in setup order. */
export function listTrackRecusals(db: Db, trackId: number): TrackRecusal[] {
  const event = listRecusals(db).map((r): TrackRecusal => ({ ...r, scope: 'event' }));
  if (isMainTrack(db, trackId)) return event;
  const own = cachedStatement(
    db,
    `SELECT juror_id AS jurorId, team_id AS teamId, reason, actor, at_utc AS atUtc
         FROM track_recusal WHERE track_id = ?`,
  ).all(trackId) as StoredRecusal[];
  const key = (r: { jurorId: number; teamId: number }) => `${r.teamId}:${r.jurorId}`;
  const byPair = new Map<string, TrackRecusal>();
  for (const r of own) byPair.set(key(r), { ...r, scope: 'track' });
  // The event's recusal wins: it is the one that stops the sheet from being written.
  for (const r of event) byPair.set(key(r), r);
  // No recusal at all (the usual case): the track's teams and jurors need not be read.
  if (byPair.size === 0) return [];
  // Setup order (team, then juror), over the track's own pairs only; a loop over the
  // recusals, not over every pair (a track can hold thousands of pairs).
  const teamIndex = new Map(trackTeamIds(db, trackId).map((id, i) => [id, i]));
  const jurorIndex = new Map(trackJurorIds(db, trackId).map((id, i) => [id, i]));
  return [...byPair.values()]
    .filter((r) => teamIndex.has(r.teamId) && jurorIndex.has(r.jurorId))
    .sort(
      (a, b) =>
        (teamIndex.get(a.teamId) as number) - (teamIndex.get(b.teamId) as number) ||
        (jurorIndex.get(a.jurorId) as number) - (jurorIndex.get(b.jurorId) as number),
    );
}

function assertEditable(db: Db, trackId: number, jurorId: number, teamId: number): void {
  if (isMainTrack(db, trackId)) throw new DomainError('tracks.mainRecusalInScoring');
  if (isTrackLocked(db, trackId)) throw new DomainError('scoring.resultsLocked');
  const inTrack = trackTeamIds(db, trackId).includes(teamId) && trackJurorIds(db, trackId).includes(jurorId);
  if (!inTrack) throw new DomainError('tracks.recusalOutsideTrack');
}

/** Records (or re-words) a recusal in this track only. The reason is required, as for the event's. */
export function setTrackRecusal(
  db: Db,
  trackId: number,
  recusal: { jurorId: number; teamId: number; reason: string },
  actor: string,
  atUtc: string,
): TrackRecusal[] {
  const reason = recusal.reason.normalize('NFC').trim();
  if (!reason)
    throw new DomainError('scoring.recusalReasonRequired', {}, [
      { path: ['reason'], code: 'scoring.recusalReasonRequired' },
    ]);
  if ([...reason].length > MAX_RECUSAL_REASON)
    throw new DomainError('validation.tooLong', { max: MAX_RECUSAL_REASON }, [
      { path: ['reason'], code: 'validation.tooLong', params: { max: MAX_RECUSAL_REASON } },
    ]);
  return db.transaction(() => {
    assertEditable(db, trackId, recusal.jurorId, recusal.teamId);
    cachedStatement(
      db,
      `INSERT INTO track_recusal (track_id, juror_id, team_id, reason, actor, at_utc) VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT (track_id, juror_id, team_id) DO UPDATE SET reason = excluded.reason,
           actor = excluded.actor, at_utc = excluded.at_utc`,
    ).run(trackId, recusal.jurorId, recusal.teamId, reason, actor, atUtc);
    return listTrackRecusals(db, trackId);
  })();
}

export function clearTrackRecusal(db: Db, trackId: number, jurorId: number, teamId: number): TrackRecusal[] {
  return db.transaction(() => {
    assertEditable(db, trackId, jurorId, teamId);
    cachedStatement(db, 'DELETE FROM track_recusal WHERE track_id = ? AND juror_id = ? AND team_id = ?').run(
      trackId,
      jurorId,
      teamId,
    );
    return listTrackRecusals(db, trackId);
  })();
}
