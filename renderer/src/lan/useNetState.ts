import { useSyncExternalStore } from 'react';
import type { NetBridge, NetState } from '../net/ws-bridge';

/** The bridge's connection state, re-rendering on its changes only. */
export function useNetState(bridge: NetBridge): NetState {
  return useSyncExternalStore(bridge.subscribeState, bridge.getState);
}
