/**
 * Pitch day end to end: the control room and the projector are two pages on
 * one core (as two Electron windows on one main process). The projector's
 * clock is driven by Playwright's controlled clock, so thresholds and
 * overtime are checked without waiting.
 */
import { expect, type Page, test } from '@playwright/test';
import { drawOrder } from '../../common/order';
import { type Harness, startHarness } from './harness';
import { pauseClockNow } from './page-clock';

let harness: Harness;
const trusted = { trustedSender: true };

test.beforeEach(async () => {
  harness = await startHarness();
  await harness.dispatch('file.loadDemo', {}, trusted);
});
test.afterEach(async () => {
  await harness.close();
});

async function shortTimer(pitchMs: number) {
  const result = await harness.dispatch(
    'timerDefaults.update',
    { pitchMs, qaMs: 30_000, changeoverMs: 60_000, amberAtMs: 30_000, redAtMs: 10_000 },
    trusted,
  );
  expect(result.ok).toBe(true);
}

const projector = (page: Page) => page.getByTestId('display');
const projectorClock = (page: Page) => projector(page).getByTestId('clock');
const projectorDigits = (page: Page) => projector(page).getByTestId('clock-digits');

test('Space in the control room starts the projector; colours and overtime follow the clock', async ({
  context,
}) => {
  await shortTimer(60_000);
  const control = await context.newPage();
  const display = await context.newPage();
  await control.clock.install();
  await display.clock.install();
  await display.setViewportSize({ width: 1366, height: 768 });
  await harness.attach(control, 'control');
  await harness.attach(display, 'display');
  await expect(projector(display)).toContainText('La session va bientôt commencer');

  await control.bringToFront();
  await control.keyboard.press('t');
  await expect(projector(display).getByTestId('display-team')).toHaveText('Vai Ora');
  await expect(projectorDigits(display)).toHaveText('1:00');
  await expect(projectorClock(display)).toHaveAttribute('data-colour', 'neutral');
  await expect(projector(display).getByTestId('display-phase')).toHaveText('Pitch');
  await expect(projector(display).getByTestId('display-next')).toHaveText('Ensuite\u00a0: Taote Connect');

  await control.keyboard.press('Space');
  await expect(projectorClock(display)).toHaveAttribute('data-status', 'running');
  await expect(projectorClock(display)).toHaveAttribute('data-colour', 'green');

  // From here the projector's time moves only when the test says so.
  await pauseClockNow(display);
  await display.clock.runFor(30_000);
  await expect(projectorDigits(display)).toHaveText(/^0:(30|29)$/);
  await expect(projectorClock(display)).toHaveAttribute('data-colour', 'amber');
  await display.clock.runFor(20_000);
  await expect(projectorDigits(display)).toHaveText(/^0:(10|09)$/);
  await expect(projectorClock(display)).toHaveAttribute('data-colour', 'red');
  await display.clock.runFor(11_500);
  await expect(projectorDigits(display)).toHaveText(/^\+0:0[23]$/);
  await expect(projectorClock(display)).toHaveAttribute('data-colour', 'overtime');
  const flash = await projectorClock(display).getAttribute('data-flash');
  await display.clock.runFor(500);
  await expect(projectorClock(display)).toHaveAttribute('data-flash', flash === 'on' ? 'off' : 'on');
  await display.screenshot({ path: 'test-results/display-overtime.png' });

  // The chair pauses: the projector stops and shows the pause at once.
  await control.keyboard.press('Space');
  await expect(projectorClock(display)).toHaveAttribute('data-status', 'paused');
  await expect(control.getByTestId('control-status')).toHaveText('En pause');
  await control.screenshot({ path: 'test-results/control-room.png' });
});

