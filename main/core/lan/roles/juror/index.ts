/**
 * A juror's phone. The juror is the login's, never the input's. The form's
 * session token (`scoring.identify`) is an opaque handle of the login: the
 * login is the authentication (a 128-bit token, or the card's PIN,
 * throttled), so the laptop's optional form PIN is not asked again on the
 * juror's own phone. The sheet writes are the window's own service
 * (scoring/juror-sheets.ts: recusals, locked results, scale checks, hash
 * chain, announcement, milestone backup), with the writes made idempotent per key.
 */
import { jurorRole } from '../../../../../common/contract/lan-roles/juror';
import type { JurorCard } from '../../../../../common/contract/scoring';
import type { Db } from '../../../db/open';
import { DomainError } from '../../../errors';
import { getJuror } from '../../../event/jurors';
import type { Once } from '../../../scoring/juror-sheets';
import { jurorActor } from '../../../scoring/sheet-ops';
import { readJurorForm } from '../../../scoring/sheet-view';
import { runOnce } from '../../idempotency';
import type { NetworkRoleDefinition } from '../types';

/** The opaque form session of a login (the contract wants a token of 16+ characters). */
export function formHandle(credentialId: number): string {
  return `network.${String(credentialId).padStart(8, '0')}`;
}

export const juror: NetworkRoleDefinition<'juror'> = {
  ...jurorRole,
  handlers(ctx, services, call) {
    const { principal } = call;
    const jurorId = principal.jurorId;
    // A juror login without its juror reaches nothing.
    if (jurorId === null) return {};

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
          {
            credentialId: principal.credentialId,
            key,
            name,
            input: meaning,
            atUtc: new Date().toISOString(),
          },
          write,
        );
    };
    const { sheets } = services;

    return {
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
      'scoring.declare': (input) =>
        sheets.declare(
          { jurorId, links: input.links, actor: jurorActor(jurorId) },
          once('scoring.declare', input),
        ),
    };
  },
};
