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

const TEAMS = ['Vai Ora', 'Motu Énergie'];
const JURORS = ['Tāmaʻa Teriʻi', 'Marc Delorme'];

test('the chair requires declarations; a juror declares a link on the laptop form, is recused, then scores; the chair records a paper one', async ({
  browser,
}) => {
  await core('file.new', { name: 'Pitch Day Papeete' });
  for (const name of TEAMS) await core('teams.create', { name, projectTitle: `Projet ${name}`, members: [] });
  for (const name of JURORS) await core('jurors.create', { name, title: '' });
  await core('criteria.create', {
    name: 'Impact',
    description: '',
    weight: 100,
    min: 0,
    max: 10,
    step: 1,
    levels: [],
  });
  const chairPage = await browser.newPage();
  const jurorPage = await browser.newPage();
  await harness.attach(chairPage, 'scoring/grid');
  await harness.attach(jurorPage, 'scoring');

  // The chair requires a declaration before scoring.
  const panel = chairPage.getByTestId('declarations-panel');
  // The box follows the file: it is ticked once main has stored the setting.
  await panel.getByTestId('declarations-required').click();
  await expect(panel.getByTestId('declarations-required')).toBeChecked();
  await expect(panel.getByText('0 jurés sur 2 ont fait leur déclaration.')).toBeVisible();

  // The juror's form opens on the declaration: no sheet until they have declared.
  await jurorPage.getByRole('button', { name: JURORS[0] }).click();
  const declaration = jurorPage.getByTestId('juror-declaration');
  await expect(declaration.getByText('La présidence du jury exige cette déclaration')).toBeVisible();
  await expect(jurorPage.getByTestId('sheet')).toHaveCount(0);
  await declaration.getByLabel('J’ai un lien avec ces équipes').check();
  await declaration.getByTestId('declaration-team-0').check();
  await declaration.getByTestId('declaration-submit').click();
  // The refusal says what to fix, beside the field it is about.
  await expect(declaration.locator('.field-error')).toContainText(
    'Indiquez en quelques mots ce qui vous lie à cette équipe',
  );
  await declaration.getByLabel('Ce qui vous lie à Vai Ora').fill('Tante de Hiro, membre de l’équipe');
  await declaration.getByTestId('declaration-submit').click();

  // Declared: the sheet is back, Vai Ora is marked recused, the other team can be scored.
  await expect(jurorPage.getByTestId('declaration-status')).toContainText('un lien avec Vai Ora');
  const teams = jurorPage.getByRole('navigation', { name: 'Équipes' });
  await expect(teams.getByRole('button', { name: 'Vai Ora' })).toContainText('Récusation');
  await teams.getByRole('button', { name: 'Motu Énergie' }).click();
  const sheet = jurorPage.getByTestId('sheet');
  await expect(sheet.getByRole('heading', { name: 'Motu Énergie' })).toBeVisible();
  await sheet.getByLabel('Impact', { exact: true }).fill('7');
  await sheet.getByRole('button', { name: 'Valider mes notes' }).click();
  await expect(sheet.getByText('Validée', { exact: true })).toBeVisible();

  // The chair sees who declared what, and the recusal it brought.
  const rows = panel.getByTestId('declaration-row');
  await expect(rows.nth(0)).toContainText('Tāmaʻa Teriʻi');
  await expect(rows.nth(0)).toContainText('un lien avec Vai Ora');
  await expect(rows.nth(1)).toContainText('pas de déclaration');
  await expect(chairPage.getByTestId('recusal-row')).toContainText('Tante de Hiro, membre de l’équipe');

  // A paper declaration, recorded by the chair on Marc's behalf.
  await rows.nth(1).getByRole('button', { name: 'Enregistrer une déclaration papier…' }).click();
  await rows.nth(1).getByTestId('declaration-submit').click();
  await expect(rows.nth(1)).toContainText('aucun lien avec aucune équipe');
  await expect(rows.nth(1)).toContainText('enregistrée par la présidence');
  await expect(panel.getByText('2 jurés sur 2 ont fait leur déclaration.')).toBeVisible();
});
