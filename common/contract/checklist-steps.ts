/**
 * The steps of a pitch day, in order, as plain values (no zod: the core's
 * checklist and the renderer import them; the contract derives its enum).
 */
export const CHECKLIST_STEPS = [
  'event',
  'teams',
  'jurors',
  'criteria',
  'order',
  'projector',
  // Shown only while the chair requires declarations of interest before scoring.
  'declarations',
  'scoring',
  'results',
  'lock',
  'documents',
] as const;
export type ChecklistStep = (typeof CHECKLIST_STEPS)[number];
