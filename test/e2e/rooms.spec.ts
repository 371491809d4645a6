/**
 * Rooms on two laptops through the UI (issue 15, USB path): the head writes
 * a room file, the room laptop (a second harness) opens it with the normal
 * app and writes its room result, the head merges it, sees the progress and
 * when it last heard from the room; the same file twice changes nothing.
 * (The three-room, network-push E2E of the issue is not built here.)
 */
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { closeDatabase } from '../../main/core/db/open';
import { buildHeadEvent, scoreRoom } from '../support/rooms';
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

test('a room file goes out by USB, its result comes back and is merged once', async ({ browser }) => {
  const built = buildHeadEvent(head.dir, { rooms: 2, teamsPerRoom: 2, jurorsPerRoom: 2, criteria: 2 });
  const headPath = built.head.name;
  closeDatabase(built.head);
  head.nextOpenPath = headPath;
  await callOk(head, 'file.open', {});

  const headPage = await browser.newPage();
  await head.attach(headPage, 'rooms');
  await expect(headPage.getByRole('heading', { name: 'Salles' })).toBeVisible();
  await expect(headPage.getByLabel('Nom de la salle 1')).toHaveValue('Salle A');
  await expect(headPage.getByText('0 fiches sur 4 — Rien reçu pour l’instant').first()).toBeVisible();

  const roomPath = join(head.dir, 'salle-a.sqlite');
  head.ctx.options.platform.pickRoomFileDestination = async () => roomPath;
  await headPage.getByRole('button', { name: 'Écrire le fichier de salle…' }).first().click();
  await expect(headPage.getByText(`Fichier de salle écrit\u00a0: ${roomPath}`)).toBeVisible();
  await expect(headPage.getByText('Fichier de salle écrit\u00a0: attribution figée')).toBeVisible();
  await expect(headPage.getByLabel('Nom de la salle 1')).toBeDisabled();

  // The room laptop: the normal app on the room file.
  room.nextOpenPath = roomPath;
  await callOk(room, 'file.open', {});
  scoreRoom(room.ctx.requireEventFile().db, built.rooms[0] as (typeof built.rooms)[0], 1, { lock: true });
  const roomPage = await browser.newPage();
  await room.attach(roomPage, 'rooms');
  await expect(
    roomPage.getByText('Cet ordinateur tient la salle «\u00a0Salle A\u00a0» de «\u00a0Hackathon CPA\u00a0».'),
  ).toBeVisible();
  const resultPath = join(room.dir, 'salle-a-resultat.json');
  room.ctx.options.platform.pickRoomFileDestination = async () => resultPath;
  await roomPage.getByRole('button', { name: 'Écrire le résultat de la salle…' }).click();
  await expect(roomPage.getByText(`Résultat de salle écrit\u00a0: ${resultPath}`)).toBeVisible();

  // Back on the head: merge, progress, last heard; again: nothing changes.
  head.ctx.options.platform.pickRoomResultToMerge = async () => resultPath;
  await headPage.getByRole('button', { name: 'Fusionner un résultat de salle…' }).click();
  await expect(headPage.getByText(/Salle A\u00a0: 12 entrées de notes ajoutées/)).toBeVisible();
  await expect(headPage.getByText(/^4 fiches sur 4 — Dernières nouvelles\u00a0: /)).toBeVisible();
  await expect(headPage.getByText(/· verrouillé/)).toBeVisible();
  await headPage.getByRole('button', { name: 'Fusionner un résultat de salle…' }).click();
  await expect(
    headPage.getByText('Salle A\u00a0: déjà fusionné, rien n’a changé.', { exact: false }),
  ).toBeVisible();
  await headPage.screenshot({ path: 'test-results/rooms-head-merged.png', fullPage: true });
});
