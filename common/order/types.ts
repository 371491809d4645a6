/** The running order: which team pitches when, and where each one stands. */

export type TeamStatus = 'waiting' | 'on_stage' | 'done' | 'absent' | 'withdrawn';

export const TEAM_STATUSES: readonly TeamStatus[] = ['waiting', 'on_stage', 'done', 'absent', 'withdrawn'];

/** One line of the running order; its position in the array is its place. */
export interface OrderEntry {
  teamId: number;
  status: TeamStatus;
}

export type OrderRefusalCode =
  | 'order.indexOutOfRange'
  | 'order.unknownTeam'
  | 'order.notMovable'
  | 'order.stageOccupied'
  | 'order.notAPermutation';

/** Why an order change was refused, with what the UI needs to explain it. */
export interface OrderRefusal {
  code: OrderRefusalCode;
  teamId?: number;
  index?: number;
  status?: TeamStatus;
}

export type OrderResult = { ok: true; order: OrderEntry[] } | { ok: false; refusal: OrderRefusal };
