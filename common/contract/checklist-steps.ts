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
  'scoring',
  'results',
  'lock',
  'documents',
] as const;
export type ChecklistStep = (typeof CHECKLIST_STEPS)[number];
