/**
 * zod schemas for the timer's persisted state and commands, for the IPC
 * contract and for reading a state back from the database after a crash. zod
 * runs in the renderer too, so this stays inside `common/`.
 */
import { z } from 'zod';
import { MAX_DURATION_MS } from './reducer';
import type { TeamTiming, TimerCommand, TimerState } from './types';

const durationMs = z.number().int().min(0).max(MAX_DURATION_MS);
const epochMs = z.number().int().min(0);
const teamId = z.number().int();

export const teamTimingSchema = z.object({ teamId, pitchMs: durationMs, qaMs: durationMs });

export const timerCommandSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('start') }),
  z.object({ type: z.literal('pause') }),
  z.object({ type: z.literal('resume') }),
  z.object({ type: z.literal('toggle') }),
  z.object({ type: z.literal('resetPhase') }),
  z.object({
    type: z.literal('adjust'),
    deltaMs: z.number().int().min(-MAX_DURATION_MS).max(MAX_DURATION_MS),
  }),
  z.object({ type: z.literal('nextPhase') }),
  z.object({ type: z.literal('endTeam'), next: teamTimingSchema.nullable() }),
]);

/**
 * The invariants the reducer keeps, checked on load so a hand-edited or
 * corrupted row is rejected instead of showing a nonsense clock: a team
 * exactly when not empty, `startedAt` exactly when running.
 */
export const timerStateSchema = z
  .object({
    status: z.enum(['empty', 'idle', 'running', 'paused']),
    teamId: teamId.nullable(),
    phase: z.enum(['pitch', 'qa']),
    durationMs,
    startedAt: epochMs.nullable(),
    accumulatedMs: z.number().int().min(0),
    plannedPitchMs: durationMs,
    plannedQaMs: durationMs,
    teamStartedAt: epochMs.nullable(),
  })
  .refine((s) => (s.status === 'empty') === (s.teamId === null), {
    message: 'timer.state.teamMismatch',
    path: ['teamId'],
  })
  .refine((s) => (s.status === 'running') === (s.startedAt !== null), {
    message: 'timer.state.startedAtMismatch',
    path: ['startedAt'],
  })
  .refine((s) => s.status !== 'idle' || s.accumulatedMs === 0, {
    message: 'timer.state.idleWithTime',
    path: ['accumulatedMs'],
  });

// Compile-time guards: the schemas and the hand-written types must not drift apart.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const schemaMatchesTypes: [
  Same<z.infer<typeof timerStateSchema>, TimerState>,
  Same<z.infer<typeof timerCommandSchema>, TimerCommand>,
  Same<z.infer<typeof teamTimingSchema>, TeamTiming>,
] = [true, true, true];
void schemaMatchesTypes;

/** Parses a stored state (e.g. JSON read from SQLite); null when it is not a valid state. */
export function parseTimerState(value: unknown): TimerState | null {
  const parsed = timerStateSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}