test('the projector fills 1366×768 and 3840×2160 without overflowing', async ({ page }) => {
  // The widest clock text there is: over an hour, e.g. "1:02:03".
  await harness.dispatch('order.setOverrides', { teamId: 1, pitchMs: 3_723_000, qaMs: null }, trusted);
  await harness.dispatch(
    'teams.update',
    {
      id: 1,
      name: 'Vai Ora — Tāmaʻa Teriʻi et l’équipe de la qualité de l’eau des rivières de Tahiti',
      projectTitle: 'Suivi en temps réel de la qualité de l’eau des rivières, des sources au lagon',
      members: [],
    },
    trusted,
  );
  await harness.dispatch('timer.command', { type: 'nextTeam' }, trusted);
  await harness.dispatch('timer.command', { type: 'start' }, trusted);
  await harness.attach(page, 'display');

  for (const [width, height] of [
    [1366, 768],
    [3840, 2160],
  ] as const) {
    await page.setViewportSize({ width, height });
    await expect(projectorDigits(page)).toHaveText(/^1:0[12]:\d\d$/);
    await page.evaluate(() => document.fonts.ready);
    // Let the fit settle after the resize (one frame is enough; a few are safe).
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const overflow = await page.evaluate(() => ({
      x: document.documentElement.scrollWidth - window.innerWidth,
      y: document.documentElement.scrollHeight - window.innerHeight,
    }));
    expect(overflow).toEqual({ x: 0, y: 0 });
    for (const id of ['clock-digits', 'display-team', 'display-phase', 'display-next']) {
      const box = await projector(page).getByTestId(id).boundingBox();
      expect(box, id).not.toBeNull();
      if (!box) continue;
      expect(box.x, id).toBeGreaterThanOrEqual(0);
      expect(box.y, id).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width, id).toBeLessThanOrEqual(width);
      expect(box.y + box.height, id).toBeLessThanOrEqual(height);
    }
    // Huge: the digits take most of the width or a good part of the height.
    const digits = await projectorDigits(page).boundingBox();
    expect(Math.max((digits?.width ?? 0) / width, (digits?.height ?? 0) / height)).toBeGreaterThan(0.5);
    await page.screenshot({ path: `test-results/display-${width}x${height}.png` });
  }

  // A long message to the speaker is fitted too.
  await harness.dispatch(
    'display.set',
    {
      mode: 'message',
      message: 'Merci de conclure : le jury a encore deux questions pour Tāmaʻa et son équipe.',
    },
    trusted,
  );
  const text = projector(page).getByTestId('display-text');
  await expect(text).toContainText('Merci de conclure');
  const box = await text.boundingBox();
  expect(box && box.y + box.height).toBeLessThanOrEqual(2160);
  expect(box && box.x + box.width).toBeLessThanOrEqual(3840);
  await page.screenshot({ path: 'test-results/display-message-3840x2160.png' });
});

test('a late team goes to the end, and a draw shows its seed and team numbers', async ({ page }) => {
  await harness.attach(page, 'order');
  await page.getByLabel('Graine').fill('Tahiti 2025');
  await page.getByRole('button', { name: 'Tirer l’ordre au sort' }).click();
  await expect(page.getByTestId('draw-seed')).toHaveText('Tahiti 2025');
  await expect(page.getByTestId('draw-result')).toContainText('algorithme v1');
  await expect(page.getByTestId('draw-result')).toContainText('1, 2, 3, 4, 5, 6, 7, 8');

  const expected = drawOrder([1, 2, 3, 4, 5, 6, 7, 8], 'Tahiti 2025');
  const rows = page.getByTestId('order-row');
  await expect(rows).toHaveCount(8);
  const shownIds = async () =>
    await rows.evaluateAll((els) => els.map((el) => Number(el.getAttribute('data-team-id'))));
  expect(await shownIds()).toEqual(expected);
  await expect(rows.first().getByTestId('team-id')).toHaveText(`Équipe nº ${expected[0]}`);
  await page.screenshot({ path: 'test-results/order-drawn.png', fullPage: true });

  // The first team is late: one click sends it to the end, everyone else moves up.
  await rows.first().getByRole('button', { name: 'Déplacer à la fin' }).click();
  await expect.poll(shownIds).toEqual([...expected.slice(1), expected[0]]);
  await expect(rows.last().getByRole('combobox')).toHaveValue('waiting');
});

test('the session start is typed as a French 24-hour time, whatever Chromium’s own language', async ({
  page,
}) => {
  await harness.attach(page, 'order');
  const start = page.getByLabel('Début de la session');
  await start.fill('14h30');
  await start.press('Tab');
  await expect(start).toHaveValue('14:30');
  await expect(page.getByText(/Fin prévue/)).toHaveText(/Fin prévue\u00a0: \d{1,2}:\d{2}$/);
  await expect(page.locator('.pj-schedule')).not.toContainText(/\b(AM|PM)\b/);
  // A 12-hour time is refused with a message, not guessed.
  await start.fill('2:04 PM');
  await expect(page.getByText('Tapez l’heure de début sur 24\u00a0h')).toBeVisible();
});

test('keys do nothing while the chair types; B blacks the projector out and back', async ({ context }) => {
  const control = await context.newPage();
  const display = await context.newPage();
  await harness.attach(control, 'control');
  await harness.attach(display, 'display');
  await control.bringToFront();

  const message = control.getByLabel('Message à l’orateur');
  await message.click();
  await control.keyboard.type('Tu as encore une minute, Tāmaʻa : termine tranquillement');
  await expect(message).toHaveValue('Tu as encore une minute, Tāmaʻa : termine tranquillement');
  expect(
    (await harness.dispatch('timer.get', {}, trusted)) as { value: { state: { status: string } } },
  ).toMatchObject({
    value: { state: { status: 'empty' } },
  });
  await control.getByRole('button', { name: 'Afficher le message' }).click();
  await expect(projector(display)).toHaveAttribute('data-mode', 'message');
  await expect(projector(display)).toContainText('Tu as encore une minute');

  await control.locator('body').click({ position: { x: 5, y: 400 } });
  await control.keyboard.press('b');
  await expect(projector(display)).toHaveAttribute('data-mode', 'blackout');
  await expect(control.getByTestId('display-preview')).toHaveAttribute('data-mode', 'blackout');
  await control.keyboard.press('b');
  await expect(projector(display)).toHaveAttribute('data-mode', 'message');
});
