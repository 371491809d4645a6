/**
 * The ballot role as the role registry wires it (common/contract/lan-roles/ballot.ts):
 * its `scopes` keep a ballot's page from re-reading on every vote cast, and its
 * `own` credential keeps its logins out of the chair's device list.
 */
import { describe, expect, it } from 'vitest';
import type { IssuedBallotView } from '../../../common/contract/audience';
import { LAN_ROLE_SPECS, roleFollowsChange } from '../../../common/contract/lan';
import { NETWORK_ROLES } from '../../../main/core/lan/roles';
import { lanApp } from '../lan/lan-app';
import { NetClient } from '../lan/net-client';
import { ok } from '../scoring/fixture';

const changes = (client: NetClient, scope: string) =>
  client.events.filter(
    (e) => e.name === 'event.changed' && (e.payload as { scopes: string[] }).scopes.includes(scope),
  ).length;

async function until(done: () => boolean): Promise<void> {
  // Bounded by count, not time: a coalesced push arrives within a few turns of the event loop.
  for (let i = 0; i < 300 && !done(); i++) await new Promise((r) => setTimeout(r, 10));
}

describe('the ballot role in the registry', () => {
  it('declares an own credential that its definition authenticates, and the scopes its page follows', () => {
    expect(LAN_ROLE_SPECS.ballot).toMatchObject({ credential: 'own', writeCalls: ['vote.cast'] });
    expect(typeof NETWORK_ROLES.ballot.authenticate).toBe('function');
    expect(roleFollowsChange('ballot', ['votes'])).toBe(false);
    expect(roleFollowsChange('ballot', ['votes', 'audience'])).toBe(true);
    expect(roleFollowsChange('ballot', ['file'])).toBe(true);
    expect(roleFollowsChange('viewer', ['votes'])).toBe(true);
  });

  it('a ballot page is told of the vote opening, not of another ballot’s vote; ballots are not listed as devices', async () => {
    const lan = await lanApp();
    const [a, b] = (await ok(lan.app, 'audience.createBallots', { count: 2 })).ballots as [
      IssuedBallotView,
      IssuedBallotView,
    ];
    const phoneA = await NetClient.connect(lan.url, a.token);
    const phoneB = await NetClient.connect(lan.url, b.token);
    const screen = await NetClient.connect(lan.url, (await lan.viewer()).token);

    await ok(lan.app, 'audience.setVoting', { state: 'open' });
    await until(() => changes(phoneA, 'audience') > 0 && changes(screen, 'votes') > 0);
    expect(changes(phoneA, 'audience')).toBe(1);
    const votesSeenByScreen = changes(screen, 'votes');

    expect(await phoneB.call('vote.cast', { teamId: lan.teamIds[0] })).toMatchObject({ ok: true });
    await until(() => changes(screen, 'votes') > votesSeenByScreen);
    expect(changes(screen, 'votes')).toBe(votesSeenByScreen + 1);
    await phoneA.call('vote.get', {});
    expect(changes(phoneA, 'votes')).toBe(1); // only the opening's, which also said 'audience'

    // Two ballot phones and one screen are connected: the chair's list shows the screen only.
    expect((await lan.lanStatus()).devices.map((d) => d.role)).toEqual(['viewer']);
    for (const c of [phoneA, phoneB, screen]) c.ws.close();
  });
});
