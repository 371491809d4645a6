/**
 * One LAN service per app context (there is one context per app, and one per
 * test). The handlers find it here, and so can the host that needs to stop
 * it (app quit) or a test that points it at another renderer folder.
 */
import type { AppContext } from '../api/context';
import { LanService } from './service';

const services = new WeakMap<AppContext, LanService>();

export function lanServiceOf(ctx: AppContext): LanService {
  let service = services.get(ctx);
  if (!service) {
    service = new LanService(ctx);
    services.set(ctx, service);
  }
  return service;
}
