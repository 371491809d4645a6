/**
 * Jurors on their own phones and screens over the network, end to end: the
 * chair's page is attached through the harness (the app's window), the
 * phone and the viewer screen open the REAL local server's address on
 * 127.0.0.1 (the built renderer, its WebSocket bridge, the same core).
 */
import { type Browser, expect, type Page, test } from '@playwright/test';
import type { CallName } from '../../common/contract';
import type { IssuedLogin } from '../../common/contract/lan';
import { callOk, type Harness, startHarness } from './harness';

let harness: Harness;
test.beforeEach(async () => {
  harness = await startHarness();
});
test.afterEach(async () => {
  await harness.dispatch('lan.stop', {}, { trustedSender: true });
  await harness.close();
});

const core = <T>(name: CallName, input: unknown): Promise<T> => callOk<T>(harness, name, input);

const TEAMS = ['Vai Ora', 'Fare Pūai'];
const JURORS = ['Hinatea Raʻiātea', 'Marc Delorme'];

async function createEvent() {
  await core('file.new', { name: 'Pitch Day Papeete' });
  for (const name of TEAMS) await core('teams.create', { name, projectTitle: `Projet ${name}`, members: [] });
  for (const name of JURORS) await core('jurors.create', { name, title: '' });
  await core('criteria.create', {
    name: 'Impact',
    description: '',
    weight: 60,
    min: 0,
    max: 10,
    step: 1,
    levels: [],
  });
  await core('criteria.create', {
    name: 'Pitch',
    description: '',
    weight: 40,
    min: 0,
    max: 5,
    step: 0.5,
    levels: [],
  });
}

/** A French juror's phone: 390×844 CSS pixels, touch, as an iPhone 12–15 (the page follows the phone's language). */
async function phonePage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({
    locale: 'fr-FR',
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
  });
  return context.newPage();
}

/** The chair turns the network on from the UI, on loopback (the only address tests use), any free port. */
async function turnOn(chair: Page): Promise<string> {
  await chair.getByLabel('Réseau à utiliser').selectOption('127.0.0.1');
  await chair.getByLabel('Port').fill('0');
  await chair.getByRole('button', { name: 'Activer' }).click();
  await expect(chair.getByTestId('lan-state')).toHaveText('Activé');
  return (await chair.getByTestId('lan-url').textContent()) ?? '';
}

async function scoreOnPhone(phone: Page, team: string, impact: string, pitch: string) {
  const sheet = phone.getByTestId('sheet');
  await phone.getByRole('navigation', { name: 'Équipes' }).getByRole('button', { name: team }).click();
  await expect(sheet.getByRole('heading', { name: team })).toBeVisible();
  await sheet.getByLabel('Impact', { exact: true }).fill(impact);
  await sheet.getByLabel('Pitch', { exact: true }).fill(pitch);
  await sheet.getByRole('button', { name: 'Valider mes notes' }).click();
}

test('a juror signs in on a phone with the card’s link and submits; the chair sees the progress', async ({
  browser,
}) => {
  await createEvent();
  const chair = await browser.newPage();
  chair.on('dialog', (dialog) => void dialog.accept());
  await harness.attach(chair, 'network');
  await expect(chair.getByTestId('lan-state')).toHaveText('Désactivé');
  const url = await turnOn(chair);
  expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);

  await chair
    .getByTestId('lan-juror')
    .filter({ hasText: JURORS[0] })
    .getByRole('button', { name: 'Émettre une carte' })
    .click();
  const card = chair.getByTestId('login-card');
  await expect(card).toHaveCount(1);
  await expect(card).toContainText(JURORS[0] as string);
  const loginUrl = (await card.getByTestId('login-url').textContent()) ?? '';
  expect(loginUrl).toMatch(new RegExp(`^${url}#/juror/[A-Za-z0-9_-]{22}$`));
  await chair.screenshot({ path: 'test-results/lan-login-card.png' });
  await chair.getByRole('button', { name: 'Fermer' }).click();
  await expect(card).toHaveCount(0);

  // The chair watches progress on the grid page, live.
  await chair.getByRole('link', { name: 'Notation' }).click();
  await chair.getByRole('link', { name: 'Fiches papier (président du jury)' }).click();
  await expect(chair.getByTestId('progress-total')).toHaveText('0\u00a0/\u00a04 fiches');

  const phone = await phonePage(browser);
  await phone.goto(loginUrl);
  await expect(phone.getByText(JURORS[0] as string)).toBeVisible();
  // The token left the address bar (it stays in the phone's storage).
  expect(phone.url()).toBe(`${url}#/juror`);
  // The form fits the phone: nothing to scroll sideways.
  expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

  await scoreOnPhone(phone, TEAMS[0] as string, '8', '4,5');
  await expect(phone.getByTestId('sheet').getByText('Validée', { exact: true })).toBeVisible();
  await phone.screenshot({ path: 'test-results/lan-phone-form.png', fullPage: true });
  await expect(chair.getByTestId('progress-total')).toHaveText('1\u00a0/\u00a04 fiches');

  // The chair's list of devices shows the phone.
  await chair.getByRole('link', { name: 'Réseau' }).click();
  await expect(chair.getByTestId('lan-device')).toContainText(JURORS[0] as string);

  // Another juror's sheets never reach this phone.
  const grid = await core<{ sheets: { jurorId: number }[] }>('scores.grid', {});
  expect(grid.sheets).toHaveLength(1);
});

