import { z } from 'zod';
import {
  criterion,
  criterionLevel,
  empty,
  eventInfo,
  eventSetup,
  id,
  juror,
  team,
  text,
  timerDefaults,
} from './schemas';

const memberDraft = z.object({ name: text(200), email: text(320).nullable() }).strict();
const teamDraft = z
  .object({ name: text(200), projectTitle: text(300), members: z.array(memberDraft).max(50) })
  .strict();
const jurorDraft = z.object({ name: text(200), title: text(300) }).strict();
const criterionDraft = z
  .object({
    name: text(200),
    description: text(2000),
    weight: z.number().finite(),
    min: z.number().finite(),
    max: z.number().finite(),
    step: z.number().finite(),
    levels: z.array(criterionLevel).max(100),
  })
  .strict();
const reorder = z.object({ ids: z.array(id).max(10_000) }).strict();
const byId = z.object({ id }).strict();

/** Event setup: the event, teams, jurors, criteria and timer defaults. */
export const setupCalls = {
  'setup.get': { input: empty, output: eventSetup },
  'event.update': { input: eventInfo, output: eventInfo },
  'timerDefaults.update': { input: timerDefaults, output: timerDefaults },
  'teams.create': { input: teamDraft, output: team },
  'teams.update': { input: teamDraft.extend({ id }).strict(), output: team },
  'teams.delete': { input: byId, output: z.null() },
  'teams.reorder': { input: reorder, output: z.array(team) },
  'jurors.create': { input: jurorDraft, output: juror },
  'jurors.update': { input: jurorDraft.extend({ id }).strict(), output: juror },
  'jurors.delete': { input: byId, output: z.null() },
  'jurors.reorder': { input: reorder, output: z.array(juror) },
  'criteria.create': { input: criterionDraft, output: criterion },
  'criteria.update': { input: criterionDraft.extend({ id }).strict(), output: criterion },
  'criteria.delete': { input: byId, output: z.null() },
  'criteria.reorder': { input: reorder, output: z.array(criterion) },
} as const;

export type TeamDraft = z.infer<typeof teamDraft>;
export type JurorDraft = z.infer<typeof jurorDraft>;
export type CriterionDraft = z.infer<typeof criterionDraft>;
