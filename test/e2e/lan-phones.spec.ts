/**
 * Jurors' own phones on a real event, end to end against the REAL local
 * server on 127.0.0.1 (ephemeral port): the demo event (8 teams, 4 criteria
 * with level descriptions) and a 30-team one, at 320×640 and 390×844, in
 * French and in English (the browser's language); honest connection states
 * when the network goes away; the page and its drafts after a reload without
 * network; one juror on two devices.
 */
import { type Browser, type BrowserContext, expect, type Page, test } from '@playwright/test';
import type { CallName } from '../../common/contract';
import type { IssuedLogin } from '../../common/contract/lan';
import { callOk, type Harness, startHarness } from './harness';

let harness: Harness;
test.describe.configure({ timeout: 240_000 });
test.beforeEach(async () => {
  harness = await startHarness();
});
test.afterEach(async () => {
  await harness.dispatch('lan.stop', {}, { trustedSender: true });
  await harness.close();
});

const core = <T>(name: CallName, input: unknown): Promise<T> => callOk<T>(harness, name, input);

/** Long names on purpose: they must wrap or be cut, never widen the page. */
const EXTRA_TEAMS = Array.from({ length: 22 }, (_, i) =>
  i % 3 === 0
    ? `Association des producteurs de vanille de Tahaʻa et Raʻiātea nº ${i + 1}`
    : `Équipe ${i + 1} — Tāmaʻa`,
);

/** The demo event (8 teams, 5 jurors, 4 criteria) or 30 teams; the local network on; the first juror's login. */
async function eventWithLogin(teams: 8 | 30): Promise<{ login: IssuedLogin; teamNames: string[] }> {
  await core('file.loadDemo', {});
  if (teams === 30) {
    for (const name of EXTRA_TEAMS) await core('teams.create', { name, projectTitle: '', members: [] });
  }
  await core('lan.start', { address: '127.0.0.1', port: 0 });
  const jurors = await core<{ id: number }[]>('scoring.jurors', {});
  const { logins } = await core<{ logins: IssuedLogin[] }>('lan.issueJurorLogins', {
    jurorIds: [jurors[0]?.id],
  });
  const setup = await core<{ teams: { name: string }[] }>('setup.get', {});
  expect(setup.teams).toHaveLength(teams);
  return { login: logins[0] as IssuedLogin, teamNames: setup.teams.map((t) => t.name) };
}

type Lang = 'fr' | 'en';
const TEXT = {
  fr: {
    teams: 'Équipes',
    submit: 'Valider mes notes',
    submitted: 'Validée',
    confirmation: /Fiche validée à .*Merci/,
    reopen: 'Rouvrir',
    reopenReason: 'Motif de la réouverture',
    reopenConfirm: 'Rouvrir la fiche',
    draft: 'Brouillon',
    signOut: 'Ce n’est pas vous ? Quitter',
    openSheets: 'Ouvrir mes fiches',
    pitch: 'Qualité du pitch',
    queued: 'En attente d’envoi',
  },
  en: {
    teams: 'Teams',
    submit: 'Submit my scores',
    submitted: 'Submitted',
    confirmation: /Sheet submitted at .*Thank you/,
    reopen: 'Reopen',
    reopenReason: 'Reason for reopening',
    reopenConfirm: 'Reopen the sheet',
    draft: 'Draft',
    signOut: 'Not me? Sign out',
    openSheets: 'Open my sheets',
    pitch: 'Qualité du pitch',
    queued: 'Waiting to be sent',
  },
} as const;

async function phoneContext(
  browser: Browser,
  size: { width: number; height: number },
  lang: Lang,
): Promise<BrowserContext> {
  return browser.newContext({
    viewport: size,
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: lang === 'fr' ? 'fr-FR' : 'en-US',
  });
}

/**
 * Nothing scrolls sideways, and every control is at least 44 px tall, inside
 * the screen once scrolled to, and not covered by anything at its centre.
 */
async function expectFitsAndTappable(page: Page) {
  const width = page.viewportSize()?.width ?? 0;
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
  const problems = await page.evaluate(() => {
    const found: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>('button, input, textarea, select, a[href]')) {
      const before = el.getBoundingClientRect();
      if (before.width === 0 && before.height === 0) continue;
      el.scrollIntoView({ block: 'center', inline: 'center' });
      const r = el.getBoundingClientRect();
      const name = (el.getAttribute('aria-label') ?? el.textContent ?? el.id ?? el.tagName)
        .trim()
        .slice(0, 40);
      if (r.height < 44) found.push(`${name}: ${Math.round(r.height)} px tall`);
      if (r.left < -0.5 || r.right > window.innerWidth + 0.5) {
        found.push(`${name}: outside the screen (${Math.round(r.left)}–${Math.round(r.right)})`);
      }
      const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      if (!hit || !(hit === el || el.contains(hit)))
        found.push(`${name}: covered by ${hit?.className ?? 'nothing'}`);
    }
    window.scrollTo(0, 0);
    return found;
  });
  expect(problems).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
}

