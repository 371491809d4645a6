import { lanServiceOf } from '../lan/registry';
import type { AppContext } from './context';
import type { HandlerMap } from './handler-types';

type LanCall =
  | 'lan.status'
  | 'lan.start'
  | 'lan.stop'
  | 'lan.issueJurorLogins'
  | 'lan.createViewerLink'
  | 'lan.revoke'
  | 'lan.saveLoginCards';

/**
 * The chair's side of the local network (main/core/lan). These calls come
 * from the app's own windows only: network pages reach nothing but their
 * role's calls (common/contract/lan.ts), and none of these.
 */
export function lanHandlers(ctx: AppContext): HandlerMap<LanCall> {
  const lan = () => lanServiceOf(ctx);
  return {
    'lan.status': () => lan().status(),
    'lan.start': async ({ address, port }) => {
      await lan().start(address, port);
      return lan().status();
    },
    'lan.stop': async () => {
      await lan().stop();
      return lan().status();
    },
    'lan.issueJurorLogins': async ({ jurorIds }) => ({ logins: await lan().issueJurorLogins(jurorIds) }),
    'lan.createViewerLink': ({ label }) => lan().createViewerLink(label),
    'lan.revoke': ({ credentialId }) => {
      lan().revoke(credentialId);
      return lan().status();
    },
    'lan.saveLoginCards': ({ logins, locale }) => lan().saveLoginCards(logins, locale),
  };
}
