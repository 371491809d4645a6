import { expect, type Page, test } from '@playwright/test';
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

const TEAMS = ['Vai Ora', 'Motu Énergie', 'Fare Pūai', 'Reo Plus'];
const JURORS = ['Hinatea Raʻiātea', 'Marc Delorme', 'Sophie Tetuanui'];
/**
 * [impact /10, pitch /5] per juror, per team. Juror total = 1.2·impact + 1.6·pitch (on /20):
 * Vai Ora 16 / 14.8 / 18.8; Motu Énergie and Fare Pūai 12 from everyone (a tie nothing
 * separates: same criteria, no first place); Reo Plus 4.
 */
const MARKS: Record<string, [string, string][]> = {
  'Vai Ora': [
    ['8', '4'],
    ['7', '4'],
    ['9', '5'],
  ],
  'Motu Énergie': [
    ['6', '3'],
    ['6', '3'],
    ['6', '3'],
  ],
  'Fare Pūai': [
    ['6', '3'],
    ['6', '3'],
    ['6', '3'],
  ],
  'Reo Plus': [
    ['2', '1'],
    ['2', '1'],
    ['2', '1'],
  ],
};

/** The event (setup is another area's UI, tested in setup.spec.ts): 4 teams, 3 jurors, 2 criteria. */
async function createEvent() {
  await core('file.new', { name: 'Pitch Day Papeete' });
  for (const name of TEAMS) await core('teams.create', { name, projectTitle: `Projet ${name}`, members: [] });
  for (const name of JURORS) await core('jurors.create', { name, title: '' });
  await core('criteria.create', {
    name: 'Impact',
    description: 'Le projet répond-il à un besoin réel ?',
    weight: 60,
    min: 0,
    max: 10,
    step: 1,
    levels: [
      { value: 0, label: 'Aucun impact' },
      { value: 5, label: 'Impact local' },
      { value: 10, label: 'Impact majeur' },
    ],
  });
  await core('criteria.create', {
    name: 'Pitch',
    description: '',
    weight: 40,
    min: 0,
    max: 5,
    step: 0.5,
    levels: [],
  });
}

/** One juror scores every team on the juror form, as on the shared laptop. */
async function scoreAsJuror(page: Page, jurorIndex: number) {
  await page.getByRole('button', { name: JURORS[jurorIndex] }).click();
  const sheet = page.getByTestId('sheet');
  for (const team of TEAMS) {
    await page.getByRole('navigation', { name: 'Équipes' }).getByRole('button', { name: team }).click();
    await expect(sheet.getByRole('heading', { name: team })).toBeVisible();
    const [impact, pitch] = (MARKS[team] ?? [])[jurorIndex] as [string, string];
    await sheet.getByLabel('Impact', { exact: true }).fill(impact);
    await sheet.getByLabel('Pitch', { exact: true }).fill(pitch);
    if (jurorIndex === 0 && team === TEAMS[0]) {
      // Drafts save as the juror types: wait for the autosave before submitting.
      await expect(page.getByTestId('autosave')).toContainText('Brouillon enregistré');
      await page.screenshot({ path: 'test-results/scoring-juror-form.png', fullPage: true });
    }
    await sheet.getByRole('button', { name: 'Valider mes notes' }).click();
    await expect(sheet.getByText('Validée', { exact: true })).toBeVisible();
  }
  await expect(page.getByText('4 fiches validées sur 4')).toBeVisible();
  await page.getByRole('button', { name: 'Ce n’est pas vous\u00a0? Quitter' }).click();
  await expect(page.getByRole('heading', { name: 'Qui êtes-vous\u00a0?' })).toBeVisible();
}