/** The whole juror flow with taps only: pick the last team, score it, submit, reopen, sign out and back. */
async function jurorFlow(phone: Page, lang: Lang, team: string, screenshot: string | null) {
  const text = TEXT[lang];
  const sheet = phone.getByTestId('sheet');
  await expect(sheet).toBeVisible();
  await expectFitsAndTappable(phone);
  await phone.getByRole('navigation', { name: text.teams }).getByRole('button', { name: team }).tap();
  await expect(sheet.getByRole('heading', { name: team })).toBeVisible();
  const scales = sheet.getByTestId('scale');
  await expect(scales).toHaveCount(4);
  // The three criteria with level descriptions: tap the fourth level; the last one: type in its box.
  for (let i = 0; i < 3; i++) await scales.nth(i).getByRole('button').nth(3).tap();
  const pitch = sheet.getByLabel(text.pitch, { exact: true });
  await pitch.tap();
  await pitch.fill(lang === 'fr' ? '7,5' : '7.5');
  await expect(sheet.getByRole('textbox', { name: /Impact/ })).toHaveValue('8');
  await expectFitsAndTappable(phone);
  if (screenshot) {
    await expect(sheet.getByTestId('autosave')).toHaveAttribute('data-state', 'saved');
    await phone
      .getByRole('navigation', { name: text.teams })
      .getByRole('button', { name: team })
      .scrollIntoViewIfNeeded();
    await phone.evaluate(() => window.scrollTo(0, 0));
    await phone.screenshot({ path: screenshot });
  }
  await sheet.getByRole('button', { name: text.submit }).tap();
  await expect(sheet.getByTestId('autosave')).toHaveText(text.confirmation);
  await expect(sheet.getByText(text.submitted, { exact: true })).toBeVisible();
  await expectFitsAndTappable(phone);
  await sheet.getByRole('button', { name: text.reopen }).tap();
  const reason = sheet.getByLabel(text.reopenReason);
  await reason.tap();
  await reason.fill('Erreur de saisie');
  await sheet.getByRole('button', { name: text.reopenConfirm }).tap();
  await expect(sheet.getByText(text.draft, { exact: true })).toBeVisible();
  await phone.getByRole('button', { name: text.signOut }).tap();
  await phone.getByRole('button', { name: text.openSheets }).tap();
  await expect(sheet).toBeVisible();
}

for (const size of [
  { width: 320, height: 640 },
  { width: 390, height: 844 },
]) {
  for (const teams of [8, 30] as const) {
    test(`${size.width}×${size.height}, ${teams} teams: the juror flow fits and every control is tappable, in French and English`, async ({
      browser,
    }) => {
      const { login, teamNames } = await eventWithLogin(teams);
      const last = teamNames[teamNames.length - 1] as string;
      for (const lang of ['fr', 'en'] as const) {
        const context = await phoneContext(browser, size, lang);
        const phone = await context.newPage();
        await phone.goto(login.url);
        // The browser's language, not the chair's (the laptop runs in French).
        await expect(phone.getByRole('button', { name: TEXT[lang].submit })).toBeVisible();
        const shot = size.width === 390 && teams === 8 ? `test-results/phone-juror-${lang}.png` : null;
        await jurorFlow(phone, lang, lang === 'fr' ? last : (teamNames[1] as string), shot);
        await context.close();
      }
      // The switch on the page wins over the browser's language, and the phone remembers it.
      const context = await phoneContext(browser, size, 'fr');
      const phone = await context.newPage();
      await phone.goto(login.url);
      await phone.getByRole('button', { name: 'English' }).tap();
      await expect(phone.getByRole('button', { name: TEXT.en.submit })).toBeVisible();
      await phone.reload();
      await expect(phone.getByRole('button', { name: TEXT.en.submit })).toBeVisible();
      expect(await phone.evaluate(() => document.documentElement.lang)).toBe('en');
      await context.close();
    });
  }
}

