/**
 * Pure operations on the running order. Every change returns a new array and
 * keeps each team's status with the team, so reordering mid-session loses
 * nothing: a done team stays done wherever it is dragged.
 */
import type { OrderEntry, OrderRefusal, OrderResult, TeamStatus } from './types';

function refused(refusal: OrderRefusal): OrderResult {
  return { ok: false, refusal };
}

/** A fresh order where every team waits, in the given sequence (e.g. the result of a draw). */
export function orderFromIds(teamIds: readonly number[]): OrderEntry[] {
  return teamIds.map((teamId) => ({ teamId, status: 'waiting' }));
}

/**
 * Drag and drop: moves the entry at `from` so that it ends up at index `to`
 * (the others shift), like dnd-kit's `arrayMove`.
 */
export function reorder(order: readonly OrderEntry[], from: number, to: number): OrderResult {
  for (const index of [from, to]) {
    if (!Number.isInteger(index) || index < 0 || index >= order.length) {
      return refused({ code: 'order.indexOutOfRange', index });
    }
  }
  const next = [...order];
  const [moved] = next.splice(from, 1);
  if (moved) next.splice(to, 0, moved);
  return { ok: true, order: next };
}

/**
 * Re-sequences the order to follow `teamIds` (a whole list saved by the UI, or
 * a draw), keeping statuses. `teamIds` must contain each team exactly once.
 */
export function arrange(order: readonly OrderEntry[], teamIds: readonly number[]): OrderResult {
  const byId = new Map(order.map((entry) => [entry.teamId, entry]));
  if (teamIds.length !== order.length || new Set(teamIds).size !== teamIds.length) {
    return refused({ code: 'order.notAPermutation' });
  }
  const next: OrderEntry[] = [];
  for (const teamId of teamIds) {
    const entry = byId.get(teamId);
    if (!entry) return refused({ code: 'order.notAPermutation', teamId });
    next.push(entry);
  }
  return { ok: true, order: next };
}

/**
 * A late team goes to the end in one action, keeping its status: an absent
 * team stays "absent" at the end (it is not here yet, and "next team" must
 * not call it) until the chair marks it waiting or calls it. Teams on stage,
 * done or withdrawn are not moved: that would be a mistake, not a late arrival.
 */
export function moveToEnd(order: readonly OrderEntry[], teamId: number): OrderResult {
  const index = order.findIndex((entry) => entry.teamId === teamId);
  const entry = order[index];
  if (!entry) return refused({ code: 'order.unknownTeam', teamId });
  if (entry.status !== 'waiting' && entry.status !== 'absent') {
    return refused({ code: 'order.notMovable', teamId, status: entry.status });
  }
  const next = order.filter((_, i) => i !== index);
  next.push({ teamId, status: entry.status });
  return { ok: true, order: next };
}

/** The first waiting team in the order: done, absent, withdrawn and on-stage teams are skipped. */
export function nextTeamToCall(order: readonly OrderEntry[]): number | null {
  return order.find((entry) => entry.status === 'waiting')?.teamId ?? null;
}

export function teamOnStage(order: readonly OrderEntry[]): number | null {
  return order.find((entry) => entry.status === 'on_stage')?.teamId ?? null;
}

/** Sets one team's status; at most one team can be on stage at a time. */
export function setTeamStatus(order: readonly OrderEntry[], teamId: number, status: TeamStatus): OrderResult {
  if (!order.some((entry) => entry.teamId === teamId)) return refused({ code: 'order.unknownTeam', teamId });
  const onStage = teamOnStage(order);
  if (status === 'on_stage' && onStage !== null && onStage !== teamId) {
    return refused({ code: 'order.stageOccupied', teamId: onStage });
  }
  return {
    ok: true,
    order: order.map((entry) => (entry.teamId === teamId ? { teamId, status } : entry)),
  };
}

export interface HandOver {
  order: OrderEntry[];
  /** The team that was on stage and is now done, if any. */
  finishedTeamId: number | null;
  /** The team now on stage, or null when nobody is left waiting. */
  calledTeamId: number | null;
}

/** "Next team": the team on stage is done and the next waiting team goes on stage. */
export function handOver(order: readonly OrderEntry[]): HandOver {
  const finishedTeamId = teamOnStage(order);
  const afterFinish = order.map(
    (entry): OrderEntry => (entry.status === 'on_stage' ? { teamId: entry.teamId, status: 'done' } : entry),
  );
  const calledTeamId = nextTeamToCall(afterFinish);
  return {
    order: afterFinish.map((entry) =>
      entry.teamId === calledTeamId ? { teamId: entry.teamId, status: 'on_stage' } : entry,
    ),
    finishedTeamId,
    calledTeamId,
  };
}

/**
 * Brings the order in line with the teams of the event after the setup
 * changed: known teams keep their place and status, deleted teams disappear,
 * new teams are appended as waiting (by ascending id).
 */
export function syncOrder(order: readonly OrderEntry[], teamIds: readonly number[]): OrderEntry[] {
  const present = new Set(teamIds);
  const kept = order.filter((entry) => present.has(entry.teamId));
  const known = new Set(kept.map((entry) => entry.teamId));
  const added = [...present].filter((id) => !known.has(id)).sort((a, b) => a - b);
  return [...kept, ...orderFromIds(added)];
}