test('a phone keeps a submission while the laptop is unreachable, says so, and sends it when it is back', async ({
  browser,
}) => {
  await createEvent();
  const status = await core<{ url: string }>('lan.start', { address: '127.0.0.1', port: 0 });
  const port = Number(new URL(status.url).port);
  const jurors = await core<{ id: number }[]>('scoring.jurors', {});
  const { logins } = await core<{ logins: IssuedLogin[] }>('lan.issueJurorLogins', {
    jurorIds: [jurors[1]?.id],
  });
  const phone = await phonePage(browser);
  await phone.goto(logins[0]?.url as string);
  await expect(phone.getByText(JURORS[1] as string)).toBeVisible();
  await expect(phone.getByTestId('net-status')).toHaveAttribute('data-phase', 'online');

  await core('lan.stop', {});
  await expect(phone.getByTestId('net-status')).toHaveAttribute('data-phase', 'offline');
  await scoreOnPhone(phone, TEAMS[1] as string, '6', '3');
  await expect(phone.getByTestId('net-status')).toContainText('Modifications en attente d’envoi\u00a0: 1');
  expect(await phone.evaluate(() => localStorage.getItem('pitch-jury.lan.outbox'))).toContain(
    'scoring.submit',
  );
  await phone.screenshot({ path: 'test-results/lan-phone-offline.png' });
  expect((await core<{ submittedTotal: number }>('scores.progress', {})).submittedTotal).toBe(0);

  // The laptop is back on the same address: the phone reconnects and sends what it kept, once.
  await core('lan.start', { address: '127.0.0.1', port });
  await expect(phone.getByTestId('sheet').getByText('Validée', { exact: true })).toBeVisible({
    timeout: 15_000,
  });
  await expect(phone.getByTestId('net-status')).toHaveAttribute('data-phase', 'online');
  expect(await phone.evaluate(() => localStorage.getItem('pitch-jury.lan.outbox'))).toBeNull();
  expect((await core<{ submittedTotal: number }>('scores.progress', {})).submittedTotal).toBe(1);
});

test('a viewer link shows the projector’s display; a revoked juror is signed out at once', async ({
  browser,
}) => {
  await createEvent();
  await core('lan.start', { address: '127.0.0.1', port: 0 });
  await core('timer.command', { type: 'nextTeam' });
  await core('timer.command', { type: 'start' });
  await core('timer.command', { type: 'pause' });
  const link = await core<IssuedLogin>('lan.createViewerLink', { label: 'Salle d’attente' });

  const projector = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  await harness.attach(projector, 'display');
  const screen = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  await screen.goto(link.url);
  await expect(screen.getByTestId('display')).toContainText(TEAMS[0] as string);
  // Paused, both show the same remaining time to the second.
  const digits = (page: Page) => page.getByTestId('clock-digits').textContent();
  await expect.poll(async () => digits(screen)).toBe(await digits(projector));
  await screen.screenshot({ path: 'test-results/lan-viewer.png' });

  const jurors = await core<{ id: number }[]>('scoring.jurors', {});
  const { logins } = await core<{ logins: IssuedLogin[] }>('lan.issueJurorLogins', {
    jurorIds: [jurors[0]?.id],
  });
  const phone = await phonePage(browser);
  await phone.goto(logins[0]?.url as string);
  await expect(phone.getByTestId('sheet')).toBeVisible();
  await core('lan.revoke', { credentialId: logins[0]?.credentialId });
  await expect(
    phone.getByText('Le président du jury a révoqué cet identifiant.', { exact: false }),
  ).toBeVisible();
  await expect(phone.getByTestId('sheet')).toHaveCount(0);
});