test('three jurors score four teams; the chair follows progress, sees the tie, locks; edits are then refused', async ({
  browser,
}) => {
  await createEvent();
  const jurorPage = await browser.newPage();
  const chairPage = await browser.newPage();
  await harness.attach(jurorPage, 'scoring');
  await harness.attach(chairPage, 'scoring/grid');

  // The chair's grid refuses an out-of-range paper score on the spot, with the reason.
  const cell = chairPage.getByLabel('Reo Plus, Sophie Tetuanui, Impact');
  await cell.fill('11');
  await cell.press('Enter');
  await expect(chairPage.getByTestId('grid-message')).toHaveText(
    'Reo Plus, Sophie Tetuanui, Impact\u00a0: Saisissez une note entre 0 et 10.',
  );
  await expect(cell).toHaveAttribute('aria-invalid', 'true');
  await cell.fill('');
  await cell.press('Enter');

  // The level descriptions sit beside the scale; the one that applies is highlighted.
  await jurorPage.getByRole('button', { name: JURORS[0] }).click();
  await jurorPage.getByLabel('Impact', { exact: true }).fill('6');
  await expect(jurorPage.locator('.scale-levels li.active')).toContainText('Impact local');
  await jurorPage.getByLabel('Impact', { exact: true }).fill('');
  await jurorPage.getByRole('button', { name: 'Ce n’est pas vous\u00a0? Quitter' }).click();

  await scoreAsJuror(jurorPage, 0);
  await scoreAsJuror(jurorPage, 1);

  // Progress, live in the chair's window: two of three jurors have submitted, Sophie is missing.
  await chairPage.getByRole('link', { name: 'Résultats' }).click();
  const progressRows = chairPage.getByTestId('progress-row');
  await expect(progressRows).toHaveCount(4);
  await expect(progressRows.first()).toContainText('2 jurés sur 3 ont validé');
  await expect(progressRows.first()).toContainText('en attente\u00a0: Sophie Tetuanui');

  await scoreAsJuror(jurorPage, 2);
  await expect(chairPage.getByTestId('progress-total')).toHaveText('12\u00a0/\u00a012 fiches');

  // The ranking: shared rank 2 for the tie, flagged, with what it means; rank 3 is skipped.
  const rows = chairPage.getByTestId('ranking-row');
  await expect(rows).toHaveCount(4);
  await expect(rows.nth(0)).toContainText('Vai Ora');
  await expect(rows.nth(0)).toContainText('16,53\u00a0/\u00a020');
  await expect(rows.nth(1).locator('td.rank')).toHaveText(/^2/);
  await expect(rows.nth(2).locator('td.rank')).toHaveText(/^2/);
  await expect(rows.nth(3).locator('td.rank')).toHaveText(/^4/);
  await expect(chairPage.getByTestId('tie-flag')).toHaveCount(2);
  await expect(rows.nth(1)).toContainText('Rang partagé avec Fare Pūai.');
  await expect(chairPage.getByTestId('tie-decision')).toContainText(
    'Égalité non départagée entre Motu Énergie, Fare Pūai',
  );
  await chairPage.screenshot({ path: 'test-results/scoring-results.png', fullPage: true });

  // Lock: the SHA-256 of the locked results is shown, and it is the one stored in the file.
  await chairPage.getByLabel('Votre nom (président du jury)').fill('Sophie Tetuanui');
  await chairPage.getByRole('button', { name: 'Verrouiller les résultats' }).click();
  await expect(chairPage.getByTestId('lock-state')).toHaveText('Verrouillés');
  const hash = (await chairPage.getByTestId('results-hash').textContent())?.trim() ?? '';
  expect(hash).toMatch(/^[0-9a-f]{64}$/);
  const stored = harness.ctx
    .requireEventFile()
    .db.prepare('SELECT hash FROM results_lock ORDER BY id DESC LIMIT 1')
    .get() as { hash: string };
  expect(stored.hash).toBe(hash);
  await chairPage.screenshot({ path: 'test-results/scoring-locked.png', fullPage: true });

  // After the lock: the juror form offers no change, the grid is read-only, and a change is refused.
  await jurorPage.getByRole('button', { name: JURORS[1] }).click();
  await expect(
    jurorPage.getByText('Les résultats sont verrouillés\u00a0: les notes ne peuvent plus changer.'),
  ).toBeVisible();
  await expect(jurorPage.getByRole('button', { name: 'Rouvrir' })).toHaveCount(0);
  await expect(jurorPage.getByLabel('Impact', { exact: true })).toBeDisabled();
  await chairPage.goto(`${harness.appUrl}#/scoring/grid`);
  await expect(chairPage.getByLabel('Vai Ora, Marc Delorme, Impact')).toBeDisabled();
  await chairPage.screenshot({ path: 'test-results/scoring-grid-locked.png', fullPage: true });
  const refused = await chairPage.evaluate(async () => {
    const bridge = (
      window as unknown as { pitchJury: { invoke: (n: string, i: unknown) => Promise<unknown> } }
    ).pitchJury;
    return bridge.invoke('scores.reopen', { jurorId: 2, teamId: 1, reason: 'Je veux changer ma note' });
  });
  expect(refused).toMatchObject({
    ok: false,
    error: {
      code: 'scoring.resultsLocked',
      message: 'Les résultats sont verrouillés\u00a0: les notes ne peuvent plus changer.',
    },
  });
  const verify = await core<{ ok: boolean; count: number }>('scores.verify', {});
  expect(verify).toMatchObject({ ok: true });
});

