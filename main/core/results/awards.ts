/**
 * Awards: podium awards go to whoever holds a rank in the ranking (several
 * teams on an unresolved tie), special awards ("Coup de cœur du jury") to the
 * team the jury chose. Awards are part of the locked results, so they cannot
 * change while the results are locked.
 */
import type { AwardView } from '../../../common/contract/results';
import { LOCALES } from '../../../common/domain';
import { translate } from '../../../common/i18n';
import type { Db } from '../db/open';
import { CountRow, oneOf, rowShape, selectAll, selectOne } from '../db/rows';
import { DomainError } from '../errors';
import { nameIssues } from '../event/validate';
import { isResultsLocked } from '../lock/lock-state';
import type { RankingResult } from '../ranking/types';

export type AwardKind = 'podium' | 'special';

export interface StoredAward {
  id: number;
  kind: AwardKind;
  name: string;
  podiumRank: number | null;
  teamId: number | null;
  position: number;
}

export interface AwardDraft {
  name: string;
  podiumRank: number | null;
  teamId: number | null;
}

const AwardRow = rowShape({
  id: 'num',
  kind: oneOf(['podium', 'special']),
  name: 'text',
  podiumRank: 'num?',
  teamId: 'num?',
  position: 'num',
});

export function listAwards(db: Db): StoredAward[] {
  return selectAll(
    db,
    AwardRow,
    `SELECT id, kind, name, podium_rank AS podiumRank, team_id AS teamId, position
         FROM award ORDER BY position, id`,
  );
}

/** Who receives each award under `ranking` (null ranking: podium awards have no winner yet). */
export function resolveAwards(awards: readonly StoredAward[], ranking: RankingResult | null): AwardView[] {
  return awards.map((a) => ({
    ...a,
    winnerTeamIds:
      a.kind === 'special'
        ? a.teamId === null
          ? []
          : [a.teamId]
        : (ranking?.rows ?? []).filter((r) => r.rank === a.podiumRank).map((r) => r.teamId),
  }));
}

function checkDraft(db: Db, kind: AwardKind, draft: AwardDraft): { name: string } {
  if (isResultsLocked(db)) throw new DomainError('results.locked');
  const name = draft.name.normalize('NFC').trim();
  if (!name)
    throw new DomainError('validation.required', {}, [{ path: ['name'], code: 'validation.required' }]);
  const nameRule = nameIssues(['name'], draft.name);
  if (nameRule[0]) throw new DomainError(nameRule[0].code, nameRule[0].params ?? {}, nameRule);
  if (kind === 'podium' && draft.podiumRank === null) {
    throw new DomainError('awards.rankRequired', {}, [{ path: ['podiumRank'], code: 'awards.rankRequired' }]);
  }
  if (draft.teamId !== null && !db.prepare('SELECT 1 FROM team WHERE id = ?').get(draft.teamId)) {
    throw new DomainError('error.notFound');
  }
  return { name };
}

export function createAward(db: Db, kind: AwardKind, draft: AwardDraft): StoredAward[] {
  return db.transaction(() => {
    const { name } = checkDraft(db, kind, draft);
    const next = selectOne(db, CountRow, 'SELECT COALESCE(MAX(position) + 1, 0) AS n FROM award');
    db.prepare('INSERT INTO award (kind, name, podium_rank, team_id, position) VALUES (?, ?, ?, ?, ?)').run(
      kind,
      name,
      kind === 'podium' ? draft.podiumRank : null,
      kind === 'special' ? draft.teamId : null,
      next.n,
    );
    return listAwards(db);
  })();
}

export function updateAward(db: Db, id: number, draft: AwardDraft): StoredAward[] {
  return db.transaction(() => {
    const existing = listAwards(db).find((a) => a.id === id);
    if (!existing) throw new DomainError('error.notFound');
    const { name } = checkDraft(db, existing.kind, draft);
    db.prepare('UPDATE award SET name = ?, podium_rank = ?, team_id = ? WHERE id = ?').run(
      name,
      existing.kind === 'podium' ? draft.podiumRank : null,
      existing.kind === 'special' ? draft.teamId : null,
      id,
    );
    return listAwards(db);
  })();
}

export function deleteAward(db: Db, id: number): StoredAward[] {
  return db.transaction(() => {
    if (isResultsLocked(db)) throw new DomainError('results.locked');
    if (db.prepare('DELETE FROM award WHERE id = ?').run(id).changes === 0)
      throw new DomainError('error.notFound');
    return listAwards(db);
  })();
}

export function reorderAwards(db: Db, ids: readonly number[]): StoredAward[] {
  return db.transaction(() => {
    if (isResultsLocked(db)) throw new DomainError('results.locked');
    const current = listAwards(db).map((a) => a.id);
    const same =
      current.length === ids.length &&
      new Set(ids).size === ids.length &&
      ids.every((id) => current.includes(id));
    if (!same) throw new DomainError('error.notFound');
    const update = db.prepare('UPDATE award SET position = ? WHERE id = ?');
    for (const [index, id] of ids.entries()) update.run(index, id);
    return listAwards(db);
  })();
}

/** Adds first, second and third prizes named in the event's language (ranks already covered are skipped). */
export function addPodiumAwards(db: Db): StoredAward[] {
  return db.transaction(() => {
    const locale = selectOne(
      db,
      rowShape({ locale: oneOf(LOCALES) }),
      'SELECT locale FROM event WHERE id = 1',
    ).locale;
    const covered = new Set(listAwards(db).map((a) => a.podiumRank));
    for (const rank of [1, 2, 3] as const) {
      if (covered.has(rank)) continue;
      createAward(db, 'podium', {
        name: translate(locale, `awards.defaultName.${rank}`),
        podiumRank: rank,
        teamId: null,
      });
    }
    return listAwards(db);
  })();
}
