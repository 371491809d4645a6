import { z } from 'zod';
import { TEAM_STATUSES, type TeamStatus } from '../order/types';
import { MAX_DURATION_MS } from '../timer/reducer';
import { timerStateSchema } from '../timer/schema';
import { CHECKLIST_STEPS } from './checklist-steps';
import { DISPLAY_MODES, VISIBLE_MODES } from './display-modes';
import { durationMs, empty, id, imageAsset, locale, timerDefaults } from './schemas';

/**
 * Pitch day: the running order and its schedule, the live timer (anchors,
 * never ticks), and the projector (what it shows, on which screen).
 */

export { DISPLAY_MODES, type DisplayMode, MAX_MESSAGE_LENGTH, type VisibleMode } from './display-modes';

const epochMs = z.number().int().min(0);
const teamStatus = z.enum(TEAM_STATUSES as [TeamStatus, ...TeamStatus[]]);
/** The chair sets these by hand; "on stage" only comes from calling a team. */
const settableStatus = z.enum(['waiting', 'done', 'absent', 'withdrawn']);
const displayMode = z.enum(DISPLAY_MODES);
const visibleMode = z.enum(VISIBLE_MODES);

const orderEntry = z
  .object({
    teamId: id,
    name: z.string(),
    projectTitle: z.string(),
    status: teamStatus,
    /** Effective durations (override or event default). */
    pitchMs: durationMs,
    qaMs: durationMs,
    pitchOverrideMs: durationMs.nullable(),
    qaOverrideMs: durationMs.nullable(),
  })
  .strict();

const drawRecord = z
  .object({
    seed: z.string(),
    algorithmVersion: z.number().int(),
    teamIds: z.array(z.number().int()),
    resultIds: z.array(z.number().int()),
    drawnAt: epochMs,
  })
  .strict();

const stageTimes = z.object({ teamId: id, startedAt: epochMs, endedAt: epochMs.nullable() }).strict();

const orderView = z
  .object({
    entries: z.array(orderEntry),
    draw: drawRecord.nullable(),
    startMs: epochMs.nullable(),
    defaults: timerDefaults,
    /** Recorded stage times, for the schedule estimate. */
    actuals: z.array(stageTimes),
  })
  .strict();

const thresholds = z.object({ amberAtMs: durationMs, redAtMs: durationMs }).strict();

/** The timer as anchors plus main's clock at the time of the answer (windows correct for offset). */
const timerSnapshot = z
  .object({
    revision: z.number().int(),
    now: epochMs,
    state: timerStateSchema,
    thresholds,
    /** The chair's last timer action, while it can still be undone (network viewers ignore it). */
    undo: z.object({ action: z.string(), at: epochMs }).strict().nullable().optional(),
  })
  .strict();

export const chairCommand = z.discriminatedUnion('type', [
  z.object({ type: z.literal('start') }).strict(),
  z.object({ type: z.literal('pause') }).strict(),
  z.object({ type: z.literal('resume') }).strict(),
  z.object({ type: z.literal('toggle') }).strict(),
  z.object({ type: z.literal('resetPhase') }).strict(),
  z.object({ type: z.literal('nextPhase') }).strict(),
  z
    .object({
      type: z.literal('adjust'),
      deltaMs: z.number().int().min(-MAX_DURATION_MS).max(MAX_DURATION_MS),
    })
    .strict(),
  /** The team on stage is done and the next waiting team is called (idle). */
  z.object({ type: z.literal('nextTeam') }).strict(),
  /** Calls one team out of order (a late team that arrived, a re-run). */
  z.object({ type: z.literal('callTeam'), teamId: id }).strict(),
]);

const displaySettings = z
  .object({
    mode: displayMode,
    modeBeforeBlackout: visibleMode,
    message: z.string(),
    screenId: z.number().int().nullable(),
  })
  .strict();

const displayTeam = z.object({ id, name: z.string(), projectTitle: z.string() }).strict();

const displayView = z
  .object({
    settings: displaySettings,
    /** The projector speaks the event's language, not necessarily the chair's. */
    locale,
    eventName: z.string(),
    /** On a room laptop (a room file), the room it runs, shown under the event name; null elsewhere. */
    roomName: z.string().nullable(),
    logo: imageAsset.nullable(),
    /** Teams in running order (names for the clock's team id and for "next up"). */
    teams: z.array(displayTeam),
    /** The next team to be called after the one on stage, if any. */
    nextTeamId: id.nullable(),
    /** Every team that was going to pitch has pitched (some done, none waiting or on stage). */
    sessionOver: z.boolean(),
  })
  .strict();