test('the ceremony reveals one award at a time on the projector, last place of the podium first', async ({
  browser,
}) => {
  await createEvent();
  const ids = (await core<{ teams: { id: number }[]; jurors: { id: number }[]; criteria: { id: number }[] }>(
    'setup.get',
    {},
  )) as { teams: { id: number }[]; jurors: { id: number }[]; criteria: { id: number }[] };
  // Scores straight through the chair's grid calls: distinct totals 16, 12, 8, 4.
  for (const [t, team] of ids.teams.entries()) {
    for (const juror of ids.jurors) {
      const [impact, pitch] = ids.criteria as [{ id: number }, { id: number }];
      await core('scores.enter', {
        jurorId: juror.id,
        teamId: team.id,
        criterionId: impact.id,
        value: 10 - 2 * t,
      });
      await core('scores.enter', { jurorId: juror.id, teamId: team.id, criterionId: pitch.id, value: 5 - t });
      await core('scores.submitSheet', { jurorId: juror.id, teamId: team.id });
    }
  }
  const chair = await browser.newPage();
  const projector = await browser.newPage();
  await harness.attach(chair, 'results');
  await harness.attach(projector, 'display');

  await chair.getByRole('button', { name: 'Ajouter les prix du podium' }).click();
  const special = chair.getByRole('form', { name: 'Prix spécial' });
  await special.getByLabel('Prix spécial').fill('Coup de cœur du jury');
  await special.getByLabel('Équipe').selectOption({ label: 'Reo Plus' });
  await special.getByRole('button', { name: 'Ajouter le prix spécial' }).click();
  await expect(chair.getByTestId('award-row')).toHaveCount(4);
  await chair.getByLabel('Votre nom (président du jury)').fill('Sophie Tetuanui');
  await chair.getByRole('button', { name: 'Verrouiller les résultats' }).click();

  await chair.getByRole('button', { name: 'Afficher la cérémonie sur le projecteur' }).click();
  await expect(projector.getByTestId('ceremony')).toContainText('Remise des prix');
  const reveal = chair.getByRole('button', { name: 'Dévoiler le prix suivant' });
  const expected = [
    ['Coup de cœur du jury', 'Reo Plus'],
    ['Troisième prix', 'Fare Pūai'],
    ['Deuxième prix', 'Motu Énergie'],
    ['Premier prix', 'Vai Ora'],
  ];
  for (const [index, [award, team]] of expected.entries()) {
    await reveal.click();
    await expect(projector.getByTestId('ceremony-award')).toContainText(award as string);
    await expect(projector.getByTestId('ceremony-team')).toHaveText(team as string);
    // Spoiler-free: nothing of the awards still to come is on the projector's page.
    const shown = (await projector.getByTestId('ceremony').textContent()) ?? '';
    for (const [later, laterTeam] of expected.slice(index + 1)) {
      expect(shown).not.toContain(later);
      expect(shown).not.toContain(laterTeam);
    }
  }
  await projector.screenshot({ path: 'test-results/ceremony-projector.png', animations: 'disabled' });
  await expect(reveal).toBeDisabled();
  await chair.getByRole('button', { name: 'Revenir au chronomètre' }).click();
  await expect(projector.getByTestId('ceremony')).toHaveCount(0);
});
