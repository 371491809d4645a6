import { join } from 'node:path';
import type { CallName, CallOutput, CallResult, EventName, EventPayload } from '../../common/contract';
import { createCore } from '../../main/core/api/core';
import type { Dispatch } from '../../main/core/api/dispatch';
import { AppContext, type PlatformServices } from '../../main/core/context/app-context';
import { SettingsStore } from '../../main/core/settings';

/** A contract call that resolves to its value, as the UI's `call` does. */
export type Call = <N extends CallName>(name: N, input: unknown) => Promise<CallOutput<N>>;

/**
 * The app core as the Electron main process builds it (AppContext, its
 * services and the dispatcher, French UI) over the folder `dir`, without vitest hooks: for
 * benchmarks, child processes and suites that build once in a beforeAll.
 * The caller closes the event file and removes the folder.
 */
export function coreApp(
  dir: string,
  options: {
    version?: string;
    /** OS dialogs and viewers; by default every dialog is cancelled. */
    platform?: Partial<PlatformServices>;
    emit?: <N extends EventName>(name: N, payload: EventPayload<N>) => void;
  } = {},
) {
  const ctx = new AppContext({
    version: options.version ?? 'test',
    eventsDir: join(dir, 'events'),
    dataDir: dir,
    settings: new SettingsStore(null, { uiLocale: 'fr' }),
    platform: {
      pickEventFileToOpen: async () => null,
      pickCopyDestination: async () => null,
      ...options.platform,
    },
    emit: options.emit ?? (() => undefined),
  });
  const { dispatch, services } = createCore(ctx, { checkOutputs: true });
  const invoke = (name: string, input: unknown) => dispatch(name, input, { trustedSender: true });
  return { dir, ctx, services, dispatch, invoke, call: callOrThrow(dispatch) };
}

export type CoreApp = ReturnType<typeof coreApp>;

/** Calls through the dispatcher as our own window; a refusal throws with its message. */
export function callOrThrow(dispatch: Dispatch): Call {
  return async <N extends CallName>(name: N, input: unknown) => {
    const result = (await dispatch(name, input, { trustedSender: true })) as CallResult<CallOutput<N>>;
    if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
    return result.value;
  };
}
