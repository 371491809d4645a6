import { describe, expect, it } from 'vitest';
import type { ScreenInfo } from '../../../common/contract/session';
import { changedScopes, sessionApp, useControlledClock } from './session-app';

describe('the projector settings', () => {
  useControlledClock();

  it('shows the timer by default, with the teams in running order and the next one to call', async () => {
    const app = await sessionApp();
    await app.ok('order.moveToEnd', { teamId: 1 });
    const view = await app.ok('display.get', {});
    expect(view.settings).toEqual({
      mode: 'timer',
      modeBeforeBlackout: 'timer',
      message: '',
      screenId: null,
    });
    expect(view.eventName).toBe('Hackathon Fenua Numérique 2026');
    expect(view.teams.map((t) => t.id)).toEqual([2, 3, 4, 5, 6, 7, 8, 1]);
    expect(view.nextTeamId).toBe(2);
    await app.chair({ type: 'nextTeam' });
    expect((await app.ok('display.get', {})).nextTeamId).toBe(3);
  });

  it('shows a message to the speaker, and the blackout key returns to it', async () => {
    const app = await sessionApp();
    app.emitted.length = 0;
    await app.ok('display.set', { mode: 'message', message: 'Plus qu’une minute, Tāmaʻa' });
    expect(changedScopes(app.emitted)).toContain('display');
    expect(await app.ok('display.toggleBlackout', {})).toMatchObject({
      mode: 'blackout',
      modeBeforeBlackout: 'message',
    });
    expect(await app.ok('display.toggleBlackout', {})).toMatchObject({
      mode: 'message',
      message: 'Plus qu’une minute, Tāmaʻa',
    });
  });

  it('refuses a message too long to read from the back of the room', async () => {
    const app = await sessionApp();
    const error = await app.refused('display.set', { message: 'x'.repeat(281) });
    expect(error.code).toBe('validation.tooLong');
    expect(error.issues?.[0]?.path).toEqual(['message']);
    expect((await app.ok('display.get', {})).settings.message).toBe('');
  });

  it('lists screens and opens the display through the host, remembering the choice', async () => {
    const app = await sessionApp();
    expect(await app.ok('display.listScreens', {})).toEqual({ screens: [], canOpen: false });
    expect(await app.ok('display.open', { screenId: 7 })).toEqual({ opened: false });
    expect((await app.ok('display.get', {})).settings.screenId).toBe(7);

    const screens: ScreenInfo[] = [
      { id: 1, label: 'Built-in', width: 1440, height: 900, primary: true, internal: true },
      { id: 2, label: 'EPSON', width: 1920, height: 1080, primary: false, internal: false },
    ];
    const opened: (number | null)[] = [];
    app.ctx.options.platform.listScreens = () => screens;
    app.ctx.options.platform.openDisplay = async (id) => {
      opened.push(id);
      return true;
    };
    app.ctx.options.platform.closeDisplay = () => true;
    expect(await app.ok('display.listScreens', {})).toEqual({ screens, canOpen: true });
    expect(await app.ok('display.open', { screenId: null })).toEqual({ opened: true });
    expect(opened).toEqual([null]);
    expect(await app.ok('display.close', {})).toEqual({ closed: true });
  });
});
