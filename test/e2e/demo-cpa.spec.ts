import { expect, test } from '@playwright/test';
import { type Harness, startHarness } from './harness';

let harness: Harness;
test.beforeEach(async () => {
  harness = await startHarness();
});
test.afterEach(async () => {
  await harness.close();
});

test('the welcome page loads the Hackathon CPA demo with its prizes', async ({ page }) => {
  await harness.attach(page);
  await page
    .getByRole('button', { name: 'Charger la démo «\u00a0Hackathon CPA\u00a0» (3\u00a0salles, 5\u00a0prix)' })
    .click();
  await expect(page.getByRole('heading', { name: 'Hackathon CPA' })).toBeVisible();
  await page.getByRole('link', { name: 'Prix', exact: true }).click();
  const editor = page.getByTestId('tracks-editor');
  await expect(editor.getByTestId('track-main')).toContainText('Grand prix du Hackathon CPA');
  await expect(editor.getByTestId('track-card')).toHaveCount(4);
  await expect(editor.getByTestId('track-card').last()).toContainText('18 équipes, 12 jurés, 2 critères');
});
