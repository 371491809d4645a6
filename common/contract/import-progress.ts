import { z } from 'zod';

/**
 * Where a pending import is, pushed by main while its worker reads the file,
 * checks every row against the event, then writes it (main/core/data/import-pending.ts).
 */
export const IMPORT_PHASES = ['reading', 'checking', 'writing'] as const;

export const importProgressEvents = {
  /**
   * `token` is the pending import's (the one `import.open` answers with its preview);
   * `done`/`total` count rows of the file while reading and checking, teams or jurors
   * while writing; `total` is null while the file is still being read.
   */
  'import.progress': z
    .object({
      token: z.string().max(64),
      phase: z.enum(IMPORT_PHASES),
      done: z.number().int().min(0),
      total: z.number().int().min(0).nullable(),
    })
    .strict(),
} as const;

export type ImportPhaseName = (typeof IMPORT_PHASES)[number];
