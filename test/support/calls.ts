import { expect } from 'vitest';
import type { CallName, CallOutput, CallResult } from '../../common/contract';
import type { Call } from './core';

/** What the helpers need of an app: testApp() in a test, coreApp() in a beforeAll. */
export interface Invoker {
  invoke: (name: string, input: unknown) => Promise<CallResult<unknown>>;
}

/** Calls through the real dispatcher and unwraps the value, failing the test with the message otherwise. */
export async function ok<N extends CallName>(app: Invoker, name: N, input: unknown): Promise<CallOutput<N>> {
  const result = (await app.invoke(name, input)) as CallResult<CallOutput<N>>;
  if (!result.ok) expect.fail(`${name} refused: ${result.error.code} ${result.error.message}`);
  return result.value;
}

/** The error of a call that must be refused. */
export async function refused(app: Invoker, name: CallName, input: unknown) {
  const result = await app.invoke(name, input);
  if (result.ok) expect.fail(`${name} should have been refused`);
  return result.error;
}

/** `ok` as a Call, for the fixtures that build an event. */
export function okCall(app: Invoker): Call {
  return (name, input) => ok(app, name, input);
}
