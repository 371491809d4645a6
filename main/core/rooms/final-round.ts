/**
 * The final round (issue 15, rounds): finalists chosen by a rule stated
 * before the round, from the preliminary rooms' results, recorded once
 * (table final_round_record, append-only) with the final's running order,
 * drawn with the transparent seeded draw when the chair asks for it.
 *
 * The rules:
 * - topPerPool n: in each room, the teams ranked 1…n by that room's own
 *   ranking (its teams, its jury). A tie at rank n takes every tied team:
 *   ranks are shared, never broken here (the tie-break chain already ran);
 * - topOverall n: the teams ranked 1…n in the whole event's ranking (all
 *   rooms' sheets together), ties as above;
 * - chairSelection: the teams the chair names, with the reason (required).
 *
 * The final is scored like a room: deciding it also creates the final's room
 * (one pool of the final round: the finalists in the final's order, and the
 * final's jury, set until its room file is written) and the final's prize
 * track (the finalists, that jury, every criterion, ranking the final
 * round's sheets). The final runs on any laptop from its room file, the head
 * laptop included; its result merges like a room's, and every merged event
 * joins the final round (score_event.round_id, migration 016), so a
 * finalist's final sheets never mix with its preliminary ones, even for a
 * juror who sat in both.
 */
import type { Locale } from '../../../common/domain';
import { translate } from '../../../common/i18n';
import { drawOrder } from '../../../common/order/draw';
import type { Db } from '../db/open';
import { rowShape, selectAll } from '../db/rows';
import { DomainError } from '../errors';
import { readEventInfo } from '../event/event-info';
import { canonicalJson } from '../hashing/canonical-json';
import { computeRanking } from '../ranking/compute-ranking';
import type { RankingInput, RankingResult } from '../ranking/types';
import { buildRankingInput } from '../results/ranking-input';
import {
  createTrack,
  setTrackCriteria,
  setTrackJurors,
  setTrackRound,
  setTrackTeams,
} from '../tracks/track-store';
import { getRoom, listRooms, type Room } from './assignment';

export type FinalistRule =
  | { kind: 'topPerPool'; n: number }
  | { kind: 'topOverall'; n: number }
  | { kind: 'chairSelection'; teamIds: number[]; reason: string };

export interface FinalRound {
  roundId: number;
  /** The final's room (pool of the final round); null only if it was never created (older files). */
  poolId: number | null;
  /** The final's prize track (ranks the final round); null when the chair deleted it. */
  trackId: number | null;
  /** The final's jury. */
  jurorIds: number[];
  /** Its room file was written: the jury can no longer change. */
  issued: boolean;
  rule: FinalistRule;
  finalists: number[];
  drawSeed: string | null;
  /** The final's running order. */
  order: number[];
  decidedAtUtc: string;
}

/** The rule in one sentence (the Rooms page, the CLI, the results sheet). */
export function describeFinalistRule(locale: Locale, rule: FinalistRule): string {
  return rule.kind === 'chairSelection'
    ? translate(locale, 'rooms.final.rule.chairSelection', { reason: rule.reason })
    : translate(locale, `rooms.final.rule.${rule.kind}`, { n: rule.n });
}

/** The ranking of one room: its teams, its jury, their sheets only. */
export function roomRanking(input: RankingInput, room: Room): RankingResult {
  const teams = new Set(room.teamIds);
  const jurors = new Set(room.jurorIds);
  return computeRanking({
    ...input,
    teams: input.teams.filter((t) => teams.has(t.id)),
    jurors: input.jurors.filter((j) => jurors.has(j.id)),
    sheets: input.sheets.filter((s) => teams.has(s.teamId) && jurors.has(s.jurorId)),
    recusals: input.recusals.filter((r) => teams.has(r.teamId) && jurors.has(r.jurorId)),
    overtime: input.overtime.filter((o) => teams.has(o.teamId)),
    chairDecisions: input.chairDecisions.filter((d) => d.orderedTeamIds.every((id) => teams.has(id))),
  });
}

const topOf = (ranking: RankingResult, n: number) =>
  ranking.rows.filter((r) => r.status === 'ranked' && r.rank !== null && r.rank <= n).map((r) => r.teamId);

/** The finalists `rule` gives on the file's current results (in room order, then rank). */
export function selectFinalists(db: Db, rule: FinalistRule): number[] {
  const rooms = listRooms(db);
  if (rooms.length === 0 && rule.kind === 'topPerPool') throw new DomainError('rooms.finalNoRooms');
  if (rule.kind === 'chairSelection') {
    if (!rule.reason.trim()) throw new DomainError('rooms.finalReasonRequired');
    const known = new Set((db.prepare('SELECT id FROM team').all() as { id: number }[]).map((r) => r.id));
    if (rule.teamIds.length === 0 || rule.teamIds.some((id) => !known.has(id)))
      throw new DomainError('rooms.finalNoTeams');
    return [...new Set(rule.teamIds)];
  }
  if (!Number.isInteger(rule.n) || rule.n < 1) throw new DomainError('rooms.finalBadN');
  const input = buildRankingInput(db);
  const finalists =
    rule.kind === 'topOverall'
      ? topOf(computeRanking(input), rule.n)
      : rooms.flatMap((room) => topOf(roomRanking(input, room), rule.n));
  if (finalists.length === 0) throw new DomainError('rooms.finalNoTeams');
  return finalists;
}

