/** The session's planned start and the record of the last transparent draw. */
import type { Db } from '../db/open';
import { rowShape, selectMaybe } from '../db/rows';

export interface DrawRecord {
  /** The seed as it was typed or generated ("4821-0937"). */
  seed: string;
  /** DRAW_ALGORITHM_VERSION at the time of the draw (common/order/draw.ts). */
  algorithmVersion: number;
  /** The team ids the draw shuffled, ascending: with the seed, enough to re-run it. */
  teamIds: number[];
  /** The order it produced. */
  resultIds: number[];
  drawnAt: number;
}

export interface SessionInfo {
  /** Planned start of the session, epoch ms; null until the chair sets it. */
  startMs: number | null;
  draw: DrawRecord | null;
}

const Row = rowShape({
  start_ms: 'num?',
  draw_seed: 'text?',
  draw_algorithm: 'num?',
  draw_team_ids: 'text?',
  drawn_at: 'num?',
});

function parseIds(json: string | null): { teamIds: number[]; resultIds: number[] } | null {
  if (!json) return null;
  try {
    const value = JSON.parse(json) as unknown;
    if (
      typeof value === 'object' &&
      value !== null &&
      'teamIds' in value &&
      'resultIds' in value &&
      Array.isArray(value.teamIds) &&
      Array.isArray(value.resultIds)
    ) {
      const ints = (list: unknown[]) => list.filter((x): x is number => Number.isSafeInteger(x));
      return { teamIds: ints(value.teamIds), resultIds: ints(value.resultIds) };
    }
  } catch {
    // A damaged draw record is shown as "no draw" rather than blocking the session.
  }
  return null;
}

export function readSessionInfo(db: Db): SessionInfo {
  const row = selectMaybe(db, Row, 'SELECT * FROM session_info WHERE id = 1');
  if (!row) return { startMs: null, draw: null };
  const ids = parseIds(row.draw_team_ids);
  const draw =
    row.draw_seed !== null && row.draw_algorithm !== null && row.drawn_at !== null && ids
      ? { seed: row.draw_seed, algorithmVersion: row.draw_algorithm, drawnAt: row.drawn_at, ...ids }
      : null;
  return { startMs: row.start_ms, draw };
}

export function writeSessionStart(db: Db, startMs: number | null): void {
  db.prepare('UPDATE session_info SET start_ms = ? WHERE id = 1').run(startMs);
}

export function writeDraw(db: Db, draw: DrawRecord): void {
  db.prepare(
    `UPDATE session_info SET draw_seed = ?, draw_algorithm = ?, draw_team_ids = ?, drawn_at = ? WHERE id = 1`,
  ).run(
    draw.seed,
    draw.algorithmVersion,
    JSON.stringify({ teamIds: draw.teamIds, resultIds: draw.resultIds }),
    draw.drawnAt,
  );
}
