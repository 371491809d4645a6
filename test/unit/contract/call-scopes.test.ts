/**
 * Refresh scopes are declared once per call (common/contract/*.scopes.ts):
 * pages re-read from the call's `reads`, and a handler may announce only its
 * call's `invalidates` (the dispatcher checks it in tests and development
 * builds, so every dispatcher test of the suite also checks the handlers it
 * drives). Typos are type errors (`npm run typecheck` checks the
 * @ts-expect-error lines).
 */
import { describe, expect, it } from 'vitest';
import { calls } from '../../../common/contract';
import { CALL_SCOPES } from '../../../common/contract/call-scopes';
import { CALL_NAMES } from '../../../common/contract/names';
import { REFRESH_SCOPES, reads, writes } from '../../../common/contract/refresh-scopes';
import { createDispatcher } from '../../../main/core/api/dispatch';
import { createHandlers } from '../../../main/core/api/handlers';
import type { Handlers } from '../../../main/core/context/handler-types';
import { readsAnyOf } from '../../../renderer/src/hooks';
import { testApp } from '../../support/temp';

const trusted = { trustedSender: true };

describe('call scopes', () => {
  it('are declared for every call, reads and invalidates, with known scopes only', () => {
    expect(Object.keys(CALL_SCOPES).sort()).toEqual(Object.keys(calls).sort());
    expect([...CALL_NAMES].sort()).toEqual(Object.keys(calls).sort());
    for (const [name, scopes] of Object.entries(CALL_SCOPES)) {
      expect(Array.isArray(scopes.reads), name).toBe(true);
      expect(Array.isArray(scopes.invalidates), name).toBe(true);
      for (const scope of [...scopes.reads, ...scopes.invalidates])
        expect(REFRESH_SCOPES, name).toContain(scope);
    }
    // @ts-expect-error 'scroes' is not a refresh scope
    expect(() => reads('scroes')).not.toThrow();
    // @ts-expect-error 'result' is not a refresh scope (it is 'results')
    expect(() => writes('result')).not.toThrow();
  });

  it('drive what a page re-reads: the call’s reads, and every call when another file opens', () => {
    expect(readsAnyOf('scores.grid', ['scores'])).toBe(true);
    expect(readsAnyOf('scores.grid', ['order'])).toBe(true);
    expect(readsAnyOf('scores.grid', ['backup', 'lan'])).toBe(false);
    expect(readsAnyOf('backup.status', ['file'])).toBe(true);
    expect(readsAnyOf('setup.get', ['display'])).toBe(false);
  });

  it('make the dispatcher refuse a handler that announces a scope its call does not declare', async () => {
    const { ctx, services, emitted } = testApp();
    const real = createHandlers(ctx, services);
    const handlers: Handlers = {
      ...real,
      'checklist.mark': () => {
        ctx.changed(['checklist', 'results']);
        return real['checklist.get']({});
      },
    };
    await real['file.loadDemo']({});
    const checked = createDispatcher(ctx, handlers, { scopes: true });
    const result = await checked('checklist.mark', { step: 'projector', done: true }, trusted);
    expect(result).toMatchObject({ ok: false, error: { code: 'error.internal' } });
    if (!result.ok) expect(result.error.message).toContain('checklist.mark announced results');
    // Production builds do not check: the same handler answers.
    emitted.length = 0;
    const unchecked = createDispatcher(ctx, handlers, {});
    const answer = await unchecked('checklist.mark', { step: 'projector', done: true }, trusted);
    expect(answer).toMatchObject({ ok: true });
    expect(emitted).toHaveLength(1);
  });

  it('attribute announcements to the call that made them, across awaits and calls in flight together', async () => {
    const { ctx, services } = testApp();
    const real = createHandlers(ctx, services);
    const later: (() => void)[] = [];
    const handlers: Handlers = {
      ...real,
      // Declares 'display': announces it after an await, while the other call runs.
      'display.toggleBlackout': async () => {
        await new Promise<void>((resolve) => later.push(resolve));
        ctx.changed(['display']);
        return real['display.toggleBlackout']({});
      },
      // Declares 'ceremony' only.
      'ceremony.next': async () => {
        await new Promise<void>((resolve) => later.push(resolve));
        ctx.changed(['ceremony']);
        // Work left running after the answer (a job settling) is not the call's announcement.
        setImmediate(() => ctx.changed(['documents']));
        return real['ceremony.plan']({});
      },
    };
    await real['file.loadDemo']({});
    const dispatch = createDispatcher(ctx, handlers, { scopes: true });
    const both = Promise.all([
      dispatch('display.toggleBlackout', {}, trusted),
      dispatch('ceremony.next', {}, trusted),
    ]);
    for (let turn = 0; turn < 100 && later.length < 2; turn++)
      await new Promise((resolve) => setImmediate(resolve));
    expect(later).toHaveLength(2);
    for (const resume of later.reverse()) resume();
    const [display, ceremony] = await both;
    expect(display).toMatchObject({ ok: true });
    expect(ceremony).toMatchObject({ ok: true });
    await new Promise((resolve) => setImmediate(resolve));
  });
});
