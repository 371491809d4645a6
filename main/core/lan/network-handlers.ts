/**
 * The handlers a network page reaches, built for ONE login and ONE call and
 * passed to the app's own dispatcher (validation, translation, error shape are
 * the same as over IPC). Everything a role may not call is a handler that
 * refuses: even a bug in the capability check in front cannot reach a call
 * that controls the session, because it is simply not wired here.
 *
 * Jurors: the juror is the login's, never the input's. The form's session
 * token (`scoring.identify`) is an opaque handle of the login: the login is
 * the authentication (a 128-bit token, or the card's PIN, throttled), so the
 * laptop's optional form PIN is not asked again on the juror's own phone.
 * The sheet writes are the window's own service (scoring/juror-sheets.ts:
 * recusals, locked results, scale checks, hash chain, announcement, milestone
 * backup), with the writes made idempotent per key.
 */

import { CALL_NAMES } from '../../../common/contract/names';
import type { JurorCard } from '../../../common/contract/scoring';
import type { AppContext } from '../context/app-context';
import type { Handler, Handlers } from '../context/handler-types';
import type { Db } from '../db/open';
import { DomainError } from '../errors';
import { getJuror } from '../event/jurors';
import type { JurorSheets, Once } from '../scoring/juror-sheets';
import { jurorActor } from '../scoring/sheet-ops';
import { readJurorForm } from '../scoring/sheet-view';
import type { Principal } from './credentials';
import { runOnce } from './idempotency';
import { ballotRole } from './roles/ballot';

/** The read-only calls of a viewer, taken from the app's own handlers. */
export interface ViewerReads {
  'timer.get': Handler<'timer.get'>;
  'display.get': Handler<'display.get'>;
  'ceremony.get': Handler<'ceremony.get'>;
}

export interface NetworkCall {
  principal: Principal;
  /** Idempotency key of a write, when the page sent one. */
  key: string | null;
}

const refuse = (): never => {
  throw new DomainError('lan.forbidden');
};

/** Every call of the contract, refusing. The type cannot follow a computed map: checked by a test instead. */
const REFUSING = Object.fromEntries(CALL_NAMES.map((name) => [name, refuse])) as unknown as Handlers;

/** The opaque form session of a login (the contract wants a token of 16+ characters). */
export function formHandle(credentialId: number): string {
  return `network.${String(credentialId).padStart(8, '0')}`;
}

export function networkHandlers(
  ctx: AppContext,
  services: { reads: ViewerReads; sheets: JurorSheets },
  call: NetworkCall,
): Handlers {
  const { principal } = call;
  if (principal.role === 'viewer') return { ...REFUSING, ...services.reads };
  if (principal.role === 'ballot') return { ...REFUSING, ...ballotRole.handlers(ctx, services, call) };
  const jurorId = principal.jurorId;
  if (jurorId === null) return REFUSING;

  const db = (): Db => ctx.requireEventFile().db;
  const owner = (teamId: number) => ({ jurorId, teamId, actor: jurorActor(jurorId) });
  /** Once per key when the page sent one; the form handle plays no part in what the request means. */
  const once = (name: string, input: { token: string }): Once | undefined => {
    const key = call.key;
    if (!key) return undefined;
    const { token: _handle, ...meaning } = input;
    return (write) =>
      runOnce(
        db(),
        { credentialId: principal.credentialId, key, name, input: meaning, atUtc: new Date().toISOString() },
        write,
      );
  };
  const { sheets } = services;

  return {
    ...REFUSING,
    'scoring.jurors': (): JurorCard[] => {
      const juror = getJuror(db(), jurorId);
      return [{ id: juror.id, name: juror.name, title: juror.title, hasPin: false }];
    },
    'scoring.identify': (input) => {
      if (input.jurorId !== jurorId) throw new DomainError('lan.forbidden');
      return { token: formHandle(principal.credentialId), jurorId };
    },
    'scoring.signOut': () => null,
    'scoring.form': () => readJurorForm(db(), jurorId),
    'scoring.saveDraft': (input) =>
      sheets.saveDraft(
        owner(input.teamId),
        { scores: input.scores, comment: input.comment, commentBase: input.commentBase },
        once('scoring.saveDraft', input),
      ),
    'scoring.submit': (input) =>
      sheets.submit(
        owner(input.teamId),
        { scores: input.scores, comment: input.comment, commentBase: input.commentBase },
        once('scoring.submit', input),
      ),
    'scoring.reopen': (input) =>
      sheets.reopen(owner(input.teamId), input.reason, once('scoring.reopen', input)),
  };
}
