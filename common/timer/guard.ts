/**
 * Which chair actions throw away time a team has used, so the UI asks before
 * doing them (and the main process keeps an undo for the rest). One rule for
 * the buttons, the keyboard and the compact bar on every page.
 *
 * - "Restart the phase" with time on the clock discards that time.
 * - Moving on (next team, or calling another team) while the team on stage is
 *   still in its pitch cuts the pitch short and skips its Q&A: the classic
 *   "T pressed 2.5 s into a pitch". Moving on during or after the Q&A is the
 *   normal end of a team and is not asked about (undo still covers it).
 */
import { elapsedMs } from './reads';
import type { TimerState } from './types';

export type DiscardingAction = 'resetPhase' | 'nextTeam' | 'callTeam';

export interface DiscardedTime {
  action: DiscardingAction;
  teamId: number;
  phase: TimerState['phase'];
  usedMs: number;
}

export function timeDiscardedBy(
  state: TimerState,
  action: { type: string },
  nowMs: number,
): DiscardedTime | null {
  if (state.status === 'empty' || state.teamId === null) return null;
  const usedMs = elapsedMs(state, nowMs);
  if (usedMs <= 0) return null;
  const base = { teamId: state.teamId, phase: state.phase, usedMs };
  if (action.type === 'resetPhase') return { action: 'resetPhase', ...base };
  if (action.type !== 'nextTeam' && action.type !== 'callTeam') return null;
  if (state.phase !== 'pitch') return null;
  // A pitch with no Q&A planned that ran its full time ended normally.
  if (state.plannedQaMs === 0 && usedMs >= state.durationMs) return null;
  return { action: action.type, ...base };
}
