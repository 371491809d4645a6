/**
 * The room laptop's push panel, end to end: two harness instances stand in
 * for the head laptop and a room laptop, the push goes over the head's REAL
 * local server on 127.0.0.1 (ephemeral port). The chair reads what the head
 * acknowledged (time, score entries, lock), and when a push fails, a sentence
 * saying what to check, the raw code only as a small technical detail.
 */
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import type { IssuedRoomLinkView } from '../../common/contract/room-push';
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
  await head.dispatch('lan.stop', {}, { trustedSender: true });
  await room.close();
  await head.close();
});

test('the push panel says what the head has, and what to check when a push fails', async ({ browser }) => {
  const built = buildHeadEvent(head.dir, { rooms: 2, teamsPerRoom: 2, jurorsPerRoom: 2, criteria: 2 });
  const headPath = built.head.name;
  closeDatabase(built.head);
  head.nextOpenPath = headPath;
  await callOk(head, 'file.open', {});
  await callOk(head, 'lan.start', { address: '127.0.0.1', port: 0 });
  const roomA = built.rooms[0] as (typeof built.rooms)[0];
  const link = await callOk<IssuedRoomLinkView>(head, 'roomPush.issueLink', { poolId: roomA.id });
  const host = new URL(link.headAddress as string).host;
  // Written after the room's login exists: the file carries the head's address and a room code.
  const roomPath = join(head.dir, 'salle-a.sqlite');
  head.ctx.options.platform.pickRoomFileDestination = async () => roomPath;
  await callOk(head, 'rooms.writeRoomFile', { poolId: roomA.id });

  room.nextOpenPath = roomPath;
  await callOk(room, 'file.open', {});
  const page = await browser.newPage();
  await room.attach(page, 'rooms');
  const status = page.getByTestId('room-push-status');
  const send = page.getByRole('button', { name: 'Envoyer maintenant' });

  // Two sheets scored, sent: the panel says what the head acknowledged.
  scoreRoom(room.ctx.requireEventFile().db, roomA, 1, { sheets: 2 });
  await send.click();
  await expect(status).toHaveText(
    /^Dernier envoi\u00a0: .+ \(6 entrées de notes, résultats non verrouillés\) · L’ordinateur principal a toutes les fiches\.$/,
  );

  // The head's network goes off: the next push fails, and the chair reads what to check.
  await callOk(head, 'lan.stop', {});
  scoreRoom(room.ctx.requireEventFile().db, roomA, 1, { sheets: 3 });
  await send.click();
  await expect(status).toContainText(
    `L’ordinateur principal (${host}) refuse la connexion\u00a0: vérifiez que Pitch Jury y est ouvert avec le réseau local allumé`,
  );
  await expect(status).toContainText('Nouvel essai toutes les 15\u00a0s.');
  await expect(status).not.toContainText('ECONNREFUSED');
  await expect(page.getByTestId('room-push-detail')).toHaveText('Détail technique\u00a0: ECONNREFUSED');
  await page.screenshot({ path: 'test-results/room-push-failed.png', fullPage: true });

  // Back on the same address, but the chair types a code the head never issued: what to do, not "HTTP 401".
  await callOk(head, 'lan.start', { address: '127.0.0.1', port: Number(host.split(':')[1]) });
  await page.getByLabel('Adresse de l’ordinateur principal').fill(link.headAddress as string);
  await page.getByLabel('Code de salle').fill('AAAAAAAAAAAAAAAAAAAAAA');
  await page.getByRole('button', { name: 'Enregistrer et envoyer' }).click();
  await expect(status).toContainText('L’ordinateur principal n’accepte pas ce code de salle');
  await expect(status).not.toContainText('401');
  await expect(page.getByTestId('room-push-detail')).toHaveText('Détail technique\u00a0: HTTP 401');

  // The right code: everything is sent, the failure is gone.
  await page.getByLabel('Code de salle').fill(link.token);
  await page.getByRole('button', { name: 'Enregistrer et envoyer' }).click();
  await expect(status).toHaveText(
    /^Dernier envoi\u00a0: .+ \(9 entrées de notes, résultats non verrouillés\) · L’ordinateur principal a toutes les fiches\.$/,
  );
  await expect(page.getByTestId('room-push-detail')).toHaveCount(0);
});
