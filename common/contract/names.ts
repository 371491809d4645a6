/**
 * The allowlist of channel names, without any schema code, so the sandboxed
 * preload stays one small CommonJS file. test/unit/contract checks that these
 * lists are exactly the keys of the contract.
 */
export const CALL_NAMES = [
  'app.info',
  'app.setUiLocale',
  'file.recent',
  'file.new',
  'file.open',
  'file.openRecent',
  'file.saveCopy',
  'file.loadDemo',
  'setup.get',
  'event.update',
  'timerDefaults.update',
  'teams.create',
  'teams.update',
  'teams.delete',
  'teams.reorder',
  'jurors.create',
  'jurors.update',
  'jurors.delete',
  'jurors.reorder',
  'criteria.create',
  'criteria.update',
  'criteria.delete',
  'criteria.reorder',
] as const;

export const EVENT_NAMES = ['event.changed', 'menu.command'] as const;

/** IPC channel prefixes, so our channels never collide with Electron's own. */
export const CALL_CHANNEL_PREFIX = 'pj:call:';
export const EVENT_CHANNEL_PREFIX = 'pj:event:';
