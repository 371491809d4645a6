/**
 * What `event.changed` can say changed, as plain values (no zod, the renderer
 * imports them). Main announces scopes with `ctx.changed([...])`; a page
 * re-reads when one of the scopes it lists in `useLive` changed ('file' —
 * another event file open — re-reads everything). A misspelt scope on either
 * side is a type error instead of a screen that silently never refreshes.
 */
export const REFRESH_SCOPES = [
  'app',
  'file',
  'setup',
  'jurors',
  'order',
  'display',
  'scores',
  'results',
  'ceremony',
  'documents',
  'backup',
  'lan',
  'checklist',
  'audience',
  'votes',
] as const;
export type RefreshScope = (typeof REFRESH_SCOPES)[number];

/**
 * What one call reads and what it invalidates, declared once per call in the
 * `*.scopes.ts` file next to its schemas. `useLive` re-reads a call when one
 * of its `reads` is announced; a write handler may announce only scopes in its
 * `invalidates` (the dispatcher checks it in tests and development builds).
 */
export interface CallScopes {
  readonly reads: readonly RefreshScope[];
  readonly invalidates: readonly RefreshScope[];
}

/** A read: re-read whenever one of `scopes` changes. */
export function reads(...scopes: RefreshScope[]): CallScopes {
  return { reads: scopes, invalidates: [] };
}

/** A write (or an action): announces at most `scopes`; none for an action that changes nothing shown. */
export function writes(...scopes: RefreshScope[]): CallScopes {
  return { reads: [], invalidates: scopes };
}
