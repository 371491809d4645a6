import type { ReactElement } from 'react';
import { networkBridge } from '../net/install';
import { BallotNetPage } from './BallotNetPage';
import { JurorNetPage } from './JurorNetPage';
import { ViewerNetPage } from './ViewerNetPage';

/**
 * The page of a device that opened the laptop's address over the network,
 * or null in the app's own windows. `#/viewer/…` is a viewer screen; anything
 * else (including the bare address a juror types by hand) is the juror page.
 */
export function networkPageFor(route: readonly string[]): ReactElement | null {
  const bridge = networkBridge();
  if (!bridge) return null;
  if (route[0] === 'viewer') return <ViewerNetPage bridge={bridge} route={route} />;
  if (route[0] === 'ballot') return <BallotNetPage bridge={bridge} route={route} />;
  return <JurorNetPage bridge={bridge} route={route} />;
}
