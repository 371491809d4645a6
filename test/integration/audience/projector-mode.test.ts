/**
 * The audience screen is a display mode (common/contract/display-modes.ts),
 * not a flag beside the mode: the audience page's tick box and the display
 * panel's button are one switch, blackout hides it like any mode, and the
 * database guard accepts the mode without a migration of its own.
 */
import { describe, expect, it } from 'vitest';
import { lanApp } from '../lan/lan-app';
import { ok } from '../scoring/fixture';

describe('the audience screen as a display mode', () => {
  it('the tick box, the display panel and the reveal all drive display mode "audience"', async () => {
    const lan = await lanApp();
    await ok(lan.app, 'audience.createBallots', { count: 2 });

    await ok(lan.app, 'audience.setProjector', { onProjector: true, showCount: true });
    expect((await ok(lan.app, 'display.get', {})).settings.mode).toBe('audience');
    const shown = await ok(lan.app, 'audience.display', {});
    expect(shown.onProjector).toBe(true);
    expect(shown.votingQrSvg).toContain('<svg');
    expect(shown.votesCast).toBe(0);

    // Blackout hides it and comes back to it, as for any visible mode.
    expect((await ok(lan.app, 'display.toggleBlackout', {})).mode).toBe('blackout');
    expect((await ok(lan.app, 'audience.status', {})).onProjector).toBe(false);
    expect((await ok(lan.app, 'display.toggleBlackout', {})).mode).toBe('audience');

    // The display panel's timer button takes the screen back: the audience page sees it.
    await ok(lan.app, 'display.set', { mode: 'timer' });
    expect((await ok(lan.app, 'audience.status', {})).onProjector).toBe(false);
    expect((await ok(lan.app, 'audience.display', {})).votingQrSvg).toBeNull();
    // And its audience button puts it on again.
    await ok(lan.app, 'display.set', { mode: 'audience' });
    expect((await ok(lan.app, 'audience.status', {})).onProjector).toBe(true);

    // Unticking leaves the screen to the timer.
    await ok(lan.app, 'audience.setProjector', { onProjector: false, showCount: true });
    expect((await ok(lan.app, 'display.get', {})).settings.mode).toBe('timer');

    // The final close, then the reveal puts the prize on the projector.
    await ok(lan.app, 'audience.setVoting', { state: 'open' });
    await ok(lan.app, 'audience.setVoting', { state: 'final' });
    await ok(lan.app, 'audience.reveal', { revealed: true });
    expect((await ok(lan.app, 'display.get', {})).settings.mode).toBe('audience');
    expect((await ok(lan.app, 'audience.display', {})).winners).toEqual([]);
  });
});
