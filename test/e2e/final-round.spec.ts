/**
 * The final round through the UI (issue 15): on the head laptop, after two
 * rooms were merged, the chair states the finalist rule (top 1 per room,
 * order drawn with a seed), picks the final's jury (a juror of a preliminary
 * room included), writes the final's room file; a second laptop runs the
 * final from it; its result is merged on the head, where the final's prize
 * track ranks the final's sheets only, while the preliminary ranking and its
 * lock do not move.
 */
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { drawOrder } from '../../common/order/draw';
import { closeDatabase } from '../../main/core/db/open';
import { lockResults, missingSheetsOf, readLockView } from '../../main/core/results/lock-ops';
import { buildResultsPayload } from '../../main/core/results/locked-payload';
import { buildRankingInput } from '../../main/core/results/ranking-input';
import { roomRanking } from '../../main/core/rooms/final-round';
import { mergeRoomResult } from '../../main/core/rooms/merge';
import { buildRoomResult, parseRoomResult } from '../../main/core/rooms/room-result';
import { listTracks } from '../../main/core/tracks/track-store';
import { verifyEvent } from '../../main/core/verify/verify-event';
import { buildHeadEvent, roomLaptop, scoreRoom } from '../support/rooms';
import { callOk, type Harness, startHarness } from './harness';

let head: Harness;
let finalLaptop: Harness;
test.beforeEach(async () => {
  head = await startHarness();
  finalLaptop = await startHarness();
});
test.afterEach(async () => {
  await finalLaptop.close();
  await head.close();
});

