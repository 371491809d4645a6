/**
 * The juries of the preliminary rooms as ranking panels (ranking/types.ts
 * RankingPanel): on a head laptop with rooms, a team is judged by its room's
 * jury only, so the main ranking, the lock and the scoring progress expect
 * those pairs and no other. Read here, below the rooms feature, because the
 * ranking input (results) and the progress (scoring) both need it.
 *
 * The rule: a team in a room expects that room's jurors; a team in no room
 * expects every juror (as in an event without rooms). A room without a jury
 * judges nobody (no room file can be written for it), so it is no panel and
 * its teams expect every juror. Null when no room has both teams and jurors:
 * every juror is expected for every team, exactly as before rooms existed.
 */
import type { Db } from '../db/open';
import type { RankingPanel } from '../ranking/types';

/** The preliminary round (rooms/assignment.ts PRELIMINARY_ROUND_ID): panels are the first round's rooms only. */
const PRELIMINARY_ROUND_ID = 1;

export interface Panel extends RankingPanel {
  /** Ascending ids: a room's running order does not change who judges whom, nor the fingerprint. */
  teamIds: number[];
  jurorIds: number[];
}

export function readPanels(db: Db): Panel[] | null {
  // A file read without migrating (opened read-only to verify or print it) predates rooms.
  const hasPools =
    db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'pool_juror'").get() !==
    undefined;
  if (!hasPools) return null;
  const rows = db
    .prepare(
      `SELECT p.id AS poolId, 'team' AS kind, t.team_id AS id
         FROM pool p JOIN pool_team t ON t.pool_id = p.id WHERE p.round_id = ?
       UNION ALL
       SELECT p.id AS poolId, 'juror' AS kind, j.juror_id AS id
         FROM pool p JOIN pool_juror j ON j.pool_id = p.id WHERE p.round_id = ?`,
    )
    .all(PRELIMINARY_ROUND_ID, PRELIMINARY_ROUND_ID) as {
    poolId: number;
    kind: 'team' | 'juror';
    id: number;
  }[];
  const order = db
    .prepare('SELECT id FROM pool WHERE round_id = ? ORDER BY position, id')
    .all(PRELIMINARY_ROUND_ID) as { id: number }[];
  const byPool = new Map<number, Panel>(order.map(({ id }) => [id, { teamIds: [], jurorIds: [] }]));
  for (const row of rows) {
    const panel = byPool.get(row.poolId);
    if (!panel) continue;
    (row.kind === 'team' ? panel.teamIds : panel.jurorIds).push(row.id);
  }
  const panels = [...byPool.values()].filter((p) => p.teamIds.length > 0 && p.jurorIds.length > 0);
  for (const p of panels) {
    p.teamIds.sort((a, b) => a - b);
    p.jurorIds.sort((a, b) => a - b);
  }
  return panels.length > 0 ? panels : null;
}

/** Jurors expected for each team in a panel (the union when in several); teams not in the map expect everyone. */
export function panelJurorsByTeam(panels: readonly RankingPanel[] | null): Map<number, Set<number>> {
  const byTeam = new Map<number, Set<number>>();
  for (const panel of panels ?? []) {
    for (const teamId of panel.teamIds) {
      let set = byTeam.get(teamId);
      if (!set) {
        set = new Set();
        byTeam.set(teamId, set);
      }
      for (const jurorId of panel.jurorIds) set.add(jurorId);
    }
  }
  return byTeam;
}
