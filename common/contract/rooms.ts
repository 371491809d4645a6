import { z } from 'zod';
import { empty, id, text } from './schemas';

/**
 * Rooms judged in parallel on several laptops (main/core/rooms, issue 15).
 * On the head laptop: the rooms of the preliminary round (name, teams in
 * running order, jury), each room's file, merging what comes back, each
 * room's progress. On a room laptop: writing the room result file.
 *
 * Files are chosen by dialogs main shows (PlatformServices): the renderer
 * never sends a path. Network push of room results is not part of this
 * contract (it belongs to the local-network roles).
 */

const room = z
  .object({
    id,
    name: z.string(),
    /** Running order of the room. */
    teamIds: z.array(id),
    jurorIds: z.array(id),
    /** Its room file has been written: the assignment is frozen. */
    issued: z.boolean(),
    /** Submitted sheets of the room's jurors for its teams (recusals excepted), over those expected. */
    submitted: z.number().int(),
    expected: z.number().int(),
    /** ISO UTC of the last room result that changed something; null before the first. */
    lastHeardAtUtc: z.string().nullable(),
    laptop: z.string().nullable(),
    mergedEvents: z.number().int(),
    /** Fingerprint of the room's lock as last received; null while the room is not locked. */
    roomLockHash: z.string().nullable(),
  })
  .strict();

const named = z.object({ id, name: z.string() }).strict();

const roomsView = z
  .object({
    rooms: z.array(room),
    /** Every team and juror of the event, in setup order, for the assignment. */
    teams: z.array(named),
    jurors: z.array(named),
    /** Set when the open file is a room file (this laptop runs one room of a head event). */
    thisRoom: z
      .object({ eventName: z.string(), roomName: z.string(), writtenAtUtc: z.string() })
      .strict()
      .nullable(),
  })
  .strict();

const roomDraft = z
  .object({
    id: id.nullable(),
    name: text(100),
    teamIds: z.array(id).max(2000),
    jurorIds: z.array(id).max(500),
  })
  .strict();

const mergeReport = z
  .object({
    poolId: id,
    roomName: z.string(),
    laptop: z.string(),
    roomEvents: z.number().int(),
    added: z.number().int(),
    alreadyMerged: z.boolean(),
    roomLockHash: z.string().nullable(),
    /** The outcome in one sentence, in the UI language. */
    message: z.string(),
  })
  .strict();

const saved = z.object({ path: z.string() }).strict();

/** How finalists are chosen, stated before the final (main/core/rooms/final-round.ts). */
// Shape only: a wrong N (0, 2.5) or an empty selection is refused by the core with the rule's own words
// (rooms.finalBadN, rooms.finalNoTeams), not as an invalid input.
const finalistCount = z.number().finite().max(1000);
const finalistRule = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('topPerPool'), n: finalistCount }).strict(),
  z.object({ kind: z.literal('topOverall'), n: finalistCount }).strict(),
  z
    .object({
      kind: z.literal('chairSelection'),
      teamIds: z.array(id).max(2000),
      reason: text(500),
    })
    .strict(),
]);

const finalView = z
  .object({
    roundId: id,
    rule: finalistRule,
    /** The rule in one sentence, in the UI language (as printed on the results sheet). */
    ruleText: z.string(),
    finalists: z.array(id),
    drawSeed: z.string().nullable(),
    /** The final's running order. */
    order: z.array(id),
    decidedAtUtc: z.string(),
    /** The final's room: its jury, its room file, its progress as merged so far. */
    room: room.nullable(),
    /** The final's prize track (ranks the final round's sheets) and its name; null when deleted. */
    trackId: id.nullable(),
    trackName: z.string().nullable(),
  })
  .strict();

export const roomsCalls = {
  'rooms.get': { input: empty, output: roomsView },
  /** Replaces the rooms of the preliminary round, all or nothing; rooms already sent out must come back unchanged. */
  'rooms.save': { input: z.object({ rooms: z.array(roomDraft).max(50) }).strict(), output: roomsView },
  /** Each room's progress and when the head last heard from it. */
  'rooms.progress': { input: empty, output: z.array(room) },
  /** Writes a room's room file (save dialog in main); null when cancelled. */
  'rooms.writeRoomFile': { input: z.object({ poolId: id }).strict(), output: saved.nullable() },
  /** On a room laptop: writes the room result file (save dialog in main); null when cancelled. */
  'rooms.writeResult': { input: empty, output: saved.nullable() },
  /** On the head laptop: merges a room result file (open dialog in main); null when cancelled. */
  'rooms.merge': { input: empty, output: mergeReport.nullable() },
  /** The final round as decided, null before. */
  'rooms.final': { input: empty, output: finalView.nullable() },
  /**
   * Decides the final once: finalists by the stated rule, order drawn with `drawSeed` (else in
   * selection order); creates the final's room and prize track.
   */
  'rooms.decideFinal': {
    input: z.object({ rule: finalistRule, drawSeed: text(100).nullable() }).strict(),
    output: finalView,
  },
  /** The final's jury (a preliminary juror may sit in it), until its room file is written. */
  'rooms.setFinalJury': {
    input: z.object({ jurorIds: z.array(id).min(1).max(500) }).strict(),
    output: finalView,
  },
} as const;

export type RoomsView = z.infer<typeof roomsView>;
export type RoomView = z.infer<typeof room>;
export type RoomDraftInput = z.infer<typeof roomDraft>;
export type RoomMergeReport = z.infer<typeof mergeReport>;
export type FinalRoundView = z.infer<typeof finalView>;
export type FinalistRuleInput = z.infer<typeof finalistRule>;
