import { CALL_SCOPES, type ScopedCallName } from './call-scopes';

/**
 * The allowlist of channel names, without any schema code, so the sandboxed
 * preload stays one small CommonJS file. The call names are the keys of the
 * contract's zod-free call table (call-scopes.ts, which index.ts holds to
 * exactly the calls); test/unit/contract checks both lists against the contract.
 */
export const CALL_NAMES = Object.keys(CALL_SCOPES) as readonly ScopedCallName[];

export const EVENT_NAMES = [
  'event.changed',
  'menu.command',
  'timer.changed',
  'documents.progress',
  'import.progress',
] as const;

/** IPC channel prefixes, so our channels never collide with Electron's own. */
export const CALL_CHANNEL_PREFIX = 'pj:call:';
export const EVENT_CHANNEL_PREFIX = 'pj:event:';
