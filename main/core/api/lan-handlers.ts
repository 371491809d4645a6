import type { AppContext } from '../context/app-context';
import type { HandlerMap } from '../context/handler-types';
import { saveLoginCardsPdf } from '../documents-app/login-cards-file';
import { readObserverView } from '../lan/roles/observer/view';
import type { LanService } from '../lan/service';

type LanCall =
  | 'lan.status'
  | 'lan.start'
  | 'lan.stop'
  | 'lan.issueJurorLogins'
  | 'lan.createViewerLink'
  | 'lan.revoke'
  | 'lan.saveLoginCards'
  | 'lan.createLink'
  | 'observer.view';

/**
 * The chair's side of the local network (main/core/lan). These calls come
 * from the app's own windows only: network pages reach nothing but their
 * role's calls (common/contract/lan.ts), and none of these.
 */
export function lanHandlers(ctx: AppContext, services: { lan: LanService }): HandlerMap<LanCall> {
  const { lan } = services;
  return {
    'lan.status': () => lan.status(),
    'lan.start': async ({ address, port }) => {
      await lan.start(address, port);
      return lan.status();
    },
    'lan.stop': async () => {
      await lan.stop();
      return lan.status();
    },
    'lan.issueJurorLogins': async ({ jurorIds }) => ({ logins: await lan.issueJurorLogins(jurorIds) }),
    'lan.createViewerLink': ({ label }) => lan.createViewerLink(label),
    'lan.createLink': ({ role, label }) => lan.createLink(role, label),
    // The chair may see exactly what an observer sees.
    'observer.view': () => readObserverView(ctx.requireEventFile().db),
    'lan.revoke': ({ credentialId }) => {
      lan.revoke(credentialId);
      return lan.status();
    },
    // The network provides the cards' content, the documents layer prints them.
    'lan.saveLoginCards': ({ logins, locale }) =>
      saveLoginCardsPdf(ctx, { ...lan.loginCards(logins), locale }),
  };
}