test('the chair decides the finalists, the final runs on its own laptop and is ranked apart', async ({
  browser,
}) => {
  // Preliminaries: two rooms scored and merged, the preliminary results locked.
  const built = buildHeadEvent(head.dir, { rooms: 2, teamsPerRoom: 3, jurorsPerRoom: 2, criteria: 2 });
  for (const [i, room] of built.rooms.entries()) {
    const { db } = roomLaptop(built.head, room, head.dir);
    scoreRoom(db, room, i, { lock: true });
    mergeRoomResult(built.head, parseRoomResult(buildRoomResult(db)));
    closeDatabase(db);
  }
  const input = buildRankingInput(built.head);
  const winners = built.rooms.map(
    (room) => roomRanking(input, room).rows.find((r) => r.rank === 1)?.teamId as number,
  );
  const prelim = buildResultsPayload(built.head);
  lockResults(built.head, 'Présidente Hinano', '2026-10-01T12:30:00.000Z', missingSheetsOf(prelim.ranking));
  const names = (table: 'team' | 'juror') =>
    new Map(
      (built.head.prepare(`SELECT id, name FROM ${table}`).all() as { id: number; name: string }[]).map(
        (r) => [r.id, r.name],
      ),
    );
  const teamNames = names('team');
  const jurorNames = names('juror');
  const teamName = (id: number) => teamNames.get(id) as string;
  const jurorName = (id: number) => jurorNames.get(id) as string;
  const headPath = built.head.name;
  closeDatabase(built.head);
  head.nextOpenPath = headPath;
  await callOk(head, 'file.open', {});

  const page = await browser.newPage();
  page.on('dialog', (dialog) => void dialog.accept());
  await head.attach(page, 'rooms');
  const section = page.locator('section.pj-final');
  await expect(section.getByRole('heading', { name: 'Finale' })).toBeVisible();
  await section.getByLabel('Les N premiers de chaque salle').check();
  await section.getByLabel('N (finalistes par salle, ou au total)').fill('1');
  await section.getByLabel(/Tirer au sort l’ordre de la finale/).fill('CPA-2026');
  await section.getByRole('button', { name: 'Désigner les finalistes' }).click();
  await expect(page.getByText('Finalistes désignés\u00a0: 2 équipes.')).toBeVisible();
  const order = drawOrder(winners, 'CPA-2026');
  await expect(section.getByTestId('final-order').getByRole('listitem')).toHaveText(
    order.map((id, i) => `${i + 1}. ${teamName(id)}`),
  );
  await expect(section.getByTestId('final-rule')).toContainText('de chaque salle');

  // The final's jury: a juror of room A and both jurors of room B.
  const [roomA, roomB] = built.rooms as [(typeof built.rooms)[0], (typeof built.rooms)[0]];
  const jury = [roomA.jurorIds[0] as number, ...roomB.jurorIds];
  for (const id of jury) await section.getByLabel(jurorName(id), { exact: true }).check();
  await section.getByRole('button', { name: 'Enregistrer le jury de la finale' }).click();
  await expect(page.getByText('Jury de la finale enregistré.')).toBeVisible();
  await expect(section).toContainText(
    'Les résultats de la finale forment le prix «\u00a0Finale\u00a0» (page Résultats)',
  );
  const finalPath = join(head.dir, 'finale.sqlite');
  head.ctx.options.platform.pickRoomFileDestination = async () => finalPath;
  await section.getByRole('button', { name: 'Écrire le fichier de salle de la finale…' }).click();
  await expect(page.getByText(`Fichier de salle écrit\u00a0: ${finalPath}`)).toBeVisible();
  await expect(section.getByTestId('final-jury').getByRole('listitem')).toHaveCount(3);
  await section.screenshot({ path: 'test-results/final-round-section.png' });

  // The final's laptop: the normal app on the final's room file; its jury scores the finalists.
  finalLaptop.nextOpenPath = finalPath;
  await callOk(finalLaptop, 'file.open', {});
  scoreRoom(
    finalLaptop.ctx.requireEventFile().db,
    { id: 0, roundId: 0, name: 'Finale', position: 1, teamIds: order, jurorIds: jury, issued: true },
    7,
    { lock: true },
  );
  const finalPage = await browser.newPage();
  await finalLaptop.attach(finalPage, 'rooms');
  await expect(finalPage.getByText(/Cet ordinateur tient la salle «\u00a0Finale\u00a0»/)).toBeVisible();
  const resultPath = join(finalLaptop.dir, 'finale-resultat.json');
  finalLaptop.ctx.options.platform.pickRoomFileDestination = async () => resultPath;
  await finalPage.getByRole('button', { name: 'Écrire le résultat de la salle…' }).click();
  await expect(finalPage.getByText(`Résultat de salle écrit\u00a0: ${resultPath}`)).toBeVisible();

  // Back on the head: merged into the final round, though the preliminaries are locked.
  head.ctx.options.platform.pickRoomResultToMerge = async () => resultPath;
  await page.getByRole('button', { name: 'Fusionner un résultat de salle…' }).click();
  await expect(page.getByText(/Finale\u00a0: \d+ entrées de notes ajoutées/)).toBeVisible();
  await expect(section.getByTestId('final-progress')).toContainText('6 fiches sur 6');

  // Results: the final's track ranks the finalists on the final's sheets; the preliminary lock still holds.
  await page.getByRole('link', { name: 'Résultats' }).click();
  await page.getByTestId('track-selector').selectOption({ label: 'Finale — tour final' });
  await expect(page.getByTestId('ranking-row')).toHaveCount(2);
  const db = head.ctx.requireEventFile().db;
  expect(listTracks(db).find((t) => t.name === 'Finale')?.roundId).toBeGreaterThan(1);
  // Every sheet of the final is in: the final's track locks at once.
  await page.getByLabel('Votre nom (président du jury)').fill('Présidente Hinano');
  await page.getByRole('button', { name: 'Verrouiller les résultats' }).click();
  await expect(page.getByTestId('lock-state')).toHaveText('Verrouillés');
  await expect(page.getByTestId('lock-sheets')).toHaveText('6\u00a0fiches reçues sur 6.');
  expect(readLockView(db).current?.matchesCurrent).toBe(true);
  expect(verifyEvent(db)).toEqual(expect.objectContaining({ ok: true }));
  await page.screenshot({ path: 'test-results/final-round-results.png', fullPage: true });
});
