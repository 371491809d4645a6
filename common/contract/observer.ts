import { z } from 'zod';
import { empty, id } from './schemas';

/**
 * The independent observer's one read (the `observer` network role,
 * common/contract/lan-roles/observer.ts): how far scoring is, whether the
 * score log verifies, the locked results' fingerprint and, once the results
 * are locked and not before, the score log itself with every field its hash
 * covers, so a witness can recompute the chain on their own.
 */

const teamProgress = z
  .object({ teamId: id, name: z.string(), expected: z.number().int(), submitted: z.number().int() })
  .strict();
const jurorProgress = z
  .object({ jurorId: id, name: z.string(), expected: z.number().int(), submitted: z.number().int() })
  .strict();

const logEntry = z
  .object({
    seq: z.number().int(),
    jurorId: id,
    teamId: id,
    criterionId: id.nullable(),
    value: z.number().nullable(),
    kind: z.enum(['score', 'comment', 'submit', 'reopen']),
    comment: z.string().nullable(),
    actor: z.string(),
    atUtc: z.string(),
    reason: z.string().nullable(),
    prevHash: z.string(),
    hash: z.string(),
    /** Names at reading time, for the reader (not part of the hash). */
    jurorName: z.string(),
    teamName: z.string(),
    criterionName: z.string().nullable(),
  })
  .strict();

const observerView = z
  .object({
    eventName: z.string(),
    progress: z
      .object({
        teams: z.array(teamProgress),
        jurors: z.array(jurorProgress),
        submittedTotal: z.number().int(),
        expectedTotal: z.number().int(),
      })
      .strict(),
    verification: z.discriminatedUnion('ok', [
      z.object({ ok: z.literal(true), count: z.number().int(), lastHash: z.string() }).strict(),
      z.object({ ok: z.literal(false), brokenAtSeq: z.number().int(), reason: z.string() }).strict(),
    ]),
    lock: z
      .object({
        locked: z.boolean(),
        /** The latest lock: when, by whom, and the SHA-256 of the locked results (their fingerprint). */
        atUtc: z.string().nullable(),
        by: z.string().nullable(),
        fingerprint: z.string().nullable(),
      })
      .strict(),
    /** Null while the results are not locked. */
    log: z.array(logEntry).nullable(),
  })
  .strict();

export const observerCalls = {
  'observer.view': { input: empty, output: observerView },
} as const;

export type ObserverView = z.infer<typeof observerView>;
export type ObserverLogEntry = z.infer<typeof logEntry>;
