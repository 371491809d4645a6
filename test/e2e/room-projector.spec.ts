/**
 * The projector of a room laptop names its room (issue 15): the head writes a
 * room file, a second harness opens it; on the room's projector the room name
 * shows under the event name in the waiting screen and in logo mode, and the
 * head's projector shows no room.
 */
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { closeDatabase } from '../../main/core/db/open';
import { writeRoomFile } from '../../main/core/rooms/room-file';
import { buildHeadEvent } from '../support/rooms';
import { callOk, type Harness, startHarness } from './harness';

let head: Harness;
let room: Harness;
test.beforeEach(async () => {
  head = await startHarness();
  room = await startHarness();
});
test.afterEach(async () => {
  await room.close();
  await head.close();
});

test('a room laptop’s projector shows its room; the head’s does not', async ({ browser }) => {
  const built = buildHeadEvent(head.dir, { rooms: 2, teamsPerRoom: 2, jurorsPerRoom: 1, criteria: 1 });
  const roomPath = join(head.dir, 'salle-b.sqlite');
  writeRoomFile(built.head, (built.rooms[1] as (typeof built.rooms)[0]).id, roomPath);
  const headPath = built.head.name;
  closeDatabase(built.head);
  head.nextOpenPath = headPath;
  await callOk(head, 'file.open', {});
  room.nextOpenPath = roomPath;
  await callOk(room, 'file.open', {});

  const roomDisplay = await browser.newPage();
  await roomDisplay.setViewportSize({ width: 1920, height: 1080 });
  await room.attach(roomDisplay, 'display');
  const projector = roomDisplay.getByTestId('display');
  await expect(projector.getByTestId('display-waiting')).toBeVisible();
  await expect(projector.getByTestId('display-text')).toHaveText('Hackathon CPA');
  await expect(projector.getByTestId('display-room')).toHaveText('Salle B');
  // Big enough to read from the back of the room: at least 5 % of the screen's height.
  const size = await projector
    .getByTestId('display-room')
    .evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize));
  expect(size).toBeGreaterThanOrEqual(54);
  await callOk(room, 'display.set', { mode: 'logo' });
  await expect(projector.getByTestId('display-room')).toHaveText('Salle B');

  const headDisplay = await browser.newPage();
  await head.attach(headDisplay, 'display');
  await expect(headDisplay.getByTestId('display-text')).toHaveText('Hackathon CPA');
  await expect(headDisplay.getByTestId('display-room')).toHaveCount(0);
  await roomDisplay.screenshot({ path: 'test-results/room-projector.png' });
});
