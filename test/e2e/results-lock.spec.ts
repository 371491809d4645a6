import { expect, test } from '@playwright/test';
import type { CallName } from '../../common/contract';
import { callOk, type Harness, startHarness } from './harness';

let harness: Harness;
test.beforeEach(async () => {
  harness = await startHarness();
});
test.afterEach(async () => {
  await harness.close();
});

const core = <T>(name: CallName, input: unknown): Promise<T> => callOk<T>(harness, name, input);

/**
 * Issue 13 item 14: locking with sheets missing shows what is missing (teams,
 * jurors) and needs an explicit confirmation naming it; nothing is locked
 * before that.
 */
test('locking with sheets missing lists them and needs an explicit confirmation', async ({ page }) => {
  await core('file.new', { name: 'Pitch Day Papeete' });
  const teams: number[] = [];
  for (const name of ['Vai Ora', 'Motu Énergie'])
    teams.push((await core<{ id: number }>('teams.create', { name, projectTitle: '', members: [] })).id);
  const jurors: number[] = [];
  for (const name of ['Hinatea Raʻiātea', 'Marc Delorme'])
    jurors.push((await core<{ id: number }>('jurors.create', { name, title: '' })).id);
  const impact = await core<{ id: number }>('criteria.create', {
    name: 'Impact',
    description: '',
    weight: 100,
    min: 0,
    max: 10,
    step: 1,
    levels: [],
  });
  // Three sheets of four: Marc Delorme has not scored Motu Énergie.
  for (const [jurorId, teamId] of [
    [jurors[0], teams[0]],
    [jurors[0], teams[1]],
    [jurors[1], teams[0]],
  ]) {
    await core('scores.enter', { jurorId, teamId, criterionId: impact.id, value: 7 });
    await core('scores.submitSheet', { jurorId, teamId });
  }
  await harness.attach(page, 'results');

  await page.getByLabel('Votre nom (président du jury)').fill('Sophie Tetuanui');
  await page.getByRole('button', { name: 'Verrouiller les résultats' }).click();
  const dialog = page.getByTestId('lock-missing');
  await expect(dialog).toContainText('1\u00a0fiche manquante — 3 reçues sur 4');
  await expect(dialog).toContainText('Motu Énergie\u00a0: Marc Delorme');
  // Nothing is locked yet, and the button waits for the confirmation.
  await expect(page.getByTestId('lock-state')).toHaveText('Non verrouillés');
  const lockAnyway = page.getByRole('button', { name: 'Verrouiller sans les fiches manquantes' });
  await expect(lockAnyway).toBeDisabled();
  await page.screenshot({ path: 'test-results/results-lock-missing.png', fullPage: true });
  await dialog.getByLabel('Je confirme\u00a0: verrouiller sans cette fiche').check();
  await lockAnyway.click();

  await expect(page.getByTestId('lock-state')).toHaveText('Verrouillés');
  await expect(page.getByTestId('lock-sheets')).toHaveText('3\u00a0fiches reçues sur 4.');
  await expect(page.getByText('Verrouillés avec 1\u00a0fiche manquante')).toBeVisible();
  const stored = harness.ctx
    .requireEventFile()
    .db.prepare('SELECT missing_json FROM results_lock ORDER BY id DESC LIMIT 1')
    .get() as { missing_json: string };
  expect(JSON.parse(stored.missing_json)).toEqual([{ jurorId: jurors[1], teamId: teams[1] }]);
});
