import type { z } from 'zod';
import { appCalls } from './app';
import { audienceCalls } from './audience';
import type { CALL_SCOPES } from './call-scopes';
import { dataCalls } from './data';
import { declarationsCalls } from './declarations';
import { documentsCalls } from './documents';
import { lanCalls } from './lan';
import { observerCalls } from './observer';
import { resultsCalls } from './results';
import { roomPushCalls } from './room-push';
import { roomsCalls } from './rooms';
import { scoringCalls } from './scoring';
import { sessionCalls } from './session';
import { setupCalls } from './setup';
import { tracksCalls } from './tracks';

export { type EventName, type EventPayload, events } from './events';

/**
 * The one contract between renderer and main. Every call is declared here once
 * with its input and output schemas; the preload allowlist (names.ts), the IPC
 * wrapper and the typed renderer client all derive from it.
 */
export const calls = {
  ...appCalls,
  ...setupCalls,
  ...sessionCalls,
  ...scoringCalls,
  ...resultsCalls,
  ...dataCalls,
  ...documentsCalls,
  ...lanCalls,
  ...declarationsCalls,
  ...observerCalls,
  ...tracksCalls,
  ...roomsCalls,
  ...audienceCalls,
  ...roomPushCalls,
} as const;

export type Calls = typeof calls;
export type CallName = keyof Calls;
export type { CallError, CallResult } from './result';
export type CallInput<N extends CallName> = z.input<Calls[N]['input']>;
export type CallOutput<N extends CallName> = z.output<Calls[N]['output']>;

/**
 * Every call declares its refresh scopes once, in the `*.scopes.ts` file next
 * to its schemas: a call without a declaration, or a declaration without a
 * call, fails to typecheck here and names the call.
 */
type Undeclared = Exclude<CallName, keyof typeof CALL_SCOPES>;
type Unknown = Exclude<keyof typeof CALL_SCOPES, CallName>;
const everyCallDeclaresItsScopes: [Undeclared, Unknown] extends [never, never]
  ? true
  : { undeclared: Undeclared; unknown: Unknown } = true;
void everyCallDeclaresItsScopes;

import type { CallResult } from './result';

/** What the preload exposes as `window.pitchJury` (and what E2E injects). */
export interface PitchJuryBridge {
  invoke(name: string, input: unknown): Promise<CallResult<unknown>>;
  on(event: string, listener: (payload: unknown) => void): () => void;
}
