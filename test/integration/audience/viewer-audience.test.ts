/**
 * A viewer screen over the network (a second projector, the hall) shows what
 * the projector shows in the `audience` display mode: the same read
 * (`audience.display`), the same answer as the projector window's, told of
 * each vote so its count follows; and still nothing of the vote it could
 * change or that the projector does not show.
 */
import { describe, expect, it } from 'vitest';
import type { IssuedBallotView } from '../../../common/contract/audience';
import { lanApp } from '../lan/lan-app';
import { NetClient } from '../lan/net-client';
import { ok } from '../scoring/fixture';

describe('a viewer screen in the audience display mode', () => {
  it('reads the projector’s audience screen, follows the count, and can change nothing of the vote', async () => {
    const lan = await lanApp();
    const [ballot] = (await ok(lan.app, 'audience.createBallots', { count: 2 }))
      .ballots as IssuedBallotView[];
    await ok(lan.app, 'audience.setProjector', { onProjector: true, showCount: true });
    await ok(lan.app, 'audience.setVoting', { state: 'open' });
    const viewer = await NetClient.connect(lan.url, (await lan.viewer()).token);

    expect(await viewer.call('display.get', {})).toMatchObject({
      ok: true,
      value: { settings: { mode: 'audience' } },
    });
    const projector = await ok(lan.app, 'audience.display', {});
    expect(projector.votingQrSvg).toContain('<svg');
    expect(projector.votesCast).toBe(0);
    expect(await viewer.call('audience.display', {})).toEqual({ ok: true, value: projector });

    // A vote is cast: the viewer is told, and reads the same count as the projector.
    const told = new Promise<void>((resolve) => {
      viewer.onEvent((name, payload) => {
        if (name === 'event.changed' && (payload as { scopes: string[] }).scopes.includes('votes')) resolve();
      });
    });
    const phone = await NetClient.connect(lan.url, (ballot as IssuedBallotView).token);
    expect(await phone.call('vote.cast', { teamId: lan.teamIds[0] })).toMatchObject({ ok: true });
    await told;
    const counted = await viewer.call('audience.display', {});
    expect(counted).toMatchObject({ ok: true, value: { votesCast: 1, winners: null } });
    expect(counted).toEqual({ ok: true, value: await ok(lan.app, 'audience.display', {}) });

    // The chair's side of the vote stays out of reach.
    for (const [name, input] of [
      ['audience.status', {}],
      ['audience.setProjector', { onProjector: false, showCount: false }],
      ['audience.setVoting', { state: 'closed' }],
      ['audience.reveal', { revealed: true }],
      ['vote.cast', { teamId: lan.teamIds[0] }],
    ] as const) {
      expect(await viewer.call(name, input), name).toMatchObject({
        ok: false,
        error: { code: 'lan.forbidden' },
      });
    }
    expect((await ok(lan.app, 'audience.status', {})).onProjector).toBe(true);
    phone.drop();
    viewer.drop();
  });
});
