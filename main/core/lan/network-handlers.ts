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
 * The sheet operations are the scoring core's own (recusals, locked results,
 * scale checks, hash chain), with the writes made idempotent per key.
 */

import { CALL_NAMES } from '../../../common/contract/names';
import type { JurorCard } from '../../../common/contract/scoring';
import type { AppContext } from '../api/context';
import type { Handler, Handlers } from '../api/handler-types';
import type { Db } from '../db/open';
import { DomainError } from '../errors';
import { getJuror } from '../event/jurors';
import { jurorActor, reopenSheet, saveSheetDraft, submitSheet } from '../scoring/sheet-ops';
import { criterionOrder, readJurorForm, toSheetView } from '../scoring/sheet-view';
import type { Principal } from './credentials';
import { runOnce } from './idempotency';

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

export function networkHandlers(ctx: AppContext, reads: ViewerReads, call: NetworkCall): Handlers {
  const { principal } = call;
  if (principal.role === 'viewer') return { ...REFUSING, ...reads };
  const jurorId = principal.jurorId;
  if (jurorId === null) return REFUSING;

  const db = (): Db => ctx.requireSession().db;
  const now = () => new Date().toISOString();
  const owner = (teamId: number) => ({ jurorId, teamId, actor: jurorActor(jurorId) });
  /** A write: once per key, announced only when it changed something. */
  const write = <T>(name: string, input: { token: string }, run: (database: Db, atUtc: string) => T): T => {
    const database = db();
    const atUtc = now();
    // The form handle plays no part in what the request means.
    const { token: _handle, ...meaning } = input;
    const result = call.key
      ? runOnce(
          database,
          { credentialId: principal.credentialId, key: call.key, name, input: meaning, atUtc },
          () => run(database, atUtc),
        )
      : { value: run(database, atUtc), replayed: false };
    if (!result.replayed) ctx.changed(['scores']);
    return result.value;
  };

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
      write('scoring.saveDraft', input, (database, atUtc) =>
        toSheetView(
          saveSheetDraft(
            database,
            owner(input.teamId),
            { scores: input.scores, comment: input.comment, commentBase: input.commentBase },
            atUtc,
          ),
          criterionOrder(database),
        ),
      ),
    'scoring.submit': (input) =>
      write('scoring.submit', input, (database, atUtc) =>
        toSheetView(
          submitSheet(
            database,
            owner(input.teamId),
            { scores: input.scores, comment: input.comment, commentBase: input.commentBase },
            atUtc,
          ),
          criterionOrder(database),
        ),
      ),
    'scoring.reopen': (input) =>
      write('scoring.reopen', input, (database, atUtc) =>
        toSheetView(
          reopenSheet(database, owner(input.teamId), input.reason, atUtc),
          criterionOrder(database),
        ),
      ),
  };
}