const screenInfo = z
  .object({
    id: z.number().int(),
    label: z.string(),
    width: z.number().int(),
    height: z.number().int(),
    primary: z.boolean(),
    internal: z.boolean(),
  })
  .strict();

const rect = z.object({ x: z.number(), y: z.number(), width: z.number(), height: z.number() }).strict();

const checklistStep = z.enum(CHECKLIST_STEPS);
const checklist = z
  .object({
    steps: z.array(
      z
        .object({
          step: checklistStep,
          done: z.boolean(),
          /** Who is still missing, e.g. the jurors without a declaration of interest. */
          missing: z.array(z.string()).optional(),
        })
        .strict(),
    ),
    next: checklistStep.nullable(),
  })
  .strict();

export const sessionCalls = {
  'order.get': { input: empty, output: orderView },
  /** The whole order, as the chair dragged it: every team once. */
  'order.reorder': { input: z.object({ teamIds: z.array(id).max(10_000) }).strict(), output: orderView },
  /** Transparent draw; `seed` null = generate one. Refused once a team has been on stage. */
  'order.draw': {
    input: z.object({ seed: z.string().max(64).nullable() }).strict(),
    output: orderView,
  },
  'order.setStatus': { input: z.object({ teamId: id, status: settableStatus }).strict(), output: orderView },
  'order.moveToEnd': { input: z.object({ teamId: id }).strict(), output: orderView },
  'order.setOverrides': {
    input: z.object({ teamId: id, pitchMs: durationMs.nullable(), qaMs: durationMs.nullable() }).strict(),
    output: orderView,
  },
  'session.setStart': { input: z.object({ startMs: epochMs.nullable() }).strict(), output: orderView },
  'timer.get': { input: empty, output: timerSnapshot },
  'timer.command': { input: chairCommand, output: timerSnapshot },
  /** Reverts the last chair action (time used, team statuses, phase records). */
  'timer.undo': { input: empty, output: timerSnapshot },
  /** The pitch day's checklist (main/core/pitch-day/checklist.ts): what is done and what is next. */
  'checklist.get': { input: empty, output: checklist },
  'checklist.mark': {
    input: z.object({ step: z.literal('projector'), done: z.boolean() }).strict(),
    output: checklist,
  },
  'display.get': { input: empty, output: displayView },
  'display.set': {
    input: z.object({ mode: displayMode.optional(), message: z.string().max(2000).optional() }).strict(),
    output: displaySettings,
  },
  'display.toggleBlackout': { input: empty, output: displaySettings },
  /** The OS displays, for the chair to pick the projector. Empty when the host cannot tell. */
  'display.listScreens': {
    input: empty,
    output: z.object({ screens: z.array(screenInfo), canOpen: z.boolean() }).strict(),
  },
  /** Opens (or moves) the display window; `screenId` null = automatic. */
  'display.open': {
    input: z.object({ screenId: z.number().int().nullable() }).strict(),
    output: z.object({ opened: z.boolean() }).strict(),
  },
  'display.close': { input: empty, output: z.object({ closed: z.boolean() }).strict() },
} as const;

export const sessionEvents = {
  /** Pushed on every timer transition (never on ticks): the new anchors and main's clock. */
  'timer.changed': z.object({ revision: z.number().int(), now: epochMs, state: timerStateSchema }).strict(),
} as const;

export type OrderView = z.infer<typeof orderView>;
export type OrderViewEntry = z.infer<typeof orderEntry>;
export type DrawRecordView = z.infer<typeof drawRecord>;
export type TimerSnapshot = z.infer<typeof timerSnapshot>;
export type ChairCommand = z.infer<typeof chairCommand>;
export type DisplaySettings = z.infer<typeof displaySettings>;
export type DisplayView = z.infer<typeof displayView>;
export type DisplayTeam = z.infer<typeof displayTeam>;
export type ScreenInfo = z.infer<typeof screenInfo>;
export type WindowBounds = z.infer<typeof rect>;
export type SettableStatus = z.infer<typeof settableStatus>;
export type ChecklistView = z.infer<typeof checklist>;
