/**
 * The projector of a room laptop names its room; the head laptop's does not.
 * Real head file, real room file, both opened through the dispatcher.
 */
import { describe, expect, it } from 'vitest';
import { closeDatabase } from '../../../main/core/db/open';
import { eventNameBesideRoom } from '../../../main/core/pitch-day/room-badge';
import { ok } from '../../support/calls';
import { buildHeadEvent, roomLaptop } from '../../support/rooms';
import { testApp } from '../../support/temp';

describe('the room name on the projector', () => {
  it('a room laptop shows its room under the event name; the head shows none', async () => {
    const headApp = testApp();
    const { head, rooms } = buildHeadEvent(
      headApp.dir,
      { rooms: 2, teamsPerRoom: 2, jurorsPerRoom: 1, criteria: 1 },
      'Hackathon Tāmaʻa Teriʻi',
    );
    const room = rooms[1] as (typeof rooms)[number];
    const laptop = roomLaptop(head, room, headApp.dir);
    closeDatabase(laptop.db);
    const headPath = head.name;
    closeDatabase(head);

    headApp.ctx.options.platform.pickEventFileToOpen = async () => headPath;
    await ok(headApp, 'file.open', {});
    const headView = await ok(headApp, 'display.get', {});
    expect(headView.roomName).toBeNull();
    expect(headView.eventName).toBe('Hackathon Tāmaʻa Teriʻi');

    const roomApp = testApp();
    roomApp.ctx.options.platform.pickEventFileToOpen = async () => laptop.path;
    await ok(roomApp, 'file.open', {});
    const roomView = await ok(roomApp, 'display.get', {});
    expect(roomView.roomName).toBe('Salle B');
    // The event's own name on the room laptop is "<event> — <room>"; the projector says the room once.
    expect(roomView.eventName).toBe('Hackathon Tāmaʻa Teriʻi');
    // Whatever the mode, the read carries the room (the renderer shows it wherever the event name shows).
    await ok(roomApp, 'display.set', { mode: 'logo', message: '' });
    expect((await ok(roomApp, 'display.get', {})).roomName).toBe('Salle B');
  });

  it('keeps an event name the chair changed on the room laptop', () => {
    expect(eventNameBesideRoom('Hackathon CPA — Salle A', 'Salle A')).toBe('Hackathon CPA');
    expect(eventNameBesideRoom('Finale régionale', 'Salle A')).toBe('Finale régionale');
    expect(eventNameBesideRoom(' — Salle A', 'Salle A')).toBe(' — Salle A');
  });
});
