import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { openDatabase } from '../../main/core/db/open';
import { readSetup } from '../../main/core/event/setup';
import { type Harness, startHarness } from './harness';

let harness: Harness;
test.beforeEach(async () => {
  harness = await startHarness();
  const created = await harness.dispatch('file.new', { name: 'Pitch Day Papeete' }, { trustedSender: true });
  expect(created.ok).toBe(true);
});
test.afterEach(async () => {
  await harness.close();
});

function csv(name: string, lines: string[]): string {
  const path = join(harness.dir, name);
  writeFileSync(path, `\ufeff${lines.join('\r\n')}\r\n`);
  return path;
}

test('import a CSV: preview, a row error to fix, a column to map, then the good file is imported', async ({
  page,
}) => {
  await harness.attach(page, 'data');
  await expect(page.getByRole('heading', { name: 'Importer des équipes ou un jury' })).toBeVisible();
  await expect(page.getByText('Fichiers acceptés : CSV et classeur Excel', { exact: false })).toBeVisible();

  // A file with a bad email on row 3 and an unknown "Porteurs" column.
  harness.nextImportPath = csv('inscriptions.csv', [
    'Équipe;Projet;Membre;Courriel;Porteurs',
    'Vaʻa Tech;Pirogue solaire;Tāmaʻa Teriʻi;tamaa@example.pf;x',
    'Vaʻa Tech;;Hinano Ōtare;hinano-at-example.pf;y',
    'Moana Lab;Récifs;Teiki Ōpūnui;;z',
  ]);
  await page.getByRole('button', { name: 'Choisir un fichier…' }).click();
  await expect(page.getByText('Fichier : inscriptions.csv')).toBeVisible();
  await expect(page.getByText('Colonnes ignorées : Porteurs')).toBeVisible();
  const error = page.getByTestId('import-error');
  await expect(error).toHaveCount(1);
  await expect(error).toContainText('3');
  await expect(error).toContainText('Courriel');
  await expect(error).toContainText(
    '«\u00a0hinano-at-example.pf\u00a0» n’est pas une adresse électronique valide',
  );
  await expect(page.getByRole('button', { name: 'Importer', exact: true })).toBeDisabled();
  await expect(page.getByTestId('import-record')).toHaveCount(2);

  // The chair maps the email field away: the error goes, the email column becomes ignored.
  await page.getByLabel('Courriel du membre').selectOption({ label: '— non importé —' });
  await expect(page.getByTestId('import-error')).toHaveCount(0);
  await expect(page.getByText('Colonnes ignorées : Courriel, Porteurs')).toBeVisible();
  await page.screenshot({ path: 'test-results/data-import-preview.png', fullPage: true });

  // Then fixes the file instead and picks it again: imported, all of it.
  harness.nextImportPath = csv('inscriptions-corrigees.csv', [
    'Équipe;Projet;Membre;Courriel',
    'Vaʻa Tech;Pirogue solaire;Tāmaʻa Teriʻi;tamaa@example.pf',
    'Vaʻa Tech;;Hinano Ōtare;hinano@example.pf',
    'Moana Lab;Récifs;Teiki Ōpūnui;',
  ]);
  await page.getByRole('button', { name: 'Choisir un autre fichier…' }).click();
  await expect(page.getByTestId('import-counts')).toContainText('Équipes : 2, membres : 3');
  await page.getByRole('button', { name: 'Importer', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Importé' })).toContainText(
    'Importé\u00a0: 2 équipes, 3 membres.',
  );

  await page.getByRole('link', { name: 'Préparation' }).click();
  await page.getByRole('link', { name: 'Équipes' }).click();
  await expect(page.getByTestId('team-row')).toHaveCount(2);
  await expect(page.getByTestId('team-row').first()).toContainText('Tāmaʻa Teriʻi');

  const db = openDatabase(String(harness.ctx.eventFile?.path), { readonly: true });
  const { teams } = readSetup(db);
  db.close();
  expect(teams.flatMap((t) => t.members.map((m) => Buffer.from(m.name).toString('hex')))).toEqual(
    ['Tāmaʻa Teriʻi', 'Hinano Ōtare', 'Teiki Ōpūnui'].map((n) => Buffer.from(n).toString('hex')),
  );

  // The same file again: refused with the rows of the teams that already exist.
  await page.getByRole('link', { name: 'Données' }).click();
  await page.getByRole('button', { name: 'Choisir un fichier…' }).click();
  await expect(page.getByTestId('import-error')).toHaveCount(2);
  await expect(page.getByTestId('import-error').first()).toContainText('existe déjà dans cet événement');
});

test('back up, change something, then restore the backup after seeing what it holds', async ({ page }) => {
  await harness.attach(page, 'data');
  await page.getByRole('button', { name: 'Sauvegarder maintenant' }).click();
  await expect(page.getByTestId('backup-row')).toHaveCount(1);
  await expect(page.getByTestId('backup-row')).toContainText('À la main');
  await expect(page.getByTestId('backup-row')).toContainText('0 équipes');

  const created = await harness.dispatch(
    'teams.create',
    { name: 'Arrivée tardive', projectTitle: '', members: [] },
    { trustedSender: true },
  );
  expect(created.ok).toBe(true);

  await page.getByRole('button', { name: 'Restaurer…' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('Restaurer cette sauvegarde');
  await expect(dialog).toContainText('«\u00a0Pitch Day Papeete\u00a0»\u00a0: 0 équipes');
  await dialog.getByRole('button', { name: 'Restaurer', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Sauvegarde restaurée' })).toBeVisible();
  await expect(page.getByTestId('backup-row')).toHaveCount(2);
  await expect(page.getByTestId('backup-row').first()).toContainText('Avant une restauration');

  const db = openDatabase(String(harness.ctx.eventFile?.path), { readonly: true });
  expect(readSetup(db).teams).toEqual([]);
  db.close();
});
