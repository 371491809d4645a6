/**
 * What a network role is on the main side: its plain description
 * (common/contract/lan-roles/, shared with the renderer) plus the factory of
 * its handlers for one login and one call. network-handlers.ts keeps only
 * the handlers of the calls the role declares and refuses every other call.
 */
import type { LanRole, LanRoleSpec } from '../../../../common/contract/lan';
import type { AppContext } from '../../context/app-context';
import type { Handler, Handlers } from '../../context/handler-types';
import type { Db } from '../../db/open';
import type { JurorSheets } from '../../scoring/juror-sheets';
import type { Principal } from '../credentials';

/** The read-only calls of a viewer, taken from the app's own handlers. */
export interface ViewerReads {
  'timer.get': Handler<'timer.get'>;
  'display.get': Handler<'display.get'>;
  'ceremony.get': Handler<'ceremony.get'>;
  'audience.display': Handler<'audience.display'>;
}

/** The app's services a role's handlers may use (given by the composition root, main/core/api/core.ts). */
export interface NetworkRoleServices {
  reads: ViewerReads;
  sheets: JurorSheets;
}

export interface NetworkCall {
  principal: Principal;
  /** Idempotency key of a write, when the page sent one. */
  key: string | null;
}

export interface NetworkRoleDefinition<R extends LanRole = LanRole> extends LanRoleSpec<R> {
  /** The handlers of the role's calls for this login (any other entry is dropped). */
  handlers(ctx: AppContext, services: NetworkRoleServices, call: NetworkCall): Partial<Handlers>;
  /**
   * A role whose logins live in its own table (credential `own`) finds the
   * login of a token there; lan_credential logins are found by credentials.ts.
   * Its principal's `credentialId` must be negative, so the server's per-login
   * maps never mix it with a lan_credential row of the same number.
   */
  authenticate?(db: Db, token: string): Principal | null;
  /** Whether a login of an `own` credential still logs in (checked before every call). */
  isActive?(db: Db, principal: Principal): boolean;
}
