/**
 * The README's pitch-day screenshots (docs/images/pitch-day-*.png), taken in
 * French and English through the E2E harness (the real core behind the built
 * renderer): `npx electron-vite build && npx tsx test/e2e/docs-screenshots.ts`.
 * Control window at 1366×768, projector at 1920×1080.
 */
import { join, resolve } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import type { Locale } from '../../common/domain';
import { startHarness } from './harness';

const OUT = resolve(import.meta.dirname, '..', '..', 'docs', 'images');
const trusted = { trustedSender: true };

async function shoot(locale: Locale) {
  const harness = await startHarness();
  const call = async (name: string, input: unknown) => {
    const result = await harness.dispatch(name, input, trusted);
    if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
    return result.value;
  };
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
  });
  const page = async (width: number, height: number, route: string): Promise<Page> => {
    const p = await browser.newPage({ viewport: { width, height } });
    await harness.attach(p, route);
    return p;
  };
  const file = (name: string) => join(OUT, `pitch-day-${name}-${locale}.png`);
  try {
    await call('file.loadDemo', {});
    await call('app.setUiLocale', { locale });
    await call('event.update', { ...((await call('setup.get', {})) as { event: object }).event, locale });

    // The checklist on a fresh demo event.
    const setup = await page(1366, 768, 'setup/day');
    await setup.getByTestId('checklist').waitFor();
    await setup.screenshot({ path: file('checklist') });

    // The control room: a pitch under way, T pressed: the question before losing the pitch.
    const control = await page(1366, 768, 'control');
    await control.getByTestId('chair-bar').waitFor();
    await control.keyboard.press('t');
    await control.keyboard.press('Space');
    await control.waitForTimeout(2_200);
    await control.keyboard.press('t');
    await control.getByRole('alertdialog').waitFor();
    await control.screenshot({ path: file('confirm') });
    await control.getByRole('alertdialog').getByRole('button').nth(1).click();
    await control.getByTestId('chair-undo').waitFor();
    await control.goto(`${harness.appUrl}#/results`);
    await control.getByTestId('chair-undo').waitFor();
    await control.screenshot({ path: file('bar-undo') });
    await control.keyboard.press('Control+z');

    // The projector: red with its word and pattern; then a message with the clock.
    await call('timer.command', { type: 'resetPhase' });
    await call('timer.command', { type: 'adjust', deltaMs: -288_000 });
    const display = await page(1920, 1080, 'display');
    await call('timer.command', { type: 'toggle' });
    await display.getByTestId('display-cue-red').waitFor({ state: 'visible' });
    await display.screenshot({ path: file('projector-red') });
    await call('display.set', {
      mode: 'message',
      message: locale === 'fr' ? 'Dernière question, s’il vous plaît' : 'Last question, please',
    });
    await display.getByTestId('display-text').waitFor();
    await display.waitForTimeout(300);
    await display.screenshot({ path: file('projector-message') });
    await call('display.set', { mode: 'timer' });

    // Juror mode: the laptop in a juror's hands.
    await call('kiosk.enter', { jurorId: 2, code: '2468' });
    const kiosk = await page(1366, 768, 'scoring');
    await kiosk.getByTestId('kiosk').waitFor();
    await kiosk.screenshot({ path: file('juror-mode') });
    await call('kiosk.exit', { code: '2468' });
  } finally {
    await browser.close();
    await harness.close();
  }
}

for (const locale of ['fr', 'en'] as const) await shoot(locale);
console.log(`screenshots written to ${OUT}`);
