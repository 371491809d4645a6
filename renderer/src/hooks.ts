import { useCallback, useEffect, useState } from 'react';
import type { CallName, CallOutput } from '../../common/contract';
import { CALL_SCOPES } from '../../common/contract/call-scopes';
import type { RefreshScope } from '../../common/contract/refresh-scopes';
import { CallFailure, call, subscribe } from './api';

/**
 * Reads a contract call and re-reads it whenever main says that one of the
 * scopes the call declares it reads changed (in any window), or that another
 * event file is open. The scopes are the contract's (`*.scopes.ts`), never
 * the page's. Windows never hold authoritative state.
 */
export function useLive<N extends CallName>(
  name: N,
  input: Parameters<typeof call<N>>[1],
): { data: CallOutput<N> | null; error: string | null; reload: () => void } {
  const [data, setData] = useState<CallOutput<N> | null>(null);
  const [error, setError] = useState<string | null>(null);
  const key = JSON.stringify(input);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for `input`.
  const reload = useCallback(() => {
    call(name, input).then(
      (value) => {
        setData(value);
        setError(null);
      },
      (failure: unknown) => setError(failure instanceof CallFailure ? failure.message : String(failure)),
    );
  }, [name, key]);
  useEffect(() => {
    reload();
    return subscribe('event.changed', ({ scopes }) => {
      if (readsAnyOf(name, scopes)) reload();
    });
  }, [reload, name]);
  return { data, error, reload };
}

/** Whether an `event.changed` announcing `changed` concerns what call `name` reads ('file' concerns every call). */
export function readsAnyOf(name: CallName, changed: readonly RefreshScope[]): boolean {
  const reads: readonly RefreshScope[] = CALL_SCOPES[name].reads;
  return changed.some((scope) => scope === 'file' || reads.includes(scope));
}