export function readFinalRound(db: Db): FinalRound | null {
  const row = db
    .prepare(
      `SELECT round_id AS roundId, rule_json, finalists_json, draw_seed AS drawSeed, order_json,
              decided_at_utc AS decidedAtUtc
         FROM final_round_record ORDER BY round_id LIMIT 1`,
    )
    .get() as
    | {
        roundId: number;
        rule_json: string;
        finalists_json: string;
        drawSeed: string | null;
        order_json: string;
        decidedAtUtc: string;
      }
    | undefined;
  if (!row) return null;
  const pool = db.prepare('SELECT id FROM pool WHERE round_id = ? ORDER BY id LIMIT 1').get(row.roundId) as
    | { id: number }
    | undefined;
  const track = db
    .prepare('SELECT id FROM track WHERE round_id = ? AND is_main = 0 ORDER BY id LIMIT 1')
    .get(row.roundId) as { id: number } | undefined;
  const room = pool ? getRoom(db, pool.id) : null;
  return {
    roundId: row.roundId,
    poolId: room?.id ?? null,
    trackId: track?.id ?? null,
    jurorIds: room?.jurorIds ?? [],
    issued: room?.issued ?? false,
    rule: JSON.parse(row.rule_json) as FinalistRule,
    finalists: JSON.parse(row.finalists_json) as number[],
    drawSeed: row.drawSeed,
    order: JSON.parse(row.order_json) as number[],
    decidedAtUtc: row.decidedAtUtc,
  };
}

/** Names of the final's room and prize track, in the chair's language. */
export interface FinalNames {
  room: string;
  track: string;
}

/**
 * Creates the final round: applies the rule, records it with its finalists
 * and the final's order (drawn from `drawSeed`, else in selection order), and
 * creates the final's room and prize track (see the top of this file), in one
 * transaction. Once: a final already decided is refused.
 */
export function createFinalRound(
  db: Db,
  rule: FinalistRule,
  drawSeed: string | null,
  now = new Date(),
  names?: FinalNames,
): FinalRound {
  return db.transaction((): FinalRound => {
    // Printed on the event's documents: by default in the event's language ("Finale", "Final").
    const fallback = translate(readEventInfo(db).locale, 'final.name');
    const roomName = names?.room.trim() || fallback;
    const trackName = names?.track.trim() || fallback;
    if (readFinalRound(db)) throw new DomainError('rooms.finalExists');
    const finalists = selectFinalists(db, rule);
    const order = drawSeed === null ? finalists : drawOrder(finalists, drawSeed);
    const position = (
      db.prepare('SELECT coalesce(max(position), 0) + 1 AS p FROM round').get() as { p: number }
    ).p;
    const roundId = Number(
      db.prepare("INSERT INTO round (kind, name, position) VALUES ('final', '', ?)").run(position)
        .lastInsertRowid,
    );
    const decidedAtUtc = now.toISOString();
    db.prepare(
      `INSERT INTO final_round_record (round_id, rule_json, finalists_json, draw_seed, order_json, decided_at_utc)
       VALUES (?, ?, ?, ?, ?, ?)`,
    ).run(
      roundId,
      canonicalJson(rule),
      JSON.stringify(finalists),
      drawSeed,
      JSON.stringify(order),
      decidedAtUtc,
    );
    const poolId = Number(
      db.prepare('INSERT INTO pool (round_id, name, position) VALUES (?, ?, 1)').run(roundId, roomName)
        .lastInsertRowid,
    );
    const insertTeam = db.prepare(
      'INSERT INTO pool_team (pool_id, round_id, team_id, position) VALUES (?, ?, ?, ?)',
    );
    order.forEach((teamId, i) => {
      insertTeam.run(poolId, roundId, teamId, i + 1);
    });
    const track = createTrack(db, trackName, decidedAtUtc);
    setTrackRound(db, track.id, roundId);
    setTrackTeams(db, track.id, order);
    const criteria = selectAll(
      db,
      rowShape({ id: 'num', weight: 'num' }),
      'SELECT id, weight FROM criterion',
    );
    if (criteria.length > 0)
      setTrackCriteria(
        db,
        track.id,
        criteria.map((c) => ({ criterionId: c.id, weight: c.weight })),
      );
    return readFinalRound(db) as FinalRound;
  })();
}

/**
 * Sets the final's jury (its room's jurors and its track's), until the
 * final's room file is written. A juror who sat in a preliminary room may sit
 * in the final: the final's sheets are the final round's own.
 */
export function setFinalJury(db: Db, jurorIds: readonly number[]): FinalRound {
  return db.transaction((): FinalRound => {
    const final = readFinalRound(db);
    if (!final || final.poolId === null) throw new DomainError('rooms.finalMissing');
    const known = new Set(selectAll(db, rowShape({ id: 'num' }), 'SELECT id FROM juror').map((r) => r.id));
    if (jurorIds.length === 0) throw new DomainError('rooms.finalNoJury');
    if (new Set(jurorIds).size !== jurorIds.length || jurorIds.some((id) => !known.has(id)))
      throw new DomainError('error.notFound');
    if (final.issued) throw new DomainError('rooms.issuedFrozen', { room: getRoom(db, final.poolId).name });
    db.prepare('DELETE FROM pool_juror WHERE pool_id = ?').run(final.poolId);
    const insert = db.prepare(
      'INSERT INTO pool_juror (pool_id, round_id, juror_id, position) VALUES (?, ?, ?, ?)',
    );
    jurorIds.forEach((jurorId, i) => {
      insert.run(final.poolId, final.roundId, jurorId, i + 1);
    });
    if (final.trackId !== null) setTrackJurors(db, final.trackId, jurorIds);
    return readFinalRound(db) as FinalRound;
  })();
}
