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
    .getByRole('button', {
      name: 'Charger la démo «\u00a0Hackathon CPA\u00a0» (3\u00a0salles et une finale, 5\u00a0prix)',
    })
    .click();
  await expect(page.getByRole('heading', { name: 'Hackathon CPA' })).toBeVisible();
  await page.getByRole('link', { name: 'Prix', exact: true }).click();
  const editor = page.getByTestId('tracks-editor');
  // The main track ranks the preliminaries; the grand prize is the final's track (its 6 finalists, its jury of 5).
  await expect(editor.getByTestId('track-main')).toContainText('Classement des préliminaires');
  await expect(editor.getByTestId('track-card')).toHaveCount(5);
  await expect(editor.getByTestId('track-card').nth(3)).toContainText('18 équipes, 12 jurés, 2 critères');
  await expect(editor.getByTestId('track-card').last()).toContainText('6 équipes, 5 jurés, 4 critères');
  await expect(editor.getByTestId('track-card').last().locator('input[name="track-rename"]')).toHaveValue(
    'Grand prix du Hackathon CPA',
  );

  // A recusal in the jury's favourite only, then lifted.
  const recusals = editor.getByTestId('track-recusals').nth(3);
  await expect(recusals).toContainText('Aucune récusation dans ce prix.');
  await recusals.getByLabel('Juré').selectOption({ label: 'Raiarii Tehōtu' });
  await recusals.getByLabel('Équipe').selectOption({ label: 'Mā Ora' });
  await recusals.getByLabel('Motif').fill('Ancien collègue');
  await recusals.getByLabel('Enregistrée par').fill('Tāmaʻa Teriʻi');
  await recusals.getByRole('button', { name: 'Récuser dans ce prix' }).click();
  await expect(recusals).toContainText('Raiarii Tehōtu ne juge pas Mā Ora — Ancien collègue');
  // Only this track: the first theme prize has none.
  await expect(editor.getByTestId('track-recusals').first()).toContainText('Aucune récusation dans ce prix.');
  // A reason is required: the refusal is shown and the saved recusal stays.
  await recusals.getByLabel('Juré').selectOption({ label: 'Teva Rōpiti' });
  await recusals.getByLabel('Équipe').selectOption({ label: 'Tāpura' });
  await recusals.getByRole('button', { name: 'Récuser dans ce prix' }).click();
  await expect(recusals.locator('.form-error')).toBeVisible();
  await expect(recusals).toContainText('Raiarii Tehōtu ne juge pas Mā Ora');
  await recusals.getByRole('button', { name: 'Lever' }).click();
  await expect(recusals).toContainText('Aucune récusation dans ce prix.');
});
