/**
 * Awards per track. The main track's awards are the event's (results/awards.ts,
 * table award); another track's are in track_award, with the same rules:
 * podium awards go to whoever holds the rank in THIS track's ranking, special
 * awards to a team the jury chose among the track's entered teams. Nothing
 * changes while the track is locked.
 */
import type { Locale } from '../../../common/domain';
import { translate } from '../../../common/i18n';
import type { Db } from '../db/open';
import { DomainError } from '../errors';
import { nameIssues } from '../event/validate';
import { isTrackLocked } from '../lock/track-lock-state';
import {
  type AwardDraft,
  type AwardKind,
  addPodiumAwards,
  createAward,
  deleteAward,
  listAwards,
  reorderAwards,
  type StoredAward,
  updateAward,
} from '../results/awards';
import { isMainTrack, trackTeamIds } from './track-store';

export function listTrackAwards(db: Db, trackId: number): StoredAward[] {
  if (isMainTrack(db, trackId)) return listAwards(db);
  return db
    .prepare(
      `SELECT id, kind, name, podium_rank AS podiumRank, team_id AS teamId, position
         FROM track_award WHERE track_id = ? ORDER BY position, id`,
    )
    .all(trackId) as StoredAward[];
}

function checkDraft(db: Db, trackId: number, kind: AwardKind, draft: AwardDraft): string {
  if (isTrackLocked(db, trackId)) throw new DomainError('results.locked');
  const name = draft.name.normalize('NFC').trim();
  if (!name)
    throw new DomainError('validation.required', {}, [{ path: ['name'], code: 'validation.required' }]);
  const rule = nameIssues(['name'], draft.name);
  if (rule[0]) throw new DomainError(rule[0].code, rule[0].params ?? {}, rule);
  if (kind === 'podium' && draft.podiumRank === null)
    throw new DomainError('awards.rankRequired', {}, [{ path: ['podiumRank'], code: 'awards.rankRequired' }]);
  if (draft.teamId !== null && !trackTeamIds(db, trackId).includes(draft.teamId))
    throw new DomainError('tracks.awardTeamNotEntered', {}, [
      { path: ['teamId'], code: 'tracks.awardTeamNotEntered' },
    ]);
  return name;
}

function own(db: Db, trackId: number, id: number): StoredAward {
  const found = listTrackAwards(db, trackId).find((a) => a.id === id);
  if (!found) throw new DomainError('error.notFound');
  return found;
}

export function createTrackAward(db: Db, trackId: number, kind: AwardKind, draft: AwardDraft): StoredAward[] {
  if (isMainTrack(db, trackId)) return createAward(db, kind, draft);
  return db.transaction(() => {
    const name = checkDraft(db, trackId, kind, draft);
    const next = db
      .prepare('SELECT COALESCE(MAX(position) + 1, 0) AS n FROM track_award WHERE track_id = ?')
      .get(trackId) as { n: number };
    db.prepare(
      'INSERT INTO track_award (track_id, kind, name, podium_rank, team_id, position) VALUES (?, ?, ?, ?, ?, ?)',
    ).run(
      trackId,
      kind,
      name,
      kind === 'podium' ? draft.podiumRank : null,
      kind === 'special' ? draft.teamId : null,
      next.n,
    );
    return listTrackAwards(db, trackId);
  })();
}

export function updateTrackAward(db: Db, trackId: number, id: number, draft: AwardDraft): StoredAward[] {
  if (isMainTrack(db, trackId)) return updateAward(db, id, draft);
  return db.transaction(() => {
    const existing = own(db, trackId, id);
    const name = checkDraft(db, trackId, existing.kind, draft);
    db.prepare('UPDATE track_award SET name = ?, podium_rank = ?, team_id = ? WHERE id = ?').run(
      name,
      existing.kind === 'podium' ? draft.podiumRank : null,
      existing.kind === 'special' ? draft.teamId : null,
      id,
    );
    return listTrackAwards(db, trackId);
  })();
}

export function deleteTrackAward(db: Db, trackId: number, id: number): StoredAward[] {
  if (isMainTrack(db, trackId)) return deleteAward(db, id);
  return db.transaction(() => {
    if (isTrackLocked(db, trackId)) throw new DomainError('results.locked');
    own(db, trackId, id);
    db.prepare('DELETE FROM track_award WHERE id = ?').run(id);
    return listTrackAwards(db, trackId);
  })();
}

export function reorderTrackAwards(db: Db, trackId: number, ids: readonly number[]): StoredAward[] {
  if (isMainTrack(db, trackId)) return reorderAwards(db, ids);
  return db.transaction(() => {
    if (isTrackLocked(db, trackId)) throw new DomainError('results.locked');
    const current = listTrackAwards(db, trackId).map((a) => a.id);
    const same =
      current.length === ids.length &&
      new Set(ids).size === ids.length &&
      ids.every((id) => current.includes(id));
    if (!same) throw new DomainError('error.notFound');
    const update = db.prepare('UPDATE track_award SET position = ? WHERE id = ?');
    for (const [index, id] of ids.entries()) update.run(index, id);
    return listTrackAwards(db, trackId);
  })();
}

export function addTrackPodiumAwards(db: Db, trackId: number): StoredAward[] {
  if (isMainTrack(db, trackId)) return addPodiumAwards(db);
  return db.transaction(() => {
    const locale = (db.prepare('SELECT locale FROM event WHERE id = 1').get() as { locale: Locale }).locale;
    const covered = new Set(listTrackAwards(db, trackId).map((a) => a.podiumRank));
    for (const rank of [1, 2, 3] as const) {
      if (covered.has(rank)) continue;
      createTrackAward(db, trackId, 'podium', {
        name: translate(locale, `awards.defaultName.${rank}`),
        podiumRank: rank,
        teamId: null,
      });
    }
    return listTrackAwards(db, trackId);
  })();
}
