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
