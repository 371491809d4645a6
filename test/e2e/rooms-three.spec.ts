/**
 * Issue 15, first "Done when" item: a three-room event driven through the UI
 * on a head laptop and three room laptops (four harness instances, one core
 * each, as four computers). The head loads the Hackathon CPA demo, assigns
 * its three rooms on the Rooms page and writes a room file for each; the
 * rooms score in parallel on their paper grids and lock; room A's result
 * comes back by "USB" (a file), room B pushes over loopback to the head's
 * local server with its room code, room C by file too. A tampered result and
 * a result of another event are refused with their message; merging room A
 * twice changes nothing. The head states the finalist rule on the Rooms page,
 * picks the final's jury and writes the final's room file; the final runs on
 * a room laptop and its result is merged into the final round. The head
 * locks each prize track (the final's included) on the Results page and
 * prints the results sheet.
 *
 * Bounded by counts, never by time: every wait is for a state of the UI.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, expect, type Page, test } from '@playwright/test';
import { closeDatabase, openDatabase } from '../../main/core/db/open';
import { CPA_CRITERIA, CPA_FAVOURITE, CPA_PRELIMINARIES, CPA_THEMES } from '../../main/core/demos/cpa-data';
import { loadCpaDemo } from '../../main/core/demos/cpa-demo';
import { verifyMergedRooms } from '../../main/core/rooms/merge';
import { buildRoomResult } from '../../main/core/rooms/room-result';
import { flat, pdfPages } from '../integration/documents/pdf-tools';
import { buildHeadEvent, roomLaptop, scoreRoom } from '../support/rooms';
import { callOk, type Harness, startHarness } from './harness';

/** Four instances, a few hundred UI steps: more than the default minute, still bounded by counts. */
test.setTimeout(240_000);

let head: Harness;
let rooms: Harness[];
test.beforeEach(async () => {
  head = await startHarness();
  rooms = [await startHarness(), await startHarness(), await startHarness()];
});
test.afterEach(async () => {
  await head.dispatch('lan.stop', {}, { trustedSender: true });
  for (const room of rooms) await room.close();
  await head.close();
});

/** Jurors of each room who fill their sheets in (the other two are missing, confirmed at each lock). */
const SCORING_JURORS = 2;
const SHEETS_PER_ROOM = SCORING_JURORS * 6;
/** Entries each room's log holds: one per criterion of each sheet, and its submission. */
const ENTRIES_PER_ROOM = SHEETS_PER_ROOM * (CPA_CRITERIA.length + 1);
const CHAIR = 'Tāmaʻa Teriʻi';

/**
 * The mark juror `j` gives team `k` of its room on every criterion: the
 * room's first team is its best, so "the top 1 of each room" is known.
 */
const mark = (k: number, j: number) => String(9 - k - j);

const roomCard = (page: Page, index: number) => page.locator('section.pj-room').nth(index);

