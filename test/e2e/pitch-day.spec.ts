/**
 * A pitch day without traps (issue 14): the mistakes a tired chair makes on
 * the keyboard are caught, undone or impossible. Every path goes through the
 * real UI, keys and Tab included, against the real core.
 */
import { expect, test } from '@playwright/test';
import type { CallName } from '../../common/contract';
import { type Harness, startHarness } from './harness';

let harness: Harness;
test.beforeEach(async () => {
  harness = await startHarness();
});
test.afterEach(async () => {
  await harness.close();
});

async function core<T>(name: CallName, input: unknown): Promise<T> {
  const result = await harness.dispatch(name, input, { trustedSender: true });
  if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
  return result.value as T;
}

/** 2 teams, 2 jurors, 1 criterion; Marc is recused for Reo Plus (the grid's last row). */
async function smallEvent() {
  await core('file.new', { name: 'Pitch Day Papeete' });
  for (const name of ['Vai Ora', 'Reo Plus'])
    await core('teams.create', { name, projectTitle: `Projet ${name}`, members: [] });
  for (const name of ['Hinatea Raʻiātea', 'Marc Delorme']) await core('jurors.create', { name, title: '' });
  await core('criteria.create', {
    name: 'Impact',
    description: '',
    weight: 100,
    min: 0,
    max: 10,
    step: 1,
    levels: [],
  });
  await core('recusals.set', { jurorId: 2, teamId: 2, reason: 'Associé de l’équipe' });
}

test('item 1: Tab then Enter from the paper grid never deletes a recusal; a deliberate delete can be undone', async ({
  page,
}) => {
  await smallEvent();
  await harness.attach(page, 'scoring/grid');
  const recusal = page.getByTestId('recusal-row');
  await expect(recusal).toHaveCount(1);

  // The last enabled cell: Reo Plus scored by Hinatea (Marc's row below it is recused).
  const cell = page.getByLabel('Reo Plus, Hinatea Raʻiātea, Impact');
  await cell.click();
  await cell.fill('7');
  // The tired chair: Tab from the last cell lands on the recusal's delete button; Enter, Enter, Enter.
  await page.keyboard.press('Tab');
  await expect(recusal.getByRole('button', { name: 'Supprimer' })).toBeFocused();
  for (let i = 0; i < 3; i++) await page.keyboard.press('Enter');
  await expect(recusal).toHaveCount(1);
  expect(await core<unknown[]>('recusals.list', {})).toHaveLength(1);

  // Deleting on purpose takes a second answer, and the deletion can be undone with its reason.
  await recusal.getByRole('button', { name: 'Supprimer' }).click();
  await expect(recusal.getByRole('button', { name: 'La garder' })).toBeFocused();
  await recusal.getByRole('button', { name: 'Supprimer la récusation' }).click();
  await expect(recusal).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: 'Récusation de Marc Delorme' })).toBeVisible();
  await page.getByRole('button', { name: 'Annuler' }).click();
  await expect(recusal).toHaveCount(1);
  await expect(recusal).toContainText('Associé de l’équipe');
});
