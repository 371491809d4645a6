import type { ReactElement } from 'react';
import { isLanRole } from '../../../common/contract/lan-roles';
import { networkBridge } from '../net/install';
import { ROLE_PAGES } from './role-pages';

/**
 * The page of a device that opened the laptop's address over the network,
 * or null in the app's own windows. `#/<role>/…` opens that role's page
 * (role-pages.tsx); anything else (including the bare address a juror types
 * by hand) is the juror page.
 */
export function networkPageFor(route: readonly string[]): ReactElement | null {
  const bridge = networkBridge();
  if (!bridge) return null;
  const role = isLanRole(route[0]) ? route[0] : 'juror';
  const Page = ROLE_PAGES[role];
  return <Page bridge={bridge} route={route} />;
}