/** A room laptop opens its room file from the welcome page (the open dialog answers `path`). */
async function openRoomLaptop(browser: Browser, laptop: Harness, path: string, room: number | string) {
  const page = await browser.newPage();
  laptop.nextOpenPath = path;
  await laptop.attach(page, 'welcome');
  await page.getByRole('button', { name: 'Ouvrir un fichier d’événement…' }).click();
  await expect(page).toHaveURL(/#\/setup\/event$/);
  await page.goto(`${laptop.appUrl}#/rooms`);
  await expect(
    page.getByText(
      `Cet ordinateur tient la salle «\u00a0${typeof room === 'number' ? roomName(room) : room}\u00a0» de «\u00a0Hackathon CPA\u00a0».`,
    ),
  ).toBeVisible();
  return page;
}

const roomName = (index: number) => (CPA_THEMES[index] as (typeof CPA_THEMES)[number]).room;
const theme = (index: number) => CPA_THEMES[index] as (typeof CPA_THEMES)[number];

/** The room's chair types the paper sheets of the first jurors into the grid and submits each, then locks. */
async function scoreAndLockRoom(page: Page, laptop: Harness, index: number) {
  const { teams, jurors } = theme(index);
  await scoreAndLockOnGrid(page, laptop, {
    teams: teams.map((t) => t.name),
    jurors: jurors.slice(0, SCORING_JURORS).map((j) => j.name),
    mark,
    sheets: 24,
  });
  await expect(page.getByTestId('ranking-row').first()).toContainText(teams[0]?.name ?? '');
}

/**
 * On a room laptop: the chair types the paper sheets of `jurors` for every team into the grid
 * (`mark(team index, juror index)` on every criterion) and submits each, then locks the room's
 * results, confirming the sheets of the other jurors as missing. `sheets`: all the room expects.
 */
async function scoreAndLockOnGrid(
  page: Page,
  laptop: Harness,
  room: { teams: string[]; jurors: string[]; mark: (k: number, j: number) => string; sheets: number },
) {
  await page.goto(`${laptop.appUrl}#/scoring/grid`);
  for (const [j, juror] of room.jurors.entries()) {
    for (const [k, team] of room.teams.entries()) {
      for (const criterion of CPA_CRITERIA) {
        const cell = page.getByLabel(`${team}, ${juror}, ${criterion.name}`, { exact: true });
        await cell.fill(room.mark(k, j));
        // Leaving the cell saves it (Tab follows the row).
        await cell.press('Tab');
      }
      const row = page.getByTestId('grid-row').filter({ hasText: team }).filter({ hasText: juror });
      // Enabled once every criterion of the sheet is stored.
      await row.getByRole('button', { name: 'Valider', exact: true }).click();
      await expect(row.getByText('Validée', { exact: true })).toBeVisible();
    }
  }
  const typed = room.jurors.length * room.teams.length;
  await expect(page.getByTestId('progress-total')).toHaveText(`${typed}\u00a0/\u00a0${room.sheets} fiches`);

  await page.goto(`${laptop.appUrl}#/results`);
  await expect(page.getByTestId('ranking-row')).toHaveCount(room.teams.length);
  await page.getByLabel('Votre nom (président du jury)').fill(CHAIR);
  await page.getByRole('button', { name: 'Verrouiller les résultats' }).click();
  const missing = page.getByTestId('lock-missing');
  await expect(missing).toContainText(`${room.sheets - typed}\u00a0fiches manquantes`);
  await missing.getByRole('checkbox').check();
  await page.getByRole('button', { name: 'Verrouiller sans les fiches manquantes' }).click();
  await expect(page.getByTestId('lock-state')).toHaveText('Verrouillés');
}

/** The room laptop writes its room result file onto the "USB stick" (the save dialog answers a path). */
async function writeRoomResult(page: Page, laptop: Harness, path: string) {
  await page.goto(`${laptop.appUrl}#/rooms`);
  laptop.ctx.options.platform.pickRoomFileDestination = async () => path;
  await page.getByRole('button', { name: 'Écrire le résultat de la salle…' }).click();
  await expect(page.getByText(`Résultat de salle écrit\u00a0: ${path}`)).toBeVisible();
}

/** The head merges the result file at `path` from its Rooms page; returns the notice shown. */
async function mergeOnHead(page: Page, path: string, message: string | RegExp) {
  head.ctx.options.platform.pickRoomResultToMerge = async () => path;
  await page.getByRole('button', { name: 'Fusionner un résultat de salle…' }).click();
  await expect(page.getByText(message)).toBeVisible();
}

const headScoreEvents = () =>
  (head.ctx.requireEventFile().db.prepare('SELECT count(*) AS n FROM score_event').get() as { n: number }).n;

test('three rooms score in parallel; results come back by USB and over loopback; the head merges, picks finalists, locks each track and prints', async ({
  browser,
}) => {
  // ── The head laptop: the Hackathon CPA setup (18 teams, 15 jurors, prize tracks), before its day is played.
  const setupPath = join(head.dir, 'hackathon-cpa.sqlite');
  const setupDb = openDatabase(setupPath);
  loadCpaDemo(setupDb, new Date(), { playDay: false });
  closeDatabase(setupDb);
  head.nextOpenPath = setupPath;
  await callOk(head, 'file.open', {});
  const headPage = await browser.newPage();
  await head.attach(headPage);
  await expect(headPage.getByRole('heading', { name: 'Hackathon CPA' })).toBeVisible();

  // ── Rooms page: the demo's rooms are replaced by three rooms assigned by hand, team by team.
  await headPage.getByRole('link', { name: 'Salles', exact: true }).click();
  await expect(headPage.getByRole('heading', { name: 'Salles' })).toBeVisible();
  await expect(headPage.locator('section.pj-room')).toHaveCount(3);
  for (let n = 3; n > 0; n--) {
    await roomCard(headPage, 0).getByRole('button', { name: 'Retirer', exact: true }).click();
    await expect(headPage.locator('section.pj-room')).toHaveCount(n - 1);
  }
  for (let index = 0; index < 3; index++) {
    await headPage.getByRole('button', { name: 'Ajouter une salle' }).click();
    const card = roomCard(headPage, index);
    await card.getByLabel(`Nom de la salle ${index + 1}`).fill(roomName(index));
    for (const team of theme(index).teams)
      await card
        .getByLabel('Ajouter à cette salle (Équipes (ordre de passage))')
        .selectOption({ label: team.name });
    for (const juror of theme(index).jurors)
      await card.getByLabel('Ajouter à cette salle (Jury)').selectOption({ label: juror.name });
    await expect(card.locator('ol.pj-room-list > li')).toHaveCount(6);
    await expect(card.locator('ul.pj-room-list > li')).toHaveCount(4);
  }
  await headPage.getByRole('button', { name: 'Enregistrer les salles' }).click();
  await expect(headPage.getByText('Salles enregistrées.')).toBeVisible();
  for (let index = 0; index < 3; index++)
    await expect(roomCard(headPage, index)).toContainText('0 fiches sur 24 — Rien reçu pour l’instant');

  // ── The head's local network on loopback, any free port; room B gets its room code.
  await headPage.goto(`${head.appUrl}#/network`);
  await headPage.getByLabel('Réseau à utiliser').selectOption('127.0.0.1');
  await headPage.getByLabel('Port').fill('0');
  await headPage.getByRole('button', { name: 'Activer' }).click();
  await expect(headPage.getByTestId('lan-state')).toHaveText('Activé');
  const lanUrl = (await headPage.getByTestId('lan-url').textContent()) ?? '';
  expect(lanUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  await headPage.goto(`${head.appUrl}#/rooms`);
  await roomCard(headPage, 1).getByRole('button', { name: 'Nouveau code de salle (réseau)' }).click();
  await expect(roomCard(headPage, 1).getByTestId('room-code')).toHaveText(/^[A-Za-z0-9_-]{22}$/);
  await expect(roomCard(headPage, 1)).toContainText(new URL(lanUrl).origin);

  // ── One room file per room: room B's, written after its code, carries the head's address and a token.
  const roomFiles = [0, 1, 2].map((index) => join(head.dir, `salle-${index + 1}.sqlite`));
  for (const [index, path] of roomFiles.entries()) {
    head.ctx.options.platform.pickRoomFileDestination = async () => path;
    await roomCard(headPage, index).getByRole('button', { name: 'Écrire le fichier de salle…' }).click();
    await expect(headPage.getByText(`Fichier de salle écrit\u00a0: ${path}`)).toBeVisible();
    await expect(roomCard(headPage, index).getByLabel(`Nom de la salle ${index + 1}`)).toBeDisabled();
  }

  // ── Three room laptops open their room files; room B is set to push to the head.
  const roomPages: Page[] = [];
  for (const [index, laptop] of rooms.entries())
    roomPages.push(await openRoomLaptop(browser, laptop, roomFiles[index] as string, index));
  const pushStatus = (roomPages[1] as Page).getByTestId('room-push-status');
  // Opening the room file pushes at once (its log is empty): the head already hears from room B.
  await expect(pushStatus).toContainText('L’ordinateur principal a toutes les fiches.');
  await expect(roomCard(headPage, 1)).toContainText('0 fiches sur 24 — Dernières nouvelles');
  await expect(roomCard(headPage, 0)).toContainText('0 fiches sur 24 — Rien reçu pour l’instant');
  // Room B took the head's address from its room file; room A, written with no code, has none.
  await expect((roomPages[1] as Page).getByText(new URL(lanUrl).origin, { exact: true })).toBeVisible();
  await expect((roomPages[0] as Page).getByTestId('room-push-status')).toHaveText(
    'Rien envoyé pour l’instant.',
  );

  // ── The rooms score in parallel, each on its own laptop, and each locks its results.
  await Promise.all(rooms.map((laptop, index) => scoreAndLockRoom(roomPages[index] as Page, laptop, index)));

  // ── Room B over loopback: its pushes after each sheet and after its lock have reached the head.
  await (roomPages[1] as Page).goto(`${rooms[1]?.appUrl}#/rooms`);
  await expect(pushStatus).toContainText('Dernier envoi\u00a0:');
  await expect(pushStatus).toContainText('L’ordinateur principal a toutes les fiches.');
  await expect(roomCard(headPage, 1)).toContainText(
    new RegExp(`${SHEETS_PER_ROOM} fiches sur 24 — Dernières nouvelles\u00a0: .+ · verrouillé`),
  );
  await expect(roomCard(headPage, 0)).toContainText('0 fiches sur 24 — Rien reçu pour l’instant');
  await expect(roomCard(headPage, 2)).toContainText('0 fiches sur 24 — Rien reçu pour l’instant');

  // ── Room A by USB: the room writes its result, the head merges the file.
  const resultA = join(rooms[0]?.dir ?? '', 'salle-a-resultat.json');
  await writeRoomResult(roomPages[0] as Page, rooms[0] as Harness, resultA);
  await mergeOnHead(headPage, resultA, `${roomName(0)}\u00a0: ${ENTRIES_PER_ROOM} entrées de notes ajoutées`);
  await expect(roomCard(headPage, 0)).toContainText(
    new RegExp(`${SHEETS_PER_ROOM} fiches sur 24 — Dernières nouvelles\u00a0: .+ · verrouillé`),
  );

  // ── Room C by file too.
  const resultC = join(rooms[2]?.dir ?? '', 'salle-c-resultat.json');
  await writeRoomResult(roomPages[2] as Page, rooms[2] as Harness, resultC);
  await mergeOnHead(headPage, resultC, `${roomName(2)}\u00a0: ${ENTRIES_PER_ROOM} entrées de notes ajoutées`);
  await expect(roomCard(headPage, 2)).toContainText(
    new RegExp(`${SHEETS_PER_ROOM} fiches sur 24 — Dernières nouvelles\u00a0: .+ · verrouillé`),
  );
  const merged = headScoreEvents();
  expect(merged).toBe(3 * ENTRIES_PER_ROOM);

  // ── Refused with a clear message, nothing merged: a score edited on the stick (every hash kept)…
  const document = JSON.parse(readFileSync(resultA, 'utf8')) as {
    body: { scoreEvents: { value: number | null }[] };
  };
  const edited = document.body.scoreEvents.find((e) => e.value !== null);
  expect(edited).toBeDefined();
  if (edited) edited.value = edited.value === 10 ? 9 : 10;
  const tampered = join(head.dir, 'salle-a-modifie.json');
  writeFileSync(tampered, JSON.stringify(document));
  await mergeOnHead(
    headPage,
    tampered,
    `Le résultat de la salle «\u00a0${roomName(0)}\u00a0» a été modifié après son écriture par l’ordinateur de la salle (son sceau ne correspond pas). Rien n’a été fusionné`,
  );
  expect(headScoreEvents()).toBe(merged);

  // …and a room result of another event (its own head, room file and room laptop).
  const otherDir = join(head.dir, 'autre-evenement');
  mkdirSync(otherDir);
  const other = buildHeadEvent(
    otherDir,
    {
      rooms: 1,
      teamsPerRoom: 2,
      jurorsPerRoom: 1,
      criteria: 1,
    },
    'Pitch Day Papeete',
  );
  const otherRoom = roomLaptop(other.head, other.rooms[0] as (typeof other.rooms)[0], otherDir);
  scoreRoom(otherRoom.db, other.rooms[0] as (typeof other.rooms)[0], 1);
  const otherResult = join(otherDir, 'resultat.json');
  writeFileSync(otherResult, buildRoomResult(otherRoom.db));
  closeDatabase(otherRoom.db);
  closeDatabase(other.head);
  await mergeOnHead(
    headPage,
    otherResult,
    'Ce résultat de salle appartient à un autre événement («\u00a0Pitch Day Papeete\u00a0»), pas à celui ouvert ici. Rien n’a été fusionné.',
  );
  expect(headScoreEvents()).toBe(merged);

  // Every merged entry kept its room's chain: the head's log and each room's log verify.
  expect(await callOk<{ ok: boolean }>(head, 'scores.verify', {})).toMatchObject({ ok: true });
  expect(verifyMergedRooms(head.ctx.requireEventFile().db)).toBeNull();

  // ── Room A's file a second time: already merged, nothing changes.
  const before = await headPage.locator('section.pj-room p.small').first().textContent();
  await mergeOnHead(headPage, resultA, `${roomName(0)}\u00a0: déjà fusionné, rien n’a changé.`);
  expect(headScoreEvents()).toBe(merged);
  await expect(headPage.locator('section.pj-room p.small').first()).toHaveText(before ?? '');
  await headPage.screenshot({ path: 'test-results/rooms-three-head-merged.png', fullPage: true });

  // ── The final, on the Rooms page: finalists by the rule stated before it (the top team of each
  // room, by its own ranking), the final's order drawn with a seed, its jury of five (three of them
  // sat in a preliminary room: their final sheets are the final round's own), its room file.
  await headPage.goto(`${head.appUrl}#/rooms`);
  const finalSection = headPage.locator('section.pj-final');
  await finalSection.getByLabel('Les N premiers de chaque salle').check();
  await finalSection.getByLabel('N (finalistes par salle, ou au total)').fill('1');
  await finalSection.getByLabel(/Tirer au sort l’ordre de la finale/).fill('finale-cpa');
  headPage.once('dialog', (dialog) => void dialog.accept());
  await finalSection.getByRole('button', { name: 'Désigner les finalistes' }).click();
  await expect(headPage.getByText('Finalistes désignés\u00a0: 3 équipes.')).toBeVisible();
  const finalists = [0, 1, 2].map((index) => theme(index).teams[0]?.name ?? '');
  const final = await callOk<{ finalists: number[]; order: number[] }>(head, 'rooms.final', {});
  const setup = await callOk<{ teams: { id: number; name: string }[] }>(head, 'setup.get', {});
  const nameOf = (id: number) => setup.teams.find((t) => t.id === id)?.name ?? '';
  expect(final.finalists.map(nameOf)).toEqual(finalists);
  const finalOrder = final.order.map(nameOf);
  expect([...finalOrder].sort()).toEqual([...finalists].sort());
  await expect(finalSection.getByTestId('final-order').getByRole('listitem')).toHaveText(
    finalOrder.map((name, i) => `${i + 1}. ${name}`),
  );
  const finalJury = [
    theme(0).jurors[0],
    theme(1).jurors[0],
    theme(2).jurors[0],
    theme(0).jurors[3],
    theme(2).jurors[3],
  ].map((juror) => juror?.name ?? '');
  for (const name of finalJury) await finalSection.getByLabel(name, { exact: true }).check();
  await finalSection.getByRole('button', { name: 'Enregistrer le jury de la finale' }).click();
  await expect(headPage.getByText('Jury de la finale enregistré.')).toBeVisible();
  const finalFile = join(head.dir, 'finale.sqlite');
  head.ctx.options.platform.pickRoomFileDestination = async () => finalFile;
  await finalSection.getByRole('button', { name: 'Écrire le fichier de salle de la finale…' }).click();
  await expect(headPage.getByText(`Fichier de salle écrit\u00a0: ${finalFile}`)).toBeVisible();

  // ── The final runs on room A's laptop from its room file; two of its jurors' sheets are typed in
  // (the last team of the final's order gets the best marks), then the final is locked there.
  const finalPage = await openRoomLaptop(browser, rooms[0] as Harness, finalFile, 'Finale');
  const FINAL_SCORING = 2;
  await scoreAndLockOnGrid(finalPage, rooms[0] as Harness, {
    teams: finalOrder,
    jurors: finalJury.slice(0, FINAL_SCORING),
    mark: (k, j) => String(6 + k - j),
    sheets: finalOrder.length * finalJury.length,
  });
  const finalResult = join(rooms[0]?.dir ?? '', 'finale-resultat.json');
  await writeRoomResult(finalPage, rooms[0] as Harness, finalResult);
  const finalEntries = FINAL_SCORING * finalOrder.length * (CPA_CRITERIA.length + 1);
  await mergeOnHead(headPage, finalResult, `Finale\u00a0: ${finalEntries} entrées de notes ajoutées`);
  await expect(finalSection.getByTestId('final-progress')).toContainText(
    `${FINAL_SCORING * finalOrder.length} fiches sur ${finalOrder.length * finalJury.length}`,
  );
  expect(headScoreEvents()).toBe(merged + finalEntries);
  expect(await callOk<{ ok: boolean }>(head, 'scores.verify', {})).toMatchObject({ ok: true });
  expect(verifyMergedRooms(head.ctx.requireEventFile().db)).toBeNull();

  // ── The head locks each prize track on the Results page (the silent jurors' sheets, and in the
  // tracks that span every juror the other rooms' jurors' sheets, are missing: confirmed at each lock).
  await headPage.goto(`${head.appUrl}#/results`);
  const tracks = [
    { name: CPA_PRELIMINARIES, teams: 18 },
    ...[0, 1, 2].map((index) => ({ name: `Prix ${theme(index).name}`, teams: 6 })),
    { name: CPA_FAVOURITE, teams: 18 },
    { name: 'Finale', label: 'Finale — tour final', teams: 3 },
  ];
  const hashes = new Map<string, string>();
  for (const track of tracks) {
    await headPage.getByTestId('track-selector').selectOption({ label: track.label ?? track.name });
    await expect(headPage.getByTestId('ranking-row')).toHaveCount(track.teams);
    await expect(headPage.getByTestId('lock-state')).toHaveText('Non verrouillés');
    await headPage.getByLabel('Votre nom (président du jury)').fill(CHAIR);
    await headPage.getByRole('button', { name: 'Verrouiller les résultats' }).click();
    const missing = headPage.getByTestId('lock-missing');
    await expect(missing).toBeVisible();
    // The preliminaries expect each room's jury only: its two silent jurors per team, not the other rooms'.
    if (track.name === CPA_PRELIMINARIES)
      await expect(missing).toContainText(`${18 * (4 - SCORING_JURORS)}\u00a0fiches manquantes`);
    await missing.getByRole('checkbox').check();
    await headPage.getByRole('button', { name: 'Verrouiller sans les fiches manquantes' }).click();
    await expect(headPage.getByTestId('lock-state')).toHaveText('Verrouillés');
    hashes.set(track.name, ((await headPage.getByTestId('results-hash').textContent()) ?? '').trim());
  }
  for (const hash of hashes.values()) expect(hash).toMatch(/^[0-9a-f]{64}$/);
  // The final's track ranks the final's sheets only: the team with the best final marks wins it.
  await headPage.getByTestId('track-selector').selectOption({ label: 'Finale — tour final' });
  await expect(headPage.getByTestId('ranking-row').first()).toContainText(
    finalOrder[finalOrder.length - 1] ?? '',
  );
  // Each theme prize ranks its room's best team first.
  for (const index of [0, 1, 2]) {
    await headPage.getByTestId('track-selector').selectOption({ label: `Prix ${theme(index).name}` });
    await expect(headPage.getByTestId('ranking-row').first()).toContainText(finalists[index] as string);
  }

  // ── The results sheet: one section per track with its fingerprint, the rooms and the finalist rule.
  await headPage.getByRole('link', { name: 'Documents', exact: true }).first().click();
  await headPage.getByTestId('generate-results').click();
  const job = headPage.getByTestId('document-job').first();
  // A generous upper bound (five tracks of up to 18 teams and 12 jurors), as documents.spec does; not a sleep.
  await expect(job).toHaveAttribute('data-state', 'done', { timeout: 90_000 });
  const jobs = await callOk<{ path: string; kind?: string }[]>(head, 'documents.jobs', {});
  const pdf = jobs[0]?.path ?? '';
  await job.getByRole('button', { name: 'Imprimer' }).click();
  await expect(headPage.getByRole('status').filter({ hasText: 'lecteur PDF' })).toBeVisible();
  expect(head.printedPdfs).toEqual([pdf]);
  const pages = pdfPages(new Uint8Array(readFileSync(pdf))).map(flat);
  const text = pages.join(' ');
  for (const track of tracks) {
    const start = pages.findIndex((p) => p.includes(`Prix : ${track.name}`));
    expect(start, track.name).toBeGreaterThanOrEqual(0);
    expect(pages[start], track.name).toContain(hashes.get(track.name)?.slice(0, 16));
  }
  expect(text).toContain('Salles');
  for (const index of [0, 1, 2]) {
    expect(text).toContain(roomName(index));
    expect(text).toContain(
      theme(index)
        .jurors.map((j) => j.name)
        .join(', '),
    );
  }
  expect(text).not.toContain('non reçu');
  expect(text).toContain('Règle de sélection des finalistes');
  expect(text).toContain('La première équipe de chaque salle, selon le classement propre à la salle');
  expect(text).toContain(`Finalistes : ${finalists.join(', ')}.`);
});
