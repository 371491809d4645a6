import { z } from 'zod';
import { id, text } from './schemas';

/**
 * Prize tracks (issue 15): a grand prize, theme prizes, a jury's favourite.
 * Every event has its MAIN track (every team, juror and criterion, the
 * event's settings); these calls list, create, rename and delete the others
 * and choose what each holds. A track's results, lock, awards and settings
 * are the results/awards calls with a `trackId` (common/contract/results.ts);
 * without one they address the main track, as they always did.
 */

const trackSummary = z
  .object({
    id,
    name: z.string(),
    /** The main track: every team, juror and criterion; it cannot be deleted. */
    main: z.boolean(),
    position: z.number().int(),
    locked: z.boolean(),
    /** The round whose sheets it ranks: 1 is the preliminary round; the final's track ranks the final. */
    roundId: z.number().int().positive(),
    teamIds: z.array(id),
    jurorIds: z.array(id),
    criteria: z.array(z.object({ criterionId: id, weight: z.number() }).strict()),
  })
  .strict();

const trackRecusal = z
  .object({
    jurorId: id,
    teamId: id,
    reason: z.string(),
    actor: z.string(),
    atUtc: z.string(),
    /** 'event': recorded for the main track, the juror does not judge the team at all; 'track': this track only. */
    scope: z.enum(['event', 'track']),
  })
  .strict();

const trackRef = { trackId: id };

export const tracksCalls = {
  'tracks.list': { input: z.object({}).strict(), output: z.array(trackSummary) },
  'tracks.create': { input: z.object({ name: text(200) }).strict(), output: trackSummary },
  'tracks.rename': { input: z.object({ ...trackRef, name: text(200) }).strict(), output: trackSummary },
  /** Refused for the main track, while the track is locked, or once it was ever locked (its history stays). */
  'tracks.delete': { input: z.object(trackRef).strict(), output: z.array(trackSummary) },
  'tracks.setTeams': {
    input: z.object({ ...trackRef, teamIds: z.array(id).max(10_000) }).strict(),
    output: trackSummary,
  },
  'tracks.setJurors': {
    input: z.object({ ...trackRef, jurorIds: z.array(id).max(1000) }).strict(),
    output: trackSummary,
  },
  /** The criteria the track ranks on, each with the track's own weight (relative, ≥ 0, one at least > 0). */
  'tracks.setCriteria': {
    input: z
      .object({
        ...trackRef,
        criteria: z
          .array(z.object({ criterionId: id, weight: z.number().finite().min(0).max(1000) }).strict())
          .max(200),
      })
      .strict(),
    output: trackSummary,
  },
  'tracks.recusals': { input: z.object(trackRef).strict(), output: z.array(trackRecusal) },
  /** A recusal in this track only (not the main track: the scoring page records the event's). */
  'tracks.setRecusal': {
    input: z.object({ ...trackRef, jurorId: id, teamId: id, reason: text(500), actor: text(200) }).strict(),
    output: z.array(trackRecusal),
  },
  'tracks.clearRecusal': {
    input: z.object({ ...trackRef, jurorId: id, teamId: id }).strict(),
    output: z.array(trackRecusal),
  },
} as const;

export type TrackSummaryView = z.infer<typeof trackSummary>;
export type TrackRecusalView = z.infer<typeof trackRecusal>;
