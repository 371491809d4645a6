import { useCallback, useEffect, useState } from 'react';
import type { LanRole } from '../../../common/contract/lan';
import {
  forgetToken,
  hideTokenFromAddressBar,
  storedToken,
  storeToken,
  tokenFromRoute,
} from '../net/credentials';
import type { NetBridge } from '../net/ws-bridge';

/**
 * The device's login: from a login link (`#/juror/<token>`, then stored and
 * taken out of the address bar) or from storage; the bridge connects with it.
 */
export function useDeviceToken(role: LanRole, route: readonly string[], bridge: NetBridge) {
  const fromRoute = tokenFromRoute(route);
  const [token, setToken] = useState<string | null>(() => fromRoute ?? storedToken(role));

  useEffect(() => {
    if (!fromRoute) return;
    storeToken(role, fromRoute);
    hideTokenFromAddressBar(role);
    setToken(fromRoute);
  }, [fromRoute, role]);

  useEffect(() => {
    if (token) bridge.connect(token);
  }, [token, bridge]);

  const use = useCallback(
    (next: string) => {
      storeToken(role, next);
      setToken(next);
    },
    [role],
  );
  const forget = useCallback(() => {
    bridge.disconnect();
    forgetToken(role);
    setToken(null);
  }, [bridge, role]);

  return { token, use, forget };
}
