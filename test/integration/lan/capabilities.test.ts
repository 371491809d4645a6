/**
 * What a network login can reach, checked on the handler map itself: every
 * call of the contract is refused unless it is one of the role's few, so a
 * call that controls the session is not even wired for the network.
 */
import { describe, expect, it } from 'vitest';
import { calls } from '../../../common/contract';
import { JUROR_CALLS, ROLE_CALLS, VIEWER_CALLS } from '../../../common/contract/lan';
import { DomainError } from '../../../main/core/errors';
import { networkHandlers, type ViewerReads } from '../../../main/core/lan/network-handlers';
import { testApp } from '../../support/temp';

const reads: ViewerReads = {
  'timer.get': () => ({ revision: 0, now: 0, state: {} }) as never,
  'display.get': () => ({}) as never,
  'ceremony.get': () => ({}) as never,
  'audience.display': () => ({}) as never,
};

describe('network capabilities', () => {
  it('are the projector’s reads for viewers and the juror form for jurors, nothing else', () => {
    expect([...VIEWER_CALLS]).toEqual(['timer.get', 'display.get', 'ceremony.get', 'audience.display']);
    expect([...JUROR_CALLS].sort()).toEqual([
      'scoring.declare',
      'scoring.form',
      'scoring.identify',
      'scoring.jurors',
      'scoring.reopen',
      'scoring.saveDraft',
      'scoring.signOut',
      'scoring.submit',
    ]);
    for (const name of [...VIEWER_CALLS, ...JUROR_CALLS]) expect(Object.hasOwn(calls, name), name).toBe(true);
  });

  it('refuse every other call of the contract in the handlers themselves', () => {
    const { ctx, services } = testApp();
    for (const role of ['juror', 'viewer'] as const) {
      const principal = { credentialId: 1, role, jurorId: role === 'juror' ? 1 : null, label: 'x' };
      const handlers = networkHandlers(ctx, { reads, sheets: services.sheets }, { principal, key: null });
      expect(Object.keys(handlers).sort()).toEqual(Object.keys(calls).sort());
      for (const [name, handler] of Object.entries(handlers)) {
        if (ROLE_CALLS[role].includes(name)) continue;
        let refusal: unknown = null;
        try {
          (handler as (input: unknown) => unknown)({});
        } catch (error) {
          refusal = error;
        }
        expect(refusal, `${role} → ${name}`).toBeInstanceOf(DomainError);
        expect((refusal as DomainError).code).toBe('lan.forbidden');
      }
    }
  });
});
