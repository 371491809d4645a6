import { useCallback, useEffect, useState } from 'react';
import type { CallName, CallOutput } from '../../common/contract';
import type { RefreshScope } from '../../common/contract/refresh-scopes';
import { CallFailure, call, subscribe } from './api';

/**
 * Reads a contract call and re-reads it whenever main says the event changed
 * (in any window). Windows never hold authoritative state.
 */
export function useLive<N extends CallName>(
  name: N,
  input: Parameters<typeof call<N>>[1],
  scopes: readonly RefreshScope[],
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
  const scopeKey = scopes.join(',');
  // biome-ignore lint/correctness/useExhaustiveDependencies: `scopeKey` stands for `scopes`.
  useEffect(() => {
    reload();
    return subscribe('event.changed', ({ scopes: changed }) => {
      if (changed.some((s) => scopes.includes(s) || s === 'file')) reload();
    });
  }, [reload, scopeKey]);
  return { data, error, reload };
}
