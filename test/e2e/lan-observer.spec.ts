/**
 * The observer role end to end: the chair creates an observer link on the
 * Network page, a witness's browser opens it on the REAL local server
 * (127.0.0.1, the built renderer, its WebSocket bridge), sees progress live,
 * the score log's verification, and the fingerprint and the score log only
 * once the results are locked. What it may not call is refused.
 */
import { expect, test } from '@playwright/test';
import type { CallName } from '../../common/contract';
import { callOk, type Harness, startHarness } from './harness';

let harness: Harness;
test.beforeEach(async () => {
  harness = await startHarness();
});
test.afterEach(async () => {
  await harness.dispatch('lan.stop', {}, { trustedSender: true });
  await harness.close();
});

const core = <T>(name: CallName, input: unknown): Promise<T> => callOk<T>(harness, name, input);

test('an observer link shows progress live, then the fingerprint and the score log once locked', async ({
  browser,
}) => {
  await core('file.new', { name: 'Pitch Day Papeete' });
  for (const name of ['Vai Ora', 'Fare Pūai'])
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
  await core('lan.start', { address: '127.0.0.1', port: 0 });

  const chair = await browser.newPage();
  chair.on('dialog', (dialog) => void dialog.accept());
  await harness.attach(chair, 'network');
  const section = chair.getByTestId('lan-links-observer');
  await section.getByLabel('Nom de l’observateur').fill('Maître Dupont');
  await section.getByRole('button', { name: 'Créer un lien d’observateur' }).click();
  await expect(chair.getByRole('heading', { name: 'Lien d’observateur\u00a0: Maître Dupont' })).toBeVisible();
  const url = (await chair.getByTestId('login-url').textContent()) ?? '';
  expect(url).toMatch(/#\/observer\/[A-Za-z0-9_-]{22}$/);
  await chair.getByRole('button', { name: 'Fermer' }).click();
  await expect(section.getByRole('row', { name: /Maître Dupont/ })).toBeVisible();

  const witness = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await witness.goto(url);
  await expect(witness.getByTestId('observer-page')).toContainText('Pitch Day Papeete');
  await expect(witness.getByTestId('observer-total')).toHaveText('0 fiches validées sur 4');
  await expect(witness.getByTestId('observer-not-locked')).toBeVisible();
  await expect(witness.getByTestId('observer-log')).toHaveCount(0);
  // The token left the address bar.
  expect(witness.url()).toMatch(/#\/observer$/);

  // The page's own bridge refuses a chair's call, and so does the laptop behind it.
  const refused = await witness.evaluate(() =>
    (
      window as unknown as { pitchJury: { invoke(n: string, i: unknown): Promise<unknown> } }
    ).pitchJury.invoke('results.lock', { lockedBy: 'Intrus' }),
  );
  expect(refused).toMatchObject({ ok: false, error: { code: 'lan.forbidden' } });

  const jurors = await core<{ id: number }[]>('scoring.jurors', {});
  const setup = await core<{ teams: { id: number }[]; criteria: { id: number }[] }>('setup.get', {});
  const criterionId = setup.criteria[0]?.id as number;
  for (const juror of jurors) {
    for (const team of setup.teams) {
      await core('scores.enter', { jurorId: juror.id, teamId: team.id, criterionId, value: 7 });
      await core('scores.submitSheet', { jurorId: juror.id, teamId: team.id });
    }
  }
  await expect(witness.getByTestId('observer-total')).toHaveText('4 fiches validées sur 4');
  await expect(witness.getByTestId('observer-verified')).toContainText('8 entrées');
  await expect(witness.getByTestId('observer-log')).toHaveCount(0);

  await core('results.lock', { lockedBy: 'Présidente du jury' });
  await expect(witness.getByTestId('observer-fingerprint')).toHaveText(/^[0-9a-f]{64}$/);
  await expect(witness.getByTestId('observer-log').locator('tbody tr')).toHaveCount(8);
  await expect(witness.getByTestId('observer-log')).toContainText('Hinatea Raʻiātea → Fare Pūai');
  await witness.screenshot({ path: 'test-results/lan-observer.png', fullPage: true });
});
