import { tieKey } from './stats';
import type { ChairDecision, TieBreakRule, TieInfo } from './types';

/**
 * Orders ranked teams and settles ties with the configured chain. A tie that
 * no rule settles is kept as a shared rank (1, 2, 2, 4): the output order
 * inside it is the setup order, which carries no meaning, and the row says so.
 */

export interface TieBreakContext {
  rules: readonly TieBreakRule[];
  chairDecisions: readonly ChairDecision[];
  /** Mean raw score of a team on a criterion over its counted sheets. */
  criterionAverage: (teamId: number, criterionId: number) => number | null;
  /** Jurors whose highest total (shared or not) went to this team. */
  firstPlaces: (teamId: number) => number;
  /** How many jurors (who scored both) gave `a` a strictly higher total than `b`. */
  jurorsPreferring: (a: number, b: number) => number;
  /** Setup position of each team, the neutral order within unresolved ties. */
  setupIndex: Map<number, number>;
}

export interface PlacedTeam {
  teamId: number;
  rank: number;
  tie: TieInfo | null;
}

interface Block {
  teamIds: number[];
  decidedBy: TieBreakRule | null;
  resolved: boolean;
}

function matchingDecision(
  teamIds: readonly number[],
  decisions: readonly ChairDecision[],
  used: Set<number>,
): ChairDecision | null {
  for (let i = decisions.length - 1; i >= 0; i -= 1) {
    const decision = decisions[i] as ChairDecision;
    const ordered = decision.orderedTeamIds;
    const set = new Set(ordered);
    if (
      ordered.length === teamIds.length &&
      set.size === ordered.length &&
      teamIds.every((id) => set.has(id))
    ) {
      used.add(i);
      return decision;
    }
  }
  return null;
}

/** A comparable key per team for one rule (higher is better); equal keys mean the rule does not separate them. */
function ruleKeys(
  rule: TieBreakRule,
  teamIds: readonly number[],
  ctx: TieBreakContext,
  used: Set<number>,
): Map<number, number> {
  const keys = new Map<number, number>();
  if (rule.kind === 'criterion') {
    for (const id of teamIds) {
      const average = ctx.criterionAverage(id, rule.criterionId);
      keys.set(id, average === null ? Number.NEGATIVE_INFINITY : tieKey(average));
    }
  } else if (rule.kind === 'first_places') {
    for (const id of teamIds) keys.set(id, ctx.firstPlaces(id));
  } else if (rule.kind === 'head_to_head') {
    for (const id of teamIds) {
      let wins = 0;
      for (const other of teamIds)
        if (other !== id && ctx.jurorsPreferring(id, other) > ctx.jurorsPreferring(other, id)) wins += 1;
      keys.set(id, wins);
    }
  } else {
    const decision = matchingDecision(teamIds, ctx.chairDecisions, used);
    for (const id of teamIds) keys.set(id, decision ? -decision.orderedTeamIds.indexOf(id) : 0);
  }
  return keys;
}

function resolve(teamIds: number[], fromRule: number, ctx: TieBreakContext, used: Set<number>): Block[] {
  for (let r = fromRule; r < ctx.rules.length; r += 1) {
    const rule = ctx.rules[r] as TieBreakRule;
    const keys = ruleKeys(rule, teamIds, ctx, used);
    const distinct = [...new Set(keys.values())].sort((a, b) => b - a);
    if (distinct.length < 2) continue;
    const blocks: Block[] = [];
    for (const key of distinct) {
      const part = teamIds.filter((id) => keys.get(id) === key);
      if (part.length === 1) blocks.push({ teamIds: part, decidedBy: rule, resolved: true });
      else blocks.push(...resolve(part, r + 1, ctx, used));
    }
    return blocks;
  }
  return [{ teamIds, decidedBy: null, resolved: false }];
}

/**
 * Sorts by sortKey (higher first, equality to 9 decimals), breaks ties with the
 * chain and assigns competition ranks. `entries` must only hold ranked teams.
 */
export function placeTeams(
  entries: readonly { teamId: number; sortKey: number }[],
  ctx: TieBreakContext,
): { placed: PlacedTeam[]; unresolved: number[][]; usedDecisions: Set<number> } {
  const usedDecisions = new Set<number>();
  const setup = (id: number) => ctx.setupIndex.get(id) ?? Number.MAX_SAFE_INTEGER;
  const keyed = entries.map((e) => ({ teamId: e.teamId, key: tieKey(e.sortKey) }));
  keyed.sort((a, b) => b.key - a.key || setup(a.teamId) - setup(b.teamId));

  const placed: PlacedTeam[] = [];
  const unresolved: number[][] = [];
  let start = 0;
  while (start < keyed.length) {
    let end = start;
    while (end + 1 < keyed.length && keyed[end + 1]?.key === keyed[start]?.key) end += 1;
    const group = keyed.slice(start, end + 1).map((k) => k.teamId);
    if (group.length === 1) {
      placed.push({ teamId: group[0] as number, rank: placed.length + 1, tie: null });
    } else {
      const blocks = resolve(group, 0, ctx, usedDecisions);
      const outputOrder = blocks.flatMap((b) => b.teamIds);
      for (const block of blocks) {
        const rank = placed.length + 1;
        if (!block.resolved) unresolved.push(block.teamIds);
        for (const teamId of block.teamIds) {
          const tie: TieInfo = {
            tiedWith: outputOrder.filter((id) => id !== teamId),
            decidedBy: block.resolved ? block.decidedBy : null,
            sharedRankWith: block.resolved ? [] : block.teamIds.filter((id) => id !== teamId),
          };
          placed.push({ teamId, rank, tie });
        }
      }
    }
    start = end + 1;
  }
  return { placed, unresolved, usedDecisions };
}