test('offline within 5 s of losing the laptop; queued, reloaded offline with its drafts, then sent', async ({
  browser,
}) => {
  const { login, teamNames } = await eventWithLogin(8);
  const context = await phoneContext(browser, { width: 390, height: 844 }, 'fr');
  const phone = await context.newPage();
  await phone.goto(login.url);
  const sheet = phone.getByTestId('sheet');
  const status = phone.getByTestId('net-status');
  await expect(sheet).toBeVisible();
  await expect(status).toHaveAttribute('data-phase', 'online');
  // The page is kept for offline use (a secure context here: loopback) before the network goes.
  await phone.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await expect.poll(() => phone.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

  await context.setOffline(true);
  // A product requirement: "offline" within 5 s, without waiting for a close that never comes.
  await expect(status).toHaveAttribute('data-phase', 'offline', { timeout: 5_000 });
  await expect(status).toContainText('Connexion perdue');

  const team = teamNames[2] as string;
  await phone.getByRole('navigation', { name: 'Équipes' }).getByRole('button', { name: team }).tap();
  await expect(sheet.getByRole('heading', { name: team })).toBeVisible();
  const scales = sheet.getByTestId('scale');
  for (let i = 0; i < 3; i++) await scales.nth(i).getByRole('button').nth(2).tap();
  await sheet.getByLabel('Qualité du pitch', { exact: true }).fill('9');
  await sheet.getByRole('button', { name: 'Valider mes notes' }).tap();
  // Queued, not "Brouillon" nor "not saved".
  await expect(sheet.getByTestId('autosave')).toHaveAttribute('data-state', 'queued');
  await expect(sheet.getByTestId('autosave')).toContainText('Validée sur ce téléphone');
  await expect(sheet.getByText('En attente d’envoi', { exact: true })).toBeVisible();
  await expect(sheet.getByText('Brouillon', { exact: true })).toHaveCount(0);
  await expect(status).toHaveAttribute('data-state', 'queued');
  await phone.screenshot({ path: 'test-results/phone-juror-offline-fr.png' });
  expect((await core<{ submittedTotal: number }>('scores.progress', {})).submittedTotal).toBe(0);

  // Reload without network: the page (service worker) and the form with its drafts.
  await phone.reload();
  await expect(sheet).toBeVisible({ timeout: 30_000 });
  await phone.getByRole('navigation', { name: 'Équipes' }).getByRole('button', { name: team }).tap();
  await expect(sheet.getByLabel('Qualité du pitch', { exact: true })).toHaveValue('9');
  await expect(sheet.getByText('Validée', { exact: true })).toBeVisible();
  await expect(status).toHaveAttribute('data-phase', 'offline');

  await context.setOffline(false);
  await expect(status).toHaveAttribute('data-state', 'sent', { timeout: 30_000 });
  await expect
    .poll(async () => (await core<{ submittedTotal: number }>('scores.progress', {})).submittedTotal, {
      timeout: 30_000,
    })
    .toBe(1);
  expect(await phone.evaluate(() => localStorage.getItem('pitch-jury.lan.outbox'))).toBeNull();
  await context.close();
});

test('typing then reloading at once keeps the last value', async ({ browser }) => {
  const { login, teamNames } = await eventWithLogin(8);
  const context = await phoneContext(browser, { width: 390, height: 844 }, 'fr');
  const phone = await context.newPage();
  await phone.goto(login.url);
  const sheet = phone.getByTestId('sheet');
  const team = teamNames[3] as string;
  await phone.getByRole('navigation', { name: 'Équipes' }).getByRole('button', { name: team }).tap();
  await sheet.getByLabel('Qualité du pitch', { exact: true }).fill('6,5');
  // Well within the 0.7 s autosave pause.
  await phone.reload();
  await phone.getByRole('navigation', { name: 'Équipes' }).getByRole('button', { name: team }).tap();
  await expect(sheet.getByLabel('Qualité du pitch', { exact: true })).toHaveValue('6,5', { timeout: 30_000 });
  await expect
    .poll(async () => {
      const grid = await core<{ sheets: { teamId: number; scores: { value: number }[] }[] }>(
        'scores.grid',
        {},
      );
      return grid.sheets.flatMap((s) => s.scores.map((x) => x.value));
    })
    .toEqual([6.5]);
  await context.close();
});

test('one juror on two devices: both see the same sheet live and both criteria survive', async ({
  browser,
}) => {
  const { login, teamNames } = await eventWithLogin(8);
  const team = teamNames[4] as string;
  const open = async () => {
    const context = await phoneContext(browser, { width: 390, height: 844 }, 'fr');
    const page = await context.newPage();
    await page.goto(login.url);
    await page.getByRole('navigation', { name: 'Équipes' }).getByRole('button', { name: team }).tap();
    await expect(page.getByTestId('sheet').getByRole('heading', { name: team })).toBeVisible();
    return { context, page, sheet: page.getByTestId('sheet') };
  };
  const phone = await open();
  const tablet = await open();
  await phone.sheet.getByLabel('Innovation', { exact: true }).fill('9');
  await tablet.sheet.getByLabel('Qualité du pitch', { exact: true }).fill('2');
  // Each device shows the other's score, live.
  await expect(phone.sheet.getByLabel('Qualité du pitch', { exact: true })).toHaveValue('2', {
    timeout: 30_000,
  });
  await expect(tablet.sheet.getByLabel('Innovation', { exact: true })).toHaveValue('9', { timeout: 30_000 });
  const values = async () => {
    const grid = await core<{ sheets: { scores: { criterionId: number; value: number }[] }[] }>(
      'scores.grid',
      {},
    );
    return grid.sheets.flatMap((s) => s.scores.map((x) => x.value)).sort();
  };
  await expect.poll(values).toEqual([2, 9]);

  // Both change the same criterion: the second is refused with a message, never silently lost.
  await phone.sheet.getByLabel('Innovation', { exact: true }).fill('7');
  await expect(tablet.sheet.getByLabel('Innovation', { exact: true })).toHaveValue('7', { timeout: 30_000 });
  await expect.poll(values).toEqual([2, 7]);
  await phone.context.close();
  await tablet.context.close();
});

test('after the lock: unsubmitted sheets say they do not count; an edit refused meanwhile goes back to the laptop’s value', async ({
  browser,
}) => {
  const { login, teamNames } = await eventWithLogin(8);
  const context = await phoneContext(browser, { width: 390, height: 844 }, 'en');
  const phone = await context.newPage();
  await phone.goto(login.url);
  const sheet = phone.getByTestId('sheet');
  const team = teamNames[5] as string;
  await phone.getByRole('navigation', { name: 'Teams' }).getByRole('button', { name: team }).tap();
  await sheet.getByLabel('Qualité du pitch', { exact: true }).fill('4');
  await expect(sheet.getByTestId('autosave')).toContainText('Draft saved', { timeout: 30_000 });
  await context.setOffline(true);
  await expect(phone.getByTestId('net-status')).toHaveAttribute('data-phase', 'offline', { timeout: 15_000 });
  await sheet.getByLabel('Qualité du pitch', { exact: true }).fill('8');
  await expect(sheet.getByTestId('autosave')).toHaveAttribute('data-state', 'queued', { timeout: 15_000 });
  // Locking with sheets missing needs them named back (the chair's confirmation).
  const { missing } = (await core('results.lockCheck', {})) as { missing: unknown[] };
  await core('results.lock', { lockedBy: 'Sophie Tetuanui', confirmedMissing: missing });
  await context.setOffline(false);
  await expect(sheet.getByRole('alert').or(sheet.locator('.form-error'))).toContainText(
    'The results are locked',
    { timeout: 30_000 },
  );
  await expect(sheet.getByLabel('Qualité du pitch', { exact: true })).toHaveValue('4');
  await expect(sheet.getByTestId('locked-unsubmitted')).toContainText('does not count');
  await expect(sheet.getByText('Not counted', { exact: true })).toBeVisible();
  await context.close();
});

test('a viewer keeps counting while the laptop is unreachable and says so, clear of the full-screen button', async ({
  browser,
}) => {
  await core('file.loadDemo', {});
  await core('lan.start', { address: '127.0.0.1', port: 0 });
  await core('timer.command', { type: 'nextTeam' });
  await core('timer.command', { type: 'start' });
  const link = await core<IssuedLogin>('lan.createViewerLink', { label: 'Salle d’attente' });
  const context = await phoneContext(browser, { width: 390, height: 844 }, 'fr');
  const screen = await context.newPage();
  await screen.goto(link.url);
  const digits = screen.getByTestId('clock-digits');
  await expect(digits).toBeVisible();
  await context.setOffline(true);
  const status = screen.getByTestId('net-status');
  await expect(status).toHaveAttribute('data-phase', 'offline', { timeout: 5_000 });
  await expect(status).toContainText('le chrono continue');
  const first = await digits.textContent();
  await expect.poll(() => digits.textContent(), { timeout: 15_000 }).not.toBe(first);
  // The status line and the full-screen button never overlap on a phone.
  const button = screen.getByRole('button', { name: 'Plein écran' });
  expect(await button.count()).toBe((await screen.evaluate(() => document.fullscreenEnabled)) ? 1 : 0);
  const a = await status.boundingBox();
  const b = (await button.count()) > 0 ? await button.boundingBox() : null;
  expect(a).not.toBeNull();
  if (a && b) {
    const apart =
      a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
    expect(apart).toBe(true);
  }
  expect((a?.x ?? 0) + (a?.width ?? 0)).toBeLessThanOrEqual(390);
  await screen.screenshot({ path: 'test-results/phone-viewer-offline-fr.png' });
  await context.setOffline(false);
  await expect(status).toHaveCount(0, { timeout: 30_000 });
  // The organiser turns the network off: the screen says so, and keeps saying it while it retries.
  await core('lan.stop', {});
  await expect(screen.getByTestId('net-status')).toHaveAttribute('data-state', 'stopped', {
    timeout: 15_000,
  });
  await expect(screen.getByTestId('net-status')).toContainText('désactivé le réseau');
  await context.close();
});
