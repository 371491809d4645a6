import { type CallScopes, reads, writes } from './refresh-scopes';

/** Refresh scopes of the calls in documents.ts (zod-free: the renderer and the preload import it). */
export const documentsScopes = {
  'documents.overview': reads('documents', 'setup', 'results', 'order'),
  'documents.jobs': reads('documents'),
  'documents.generate': writes('documents'),
  'documents.cancel': writes('documents'),
  'documents.save': writes('documents'),
  'documents.open': writes(),
  'documents.print': writes(),
  'documents.verify': reads('documents'),
  'signatories.list': reads('documents'),
  'signatories.create': writes('documents'),
  'signatories.update': writes('documents'),
  'signatories.delete': writes('documents'),
  'signatories.reorder': writes('documents'),
} as const satisfies Record<string, CallScopes>;
