import { useSyncExternalStore } from 'react';
import { networkBridge } from '../net/install';
import type { NetBridge, NetState } from '../net/ws-bridge';

/** The bridge's connection state, re-rendering on its changes only. */
export function useNetState(bridge: NetBridge): NetState {
  return useSyncExternalStore(bridge.subscribeState, bridge.getState);
}

const noBridge = () => () => undefined;
const nothing = () => null;

/** The network state on a phone or a viewer screen; null in the app's own windows (no network there). */
export function useOptionalNetState(): NetState | null {
  const bridge = networkBridge();
  return useSyncExternalStore(bridge?.subscribeState ?? noBridge, bridge?.getState ?? nothing);
}
