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
 * Not built yet: scoring the final itself. The score log names a sheet by
 * (juror, team) with no round, so a finalist's final sheets would mix with
 * its preliminary ones; that needs a round on every score event (in the hash).
 */
import { drawOrder } from '../../../common/order/draw';
import type { Db } from '../db/open';
import { DomainError } from '../errors';
import { canonicalJson } from '../hashing/canonical-json';
import { computeRanking } from '../ranking/compute-ranking';
import type { RankingInput, RankingResult } from '../ranking/types';
import { buildRankingInput } from '../results/ranking-input';
import { listRooms, type Room } from './assignment';

export type FinalistRule =
  | { kind: 'topPerPool'; n: number }
  | { kind: 'topOverall'; n: number }
  | { kind: 'chairSelection'; teamIds: number[]; reason: string };

export interface FinalRound {
  roundId: number;
  rule: FinalistRule;
  finalists: number[];
  drawSeed: string | null;
  /** The final's running order. */
  order: number[];
  decidedAtUtc: string;
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
  return {
    roundId: row.roundId,
    rule: JSON.parse(row.rule_json) as FinalistRule,
    finalists: JSON.parse(row.finalists_json) as number[],
    drawSeed: row.drawSeed,
    order: JSON.parse(row.order_json) as number[],
    decidedAtUtc: row.decidedAtUtc,
  };
}

/**
 * Creates the final round: applies the rule, records it with its finalists
 * and the final's order (drawn from `drawSeed`, else in selection order), in
 * one transaction. Once: a final already decided is refused.
 */
export function createFinalRound(
  db: Db,
  rule: FinalistRule,
  drawSeed: string | null,
  now = new Date(),
): FinalRound {
  return db.transaction((): FinalRound => {
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
    return { roundId, rule, finalists, drawSeed, order, decidedAtUtc };
  })();
}
