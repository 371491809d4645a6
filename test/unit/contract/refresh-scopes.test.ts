/**
 * Refresh scopes are one list (common/contract/refresh-scopes.ts): a misspelt
 * scope is a type error where it is announced and where a page listens
 * (`npm run typecheck` checks the @ts-expect-error lines below), and the
 * event schema refuses it at run time.
 */
import { describe, expect, it } from 'vitest';
import { events } from '../../../common/contract';
import { REFRESH_SCOPES, type RefreshScope } from '../../../common/contract/refresh-scopes';
import type { AppContext } from '../../../main/core/context/app-context';
import { testApp } from '../../support/temp';

describe('refresh scopes', () => {
  it('announce only the declared scopes', () => {
    const app = testApp();
    app.ctx.changed(['scores', 'results']);
    expect(app.emitted.at(-1)?.payload).toMatchObject({ scopes: ['scores', 'results'] });
    const misspelt = (ctx: AppContext) =>
      // @ts-expect-error 'scroes' is not a refresh scope
      ctx.changed(['scroes']);
    expect(typeof misspelt).toBe('function');
    // @ts-expect-error 'result' is not a refresh scope (it is 'results')
    const listened: RefreshScope[] = ['result'];
    expect(REFRESH_SCOPES).not.toContain(listened[0]);
  });

  it('are checked by the event schema', () => {
    const schema = events['event.changed'];
    expect(schema.safeParse({ revision: 1, scopes: ['scores'] }).success).toBe(true);
    expect(schema.safeParse({ revision: 1, scopes: ['scroes'] }).success).toBe(false);
  });
});
