import type { LanRoleSpec } from './types';

/** A juror's own phone: its own juror form, nothing else. */
export const jurorRole = {
  role: 'juror',
  credential: 'personal',
  calls: [
    'scoring.jurors',
    'scoring.identify',
    'scoring.signOut',
    'scoring.form',
    'scoring.saveDraft',
    'scoring.submit',
    'scoring.reopen',
    'scoring.declare',
  ],
  events: ['event.changed'],
  idempotentCalls: ['scoring.saveDraft', 'scoring.submit', 'scoring.reopen', 'scoring.declare'],
} as const satisfies LanRoleSpec<'juror'>;
