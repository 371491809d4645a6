import { expect, test } from '@playwright/test';
import type { CallName } from '../../common/contract';
import { openDatabase } from '../../main/core/db/open';
import { readSetup } from '../../main/core/event/setup';
import { type Harness, startHarness } from './harness';

let harness: Harness;
test.beforeEach(async () => {
  harness = await startHarness();
});
test.afterEach(async () => {
  await harness.close();
});

test('the demo event loads in one click and shows its teams with Tahitian names', async ({ page }) => {
  await harness.attach(page);
  await page.getByRole('button', { name: 'Charger l’événement de démonstration' }).click();
  await expect(page.getByRole('heading', { name: 'Hackathon Fenua Numérique 2026' })).toBeVisible();
  await page.getByRole('link', { name: 'Équipes' }).click();
  await expect(page.getByTestId('team-row')).toHaveCount(8);
  await expect(page.getByTestId('team-row').first()).toContainText('Tāmaʻa Teriʻi');
  await page.screenshot({ path: 'test-results/setup-teams.png' });
  await page.getByRole('link', { name: 'Critères' }).click();
  await expect(page.getByTestId('weight-total')).toHaveText('Poids total : 100 %');
});

test('an event set up through the UI survives a reload, with validation in French', async ({ page }) => {
  await harness.attach(page);
  await page.getByLabel('Nom du nouvel événement').fill('Pitch Day Papeete');
  await page.getByRole('button', { name: 'Ajouter', exact: true }).click();

  // Event details
  await expect(page.getByLabel('Nom de l’événement')).toHaveValue('Pitch Day Papeete');
  await page.getByLabel('Lieu').fill('Maison de la culture');
  await page.getByLabel('Ville').fill('Papeete');
  await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  await expect(page.getByRole('status')).toHaveText(/Enregistré/);

  // A team with a Tahitian member; then a duplicate name is refused with a clear message.
  await page.getByRole('link', { name: 'Équipes' }).click();
  await page.getByRole('button', { name: 'Ajouter une équipe' }).click();
  await page.getByLabel('Nom de l’équipe').fill('Vai Ora');
  await page.getByLabel('Titre du projet').fill('Qualité de l’eau');
  await page.getByLabel('Nom du membre').fill('Tāmaʻa Teriʻi');
  await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  await expect(page.getByTestId('team-row')).toHaveCount(1);
  await page.getByRole('button', { name: 'Ajouter une équipe' }).click();
  await page.getByLabel('Nom de l’équipe').fill('  vai ora ');
  await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  await expect(page.getByRole('alert').first()).toContainText('Une autre équipe s’appelle déjà « vai ora »');
  await page.getByRole('button', { name: 'Annuler' }).click();

  // A juror, and a criterion whose weight does not add up to 100 (shown, not fixed).
  await page.getByRole('link', { name: 'Jury' }).click();
  await page.getByRole('button', { name: 'Ajouter un membre du jury' }).click();
  await page.getByLabel('Nom', { exact: true }).fill('Hinatea Raʻiātea');
  await page.getByLabel('Fonction / organisme').fill('Présidente');
  await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  await expect(page.getByTestId('juror-row')).toHaveCount(1);
  await page.getByRole('link', { name: 'Critères' }).click();
  await page.getByRole('button', { name: 'Ajouter un critère' }).click();
  await page.getByLabel('Critère', { exact: true }).fill('Impact');
  await page.getByLabel('Poids (%)').fill('60');
  await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  await expect(page.getByTestId('criterion-row')).toHaveCount(1);
  await expect(
    page.getByText(
      'La somme des poids fait 60, et non 100\u00a0: ils sont appliqués en proportion, donc 60 compte pour 100\u00a0%',
    ),
  ).toBeVisible();

  // Reload: everything comes back from SQLite.
  await page.reload();
  await page.getByRole('link', { name: 'Équipes' }).click();
  await expect(page.getByTestId('team-row')).toHaveCount(1);
  await expect(page.getByTestId('team-row')).toContainText('Tāmaʻa Teriʻi');

  // And the file itself holds it, byte for byte.
  const path = harness.ctx.eventFile?.path;
  expect(path).toBeTruthy();
  const db = openDatabase(String(path), { readonly: true });
  const setup = readSetup(db);
  db.close();
  expect(setup.event).toMatchObject({
    name: 'Pitch Day Papeete',
    venue: 'Maison de la culture',
    city: 'Papeete',
  });
  expect(setup.teams.map((t) => t.members.map((m) => m.name))).toEqual([['Tāmaʻa Teriʻi']]);
  expect(setup.jurors.map((j) => j.name)).toEqual(['Hinatea Raʻiātea']);
  expect(setup.criteria.map((c) => c.weight)).toEqual([60]);
});

test('the interface switches to English, including validation messages', async ({ page }) => {
  await harness.attach(page);
  await page.getByRole('button', { name: 'Charger l’événement de démonstration' }).click();
  await page.getByLabel('Langue', { exact: true }).selectOption('en');
  await expect(page.getByRole('link', { name: 'Teams' })).toBeVisible();
  await page.getByRole('link', { name: 'Timer' }).click();
  await page.getByLabel('Red when left (min:s)').fill('2:00');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('alert').first()).toContainText('Red (2:00) must come after amber (1:00)');
});

/**
 * Issue 13 item 13: once a sheet is submitted, the criteria editor warns that
 * changing a weight now changes the results; before any sheet, no warning.
 */
test('a weight edited after sheets were submitted warns that results change', async ({ page }) => {
  const core = async <T>(name: CallName, input: unknown): Promise<T> => {
    const result = await harness.dispatch(name, input, { trustedSender: true });
    if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
    return result.value as T;
  };
  await core('file.new', { name: 'Pitch Day Papeete' });
  const team = await core<{ id: number }>('teams.create', { name: 'Vai Ora', projectTitle: '', members: [] });
  const juror = await core<{ id: number }>('jurors.create', { name: 'Hinatea Raʻiātea', title: '' });
  const impact = await core<{ id: number }>('criteria.create', {
    name: 'Impact',
    description: '',
    weight: 100,
    min: 0,
    max: 10,
    step: 1,
    levels: [],
  });
  await harness.attach(page);
  await page.getByRole('link', { name: 'Critères' }).click();
  await expect(page.getByTestId('criterion-row')).toHaveCount(1);
  await expect(page.getByTestId('weight-after-sheets')).toHaveCount(0);

  await core('scores.enter', { jurorId: juror.id, teamId: team.id, criterionId: impact.id, value: 7 });
  await core('scores.submitSheet', { jurorId: juror.id, teamId: team.id });
  await expect(page.getByTestId('weight-after-sheets')).toHaveText(
    '1\u00a0fiche est déjà validée\u00a0: modifier un poids, une échelle ou un pas change maintenant les résultats.',
  );
});
