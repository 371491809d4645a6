import { z } from 'zod';

/**
 * Building blocks shared by the contract files. These check *shape* (types,
 * bounds that no sane UI would exceed); business rules such as unique team
 * names live in the core and come back as field issues the UI can place.
 */
export const id = z.number().int().positive();
export const text = (max: number) => z.string().max(max);
export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');
export const locale = z.enum(['fr', 'en']);
export const durationMs = z
  .number()
  .int()
  .min(0)
  .max(24 * 3600 * 1000);
export const empty = z.object({}).strict();

export const imageAsset = z
  .object({
    mime: z.enum(['image/png', 'image/jpeg']),
    // ~2 MB of image once decoded; keeps an event file small enough to email.
    dataBase64: z.string().max(2_800_000),
  })
  .strict();

export const eventInfo = z
  .object({
    name: text(200),
    startDate: isoDate,
    endDate: isoDate,
    venue: text(200),
    city: text(100),
    organiser: text(200),
    locale,
    logo: imageAsset.nullable(),
    scaleMax: z.number().int().min(1).max(1000),
  })
  .strict();

export const member = z.object({ id, name: z.string(), email: z.string().nullable() }).strict();
export const team = z
  .object({
    id,
    name: z.string(),
    projectTitle: z.string(),
    members: z.array(member),
    position: z.number().int(),
  })
  .strict();
export const juror = z
  .object({ id, name: z.string(), title: z.string(), position: z.number().int() })
  .strict();
export const criterionLevel = z.object({ value: z.number(), label: text(300) }).strict();
export const criterion = z
  .object({
    id,
    name: z.string(),
    description: z.string(),
    weight: z.number(),
    min: z.number(),
    max: z.number(),
    step: z.number(),
    levels: z.array(criterionLevel),
    position: z.number().int(),
  })
  .strict();
export const timerDefaults = z
  .object({
    pitchMs: durationMs,
    qaMs: durationMs,
    changeoverMs: durationMs,
    amberAtMs: durationMs,
    redAtMs: durationMs,
  })
  .strict();
export const eventSetup = z
  .object({
    event: eventInfo,
    teams: z.array(team),
    jurors: z.array(juror),
    criteria: z.array(criterion),
    timer: timerDefaults,
  })
  .strict();
