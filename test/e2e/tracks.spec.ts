import { expect, test } from '@playwright/test';
import { type Harness, startHarness } from './harness';

let harness: Harness;
test.beforeEach(async () => {
  harness = await startHarness();
});
test.afterEach(async () => {
  await harness.close();
});

test('a prize track set up in the setup page ranks its own teams on the results page', async ({ page }) => {
  await harness.attach(page);
  await page.getByRole('button', { name: 'Charger l’événement de démonstration' }).click();
  await expect(page.getByRole('heading', { name: 'Hackathon Fenua Numérique 2026' })).toBeVisible();
  await page.getByRole('link', { name: 'Prix', exact: true }).click();
  const editor = page.getByTestId('tracks-editor');
  await expect(editor.getByTestId('track-main')).toContainText('Grand prix');

  await editor.getByLabel('Nom du nouveau prix').fill('Coup de cœur');
  await editor.getByRole('button', { name: 'Ajouter un prix' }).click();
  const card = editor.getByTestId('track-card');
  await expect(card).toHaveCount(1);
  // Two teams, every juror, one criterion.
  const teams = card.locator('fieldset').nth(0).getByRole('checkbox');
  await teams.nth(0).check();
  await teams.nth(1).check();
  for (const box of await card.locator('fieldset').nth(1).getByRole('checkbox').all()) await box.check();
  await card.locator('fieldset').nth(2).getByRole('checkbox').first().check();
  await card.getByRole('button', { name: 'Enregistrer ce prix' }).click();
  await expect(editor.getByTestId('track-card')).toContainText('2 équipes, 5 jurés, 1 critère');

  // A bad weight is refused with a clear message, and nothing saved is lost.
  await editor
    .getByTestId('track-card')
    .getByLabel(/Poids de/)
    .fill('0');
  await editor.getByTestId('track-card').getByRole('button', { name: 'Enregistrer ce prix' }).click();
  await expect(editor.getByTestId('track-card')).toContainText('poids supérieur à 0');
  await expect(editor.getByTestId('track-card')).toContainText('2 équipes, 5 jurés, 1 critère');

  await page.getByRole('link', { name: 'Résultats' }).click();
  await expect(page.getByTestId('ranking-row')).toHaveCount(8);
  await page.getByTestId('track-selector').selectOption({ label: 'Coup de cœur' });
  await expect(page.getByTestId('ranking-row')).toHaveCount(2);
  await page.getByTestId('track-selector').selectOption({ label: 'Grand prix' });
  await expect(page.getByTestId('ranking-row')).toHaveCount(8);
  await page.screenshot({ path: 'test-results/tracks-results.png' });
});
