import { appScopes } from './app.scopes';
import { audienceScopes } from './audience.scopes';
import { dataScopes } from './data.scopes';
import { declarationsScopes } from './declarations.scopes';
import { documentsScopes } from './documents.scopes';
import { lanScopes } from './lan.scopes';
import { observerScopes } from './observer.scopes';
import type { CallScopes } from './refresh-scopes';
import { resultsScopes } from './results.scopes';
import { roomPushScopes } from './room-push.scopes';
import { roomsScopes } from './rooms.scopes';
import { scoringScopes } from './scoring.scopes';
import { sessionScopes } from './session.scopes';
import { setupScopes } from './setup.scopes';
import { tracksScopes } from './tracks.scopes';

/**
 * The zod-free half of the contract's call table: every call's refresh
 * scopes, by name. Its keys are exactly the contract's calls (index.ts fails
 * to typecheck otherwise), so the call names the preload allows (names.ts)
 * derive from it without bundling a schema.
 */
export const CALL_SCOPES = {
  ...appScopes,
  ...setupScopes,
  ...sessionScopes,
  ...scoringScopes,
  ...resultsScopes,
  ...dataScopes,
  ...documentsScopes,
  ...lanScopes,
  ...declarationsScopes,
  ...observerScopes,
  ...tracksScopes,
  ...roomsScopes,
  ...audienceScopes,
  ...roomPushScopes,
} as const satisfies Record<string, CallScopes>;

export type ScopedCallName = keyof typeof CALL_SCOPES;
