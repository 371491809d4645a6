import { describe, expect, it } from 'vitest';
import { createDispatcher } from '../../../main/core/api/dispatch';
import { createHandlers } from '../../../main/core/api/handlers';
import type { Handlers } from '../../../main/core/context/handler-types';
import { testApp } from '../../support/temp';

describe('the dispatcher checks answers against the contract', () => {
  it('refuses, in tests and development builds, an answer outside its output schema and names the field', async () => {
    const { ctx, services } = testApp();
    const real = createHandlers(ctx, services);
    // A handler that drifted from the contract: app.info's schemaVersion must be an integer.
    const drifted = {
      ...real,
      'app.info': async () => ({ ...(await real['app.info']({})), schemaVersion: 'seven' }),
    } as unknown as Handlers;
    const checked = await createDispatcher(ctx, drifted, { outputs: true })(
      'app.info',
      {},
      { trustedSender: true },
    );
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.error.code).toBe('error.internal');
    expect(checked.error.params?.message).toContain('app.info answered outside its output schema');
    expect(checked.error.params?.message).toContain('schemaVersion');
    // Production does not pay for the check: the same answer goes through unchanged.
    const unchecked = await createDispatcher(ctx, drifted)('app.info', {}, { trustedSender: true });
    expect(unchecked).toMatchObject({ ok: true, value: { schemaVersion: 'seven' } });
  });
});
