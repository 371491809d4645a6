/**
 * The README's rooms and final-round screenshots (docs/images/rooms-*.png),
 * taken in French through the E2E harness on the Hackathon CPA demo (its
 * whole day played: rooms merged, the final decided, scored and merged):
 * `npx electron-vite build && npx tsx test/e2e/docs-screenshots-rooms.ts`.
 * Control window at 1366×768.
 */
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { startHarness } from './harness';

const OUT = resolve(import.meta.dirname, '..', '..', 'docs', 'images');

async function main() {
  const harness = await startHarness();
  const result = await harness.dispatch('file.loadDemo', { demo: 'cpa' }, { trustedSender: true });
  if (!result.ok) throw new Error(result.error.message);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    await harness.attach(page, 'rooms');
    const final = page.locator('section.pj-final');
    await final.getByTestId('final-order').waitFor();
    await final.screenshot({ path: `${OUT}/rooms-final-fr.png` });
    await page.goto(`${harness.appUrl}#/results`);
    const selector = page.getByTestId('track-selector');
    await selector.waitFor();
    const label = await selector.locator('option', { hasText: 'tour final' }).textContent();
    await selector.selectOption({ label: label ?? '' });
    await page.getByTestId('ranking-row').first().waitFor();
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `${OUT}/rooms-final-results-fr.png` });
  } finally {
    await browser.close();
    await harness.close();
  }
}

void main();
