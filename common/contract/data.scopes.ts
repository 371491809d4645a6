import { type CallScopes, reads, writes } from './refresh-scopes';

/** Refresh scopes of the calls in data.ts (zod-free: the renderer and the preload import it). */
export const dataScopes = {
  'import.help': reads(),
  'import.open': writes(),
  'import.preview': writes(),
  'import.commit': writes('setup'),
  'import.discard': writes(),
  'import.cancel': writes(),
  'import.eventJson': writes('file', 'setup'),
  'export.results': writes(),
  'export.event': writes(),
  'backup.status': reads('backup'),
  'backup.now': writes('backup'),
  'backup.chooseFolder': writes('backup'),
  'backup.resetFolder': writes('backup'),
  'backup.inspect': reads('backup'),
  'backup.restore': writes('backup', 'file', 'setup'),
} as const satisfies Record<string, CallScopes>;
