/** The chair's list of jurors keeps a trace of a revoked login, until a new card replaces it. */
import { describe, expect, it } from 'vitest';
import type { IssuedLogin } from '../../../common/contract/lan';
import { ok } from '../scoring/fixture';
import { lanApp } from './lan-app';

describe('a revoked juror login', () => {
  it('shows when it was revoked instead of “no card”, until a new card is issued', async () => {
    const event = await lanApp();
    const { app } = event;
    const jurorId = event.jurorIds[0] as number;
    const { logins } = await ok(app, 'lan.issueJurorLogins', { jurorIds: [jurorId] });
    const login = logins[0] as IssuedLogin;
    const before = await ok(app, 'lan.status', {});
    expect(before.jurors.find((j) => j.jurorId === jurorId)).toMatchObject({
      credentialId: login.credentialId,
      revokedAtUtc: null,
    });
    const status = await ok(app, 'lan.revoke', { credentialId: login.credentialId });
    const revoked = status.jurors.find((j) => j.jurorId === jurorId);
    expect(revoked?.credentialId).toBeNull();
    expect(revoked?.revokedAtUtc).toMatch(/^\d{4}-\d\d-\d\dT/);
    // Jurors never issued a card have no trace.
    expect(status.jurors.find((j) => j.jurorId === event.jurorIds[1])?.revokedAtUtc).toBeNull();
    await ok(app, 'lan.issueJurorLogins', { jurorIds: [jurorId] });
    const reissued = (await ok(app, 'lan.status', {})).jurors.find((j) => j.jurorId === jurorId);
    expect(reissued?.revokedAtUtc).toBeNull();
    expect(reissued?.credentialId).not.toBeNull();
  });
});
