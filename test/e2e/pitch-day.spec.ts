/**
 * A pitch day without traps (issue 14): the mistakes a tired chair makes on
 * the keyboard are caught, undone or impossible. Every path goes through the
 * real UI, keys and Tab included, against the real core.
 */
import { expect, test } from '@playwright/test';
import type { CallName } from '../../common/contract';
import { callOk, type Harness, startHarness } from './harness';
import { pauseClockNow } from './page-clock';

let harness: Harness;
test.beforeEach(async () => {
  harness = await startHarness();
});
test.afterEach(async () => {
  await harness.close();
});

const core = <T>(name: CallName, input: unknown): Promise<T> => callOk<T>(harness, name, input);

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

/** The chair's state as main holds it. */
async function timerState() {
  return (
    await core<{ state: { teamId: number; status: string; phase: string; accumulatedMs: number } }>(
      'timer.get',
      {},
    )
  ).state;
}

test('item 4: after clicking "Couper le son", Space drives the timer; the keys and a compact clock work on every page', async ({
  page,
}) => {
  await core('file.loadDemo', {});
  await harness.attach(page, 'control');
  await expect(page.getByTestId('chair-bar')).toContainText('Aucune équipe sur scène');
  await page.keyboard.press('t');
  await expect(page.getByTestId('control-team')).toHaveText('Vai Ora');

  const mute = page.getByLabel('Couper le son');
  await mute.click();
  await expect(mute).toBeChecked();
  await page.keyboard.press('Space');
  await expect(page.getByTestId('control-status')).toHaveText('En cours');
  await expect(mute).toBeChecked();

  // Another page: the compact bar shows the team and the running clock, and the keys still work.
  await page.getByRole('link', { name: 'Résultats' }).click();
  const bar = page.getByTestId('chair-bar');
  await expect(bar.getByTestId('chair-bar-team')).toHaveText('Vai Ora');
  await expect(bar.getByTestId('clock-digits')).toHaveText(/^[45]:\d\d$/);
  await page.keyboard.press('Space');
  await expect(bar.getByTestId('chair-bar-status')).toHaveText('En pause');
  expect((await timerState()).status).toBe('paused');

  // Typing in a field is never a key for the timer.
  await page.getByRole('link', { name: 'Préparation' }).click();
  const field = page.getByRole('textbox').first();
  await field.click();
  await field.press('Space');
  await field.press('t');
  expect(await timerState()).toMatchObject({ status: 'paused', teamId: 1 });
});

test('item 3: T pressed 2.5 s into a pitch asks first; the undo brings the team back with its time used', async ({
  page,
}) => {
  await core('file.loadDemo', {});
  await page.clock.install();
  await harness.attach(page, 'control');
  await expect(page.getByTestId('chair-bar')).toContainText('Aucune équipe sur scène');
  await page.keyboard.press('t');
  await page.keyboard.press('Space');
  await expect(page.getByTestId('control-status')).toHaveText('En cours');
  await page.clock.runFor(2_500);

  // A reflex T then Enter changes nothing: the question has the safe answer focused.
  await page.keyboard.press('t');
  const question = page.getByRole('alertdialog');
  await expect(question).toContainText('Vai Ora a utilisé 0:0');
  await expect(question.getByRole('button', { name: 'Ne rien changer' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(question).toHaveCount(0);
  await expect(page.getByTestId('control-team')).toHaveText('Vai Ora');

  // Moving on deliberately, then undoing it with Ctrl+Z.
  await page.keyboard.press('t');
  await question.getByRole('button', { name: 'Équipe suivante' }).click();
  await expect(page.getByTestId('control-team')).toHaveText('Taote Connect');
  await expect(page.getByTestId('chair-undo')).toContainText('Annuler\u00a0: Équipe suivante');
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('control-team')).toHaveText('Vai Ora');
  await expect(page.getByTestId('control-status')).toHaveText('En pause');
  const back = await timerState();
  expect(back).toMatchObject({ teamId: 1, phase: 'pitch', status: 'paused' });
  expect(back.accumulatedMs).toBeGreaterThan(0);
  const order = await core<{ entries: { teamId: number; status: string }[] }>('order.get', {});
  expect(order.entries.slice(0, 2).map((e) => e.status)).toEqual(['on_stage', 'waiting']);

  // "Recommencer la phase" with time used asks too; Esc keeps the time.
  await page.getByRole('button', { name: 'Recommencer la phase' }).click();
  await expect(question).toContainText('Recommencer cette phase pour Vai Ora');
  await page.keyboard.press('Escape');
  await expect(question).toHaveCount(0);
  expect((await timerState()).accumulatedMs).toBe(back.accumulatedMs);
});

test('items 5 and 15: the projector says amber and red in words, keeps the clock under a message, and says when the session is over', async ({
  context,
}) => {
  await core('file.loadDemo', {});
  await core('timerDefaults.update', {
    pitchMs: 60_000,
    qaMs: 30_000,
    changeoverMs: 60_000,
    amberAtMs: 30_000,
    redAtMs: 10_000,
  });
  const display = await context.newPage();
  await display.setViewportSize({ width: 1920, height: 1080 });
  await display.clock.install();
  await harness.attach(display, 'display');
  const projector = display.getByTestId('display');
  await expect(projector).toContainText('La session va bientôt commencer');
  await core('timer.command', { type: 'nextTeam' });
  await core('timer.command', { type: 'start' });
  await expect(projector.getByTestId('clock')).toHaveAttribute('data-status', 'running');
  await pauseClockNow(display);

  const amber = projector.getByTestId('display-cue-amber');
  const red = projector.getByTestId('display-cue-red');
  await expect(amber).toBeHidden();
  await expect(red).toBeHidden();
  await display.clock.runFor(31_000);
  await expect(projector.getByTestId('clock')).toHaveAttribute('data-colour', 'amber');
  await expect(amber).toBeVisible();
  await expect(amber).toHaveText('▲ Bientôt fini');
  await expect(red).toBeHidden();
  await display.clock.runFor(20_000);
  await expect(projector.getByTestId('clock')).toHaveAttribute('data-colour', 'red');
  await expect(red).toBeVisible();
  await expect(red).toHaveText('■ Concluez');
  await expect(amber).toBeHidden();

  // Message mode: the message and the speaker's clock together.
  await core('display.set', { mode: 'message', message: 'Pause café à 10 h 30' });
  await expect(projector.getByTestId('display-text')).toHaveText('Pause café à 10 h 30');
  await expect(projector.getByTestId('clock-digits')).toHaveText(/^0:0\d$/);

  // After the last team: the session is over, not "about to begin"; the chair is offered the logo.
  await core('display.set', { mode: 'timer' });
  const order = await core<{ entries: { teamId: number }[] }>('order.get', {});
  for (const { teamId } of order.entries.slice(1)) await core('order.setStatus', { teamId, status: 'done' });
  await core('timer.command', { type: 'nextTeam' });
  await expect(projector.getByTestId('display-waiting')).toHaveText(
    'La session est terminée. Merci à toutes les équipes\u00a0!',
  );
  const control = await context.newPage();
  await harness.attach(control, 'control');
  await control
    .getByTestId('session-over')
    .getByRole('button', { name: 'Afficher le logo au projecteur' })
    .click();
  await expect(projector).toHaveAttribute('data-mode', 'logo');
});

test('item 2: a laptop handed to a juror shows that juror’s form and nothing else, across a reload, until the chair’s code', async ({
  page,
}) => {
  await smallEvent();
  await harness.attach(page, 'scoring');
  const handOver = page.getByRole('region', { name: 'Confier cet ordinateur à un juré' });
  await handOver.getByRole('combobox', { name: 'Juré' }).selectOption({ label: 'Marc Delorme' });
  await handOver.getByLabel('Code de remise (4 à 8 chiffres)').fill('2468');
  await handOver.getByRole('button', { name: 'Confier à ce juré' }).click();

  const kiosk = page.getByTestId('kiosk');
  await expect(kiosk).toContainText('Fiches de notation de Marc Delorme');
  await expect(page.getByRole('link', { name: 'Résultats' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /Quitter/ })).toHaveCount(0);
  // Typing another page's address or reloading changes nothing: main holds juror mode.
  await page.goto(`${harness.appUrl}#/scoring/grid`);
  await page.reload();
  await expect(kiosk).toContainText('Fiches de notation de Marc Delorme');
  await expect(page.getByTestId('grid-row')).toHaveCount(0);
  // And main refuses the chair's calls meanwhile, whatever a page tries.
  const grid = await harness.dispatch('scores.grid', {}, { trustedSender: true });
  expect(grid).toMatchObject({ ok: false, error: { code: 'kiosk.locked' } });
  const results = await harness.dispatch('results.get', {}, { trustedSender: true });
  expect(results).toMatchObject({ ok: false, error: { code: 'kiosk.locked' } });

  // The chair takes it back with the code; a wrong code is refused.
  await page.getByRole('button', { name: 'Président\u00a0: reprendre l’ordinateur' }).click();
  await page.getByLabel('Code de remise (4 à 8 chiffres)').fill('1111');
  await page.getByRole('button', { name: 'Reprendre' }).click();
  await expect(kiosk).toContainText('Code erroné');
  await page.getByLabel('Code de remise (4 à 8 chiffres)').fill('2468');
  await page.getByRole('button', { name: 'Reprendre' }).click();
  await expect(kiosk).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Résultats' })).toBeVisible();
});

test('item 10: double clicks send once and show no false error; a fixed field takes its stale banner away', async ({
  page,
}) => {
  await smallEvent();
  await harness.attach(page, 'scoring');
  await page.getByRole('button', { name: 'Hinatea Raʻiātea' }).click();
  await page.getByLabel('Impact', { exact: true }).fill('7');
  await page.getByRole('button', { name: 'Valider mes notes' }).dblclick();
  await expect(page.getByRole('button', { name: 'Vai Ora ✓' })).toBeVisible();
  await expect(page.locator('.form-error')).toHaveCount(0);
  await expect(page.getByRole('alert')).toHaveCount(0);

  await page.goto(`${harness.appUrl}#/results`);
  await page.getByLabel('Votre nom (président du jury)').fill('Marc Delorme');
  await page.getByRole('button', { name: 'Verrouiller les résultats' }).dblclick();
  // Sheets are missing here: the chair confirms them by name (issue 13), then double-clicks the lock.
  await page
    .getByTestId('lock-missing')
    .getByLabel(/^Je confirme/)
    .check();
  await page.getByRole('button', { name: 'Verrouiller sans les fiches manquantes' }).dblclick();
  await expect(page.getByTestId('lock-state')).toHaveText('Verrouillés');
  await expect(page.getByText('Les résultats sont déjà verrouillés.')).toHaveCount(0);
  await expect(page.locator('.form-error')).toHaveCount(0);

  // The criterion form: main refuses min ≥ max; fixing the field takes the banner down at once.
  await core('results.unlock', { reason: 'Critère à ajouter', actor: 'Marc Delorme' });
  await page.goto(`${harness.appUrl}#/setup/criteria`);
  await page.getByRole('button', { name: 'Ajouter un critère' }).click();
  await page.getByLabel('Critère', { exact: true }).fill('Pitch');
  await page.getByLabel('Poids (%)').fill('0');
  await page.getByLabel('Min', { exact: true }).fill('10');
  await page.getByLabel('Max', { exact: true }).fill('5');
  await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  const banner = page.locator('form .form-error');
  await expect(banner).toHaveCount(1);
  // (the field's name includes its error message while it has one)
  await page.getByRole('textbox', { name: /^Max/ }).fill('20');
  await expect(banner).toHaveCount(0);
  await expect(page.getByRole('textbox', { name: 'Max', exact: true })).toHaveValue('20');
});

test('item 9: at 1366×768 the ranking shows its Remarques column whole once a penalty is declared; one precision per column', async ({
  page,
}) => {
  await core('file.loadDemo', {});
  await core('results.updateSettings', { penalty: { pointsPerStarted30s: 0.5 } });
  const setup = await core<{
    teams: { id: number }[];
    jurors: { id: number }[];
    criteria: { id: number; min: number; max: number }[];
  }>('setup.get', {});
  // Team 1 ran 35 s over its pitch (as the timer records it).
  const first = setup.teams[0]?.id ?? 0;
  harness.ctx
    .requireEventFile()
    .db.prepare(
      `INSERT INTO phase_record (team_id, phase, used_ms, allowed_ms, overtime_ms, ended_at) VALUES (?, 'pitch', 335000, 300000, 35000, 0)`,
    )
    .run(first);
  // A recusal gives the ranking its Remarques column.
  const recused = { jurorId: setup.jurors[0]?.id ?? 0, teamId: setup.teams[1]?.id ?? 0 };
  await core('recusals.set', { ...recused, reason: 'Ancien associé' });
  for (const [t, team] of setup.teams.entries())
    for (const [j, juror] of setup.jurors.entries()) {
      if (juror.id === recused.jurorId && team.id === recused.teamId) continue;
      for (const [c, criterion] of setup.criteria.entries()) {
        const span = criterion.max - criterion.min;
        const value = criterion.min + ((t * 7 + j * 3 + c * 5) % (span + 1));
        await core('scores.enter', { jurorId: juror.id, teamId: team.id, criterionId: criterion.id, value });
      }
      await core('scores.submitSheet', { jurorId: juror.id, teamId: team.id });
    }

  await page.setViewportSize({ width: 1366, height: 768 });
  await harness.attach(page, 'results');
  const table = page.getByTestId('ranking');
  await expect(table.getByRole('columnheader', { name: 'Remarques' })).toBeVisible();
  const clipped = await table.evaluate((el) => {
    const box = el.parentElement as HTMLElement; // the scroll box around the table
    return {
      scroll: box.scrollWidth - box.clientWidth,
      page: document.documentElement.scrollWidth - innerWidth,
    };
  });
  expect(clipped).toEqual({ scroll: 0, page: 0 });
  await expect(table).toContainText('s de dépassement');

  // One precision per numeric column: every total and every criterion average has two decimals.
  const numbers = await table.locator('tbody td.num:not(.penalty)').allTextContents();
  const scores = numbers.filter((text) => !text.includes(' / ') || text.includes('\u00a0/\u00a0'));
  for (const text of scores.filter((x) => /\d/.test(x) && !/^\d+ \/ \d+$/.test(x)))
    expect(text).toMatch(/^\d+,\d\d(\u00a0\/\u00a0\d+)?$/);
  await page.screenshot({ path: 'test-results/ranking-1366.png', fullPage: true });
});

test('item 14: the day’s checklist shows what is done and what is next, and follows the event', async ({
  page,
}) => {
  await core('file.new', { name: 'Pitch Day Papeete' });
  await harness.attach(page, 'setup/day');
  const checklist = page.getByTestId('checklist');
  await expect(checklist.getByTestId('checklist-event')).toHaveAttribute('data-done', 'true');
  await expect(checklist.getByTestId('checklist-teams')).toContainText('étape suivante');
  await expect(page.getByTestId('chair-bar-next')).toHaveText(
    'Étape suivante\u00a0: Les équipes (au moins deux)',
  );
  for (const name of ['Vai Ora', 'Reo Plus'])
    await core('teams.create', { name, projectTitle: '', members: [] });
  await expect(checklist.getByTestId('checklist-teams')).toHaveAttribute('data-done', 'true');
  await expect(checklist.getByTestId('checklist-jurors')).toContainText('étape suivante');
  await checklist.getByRole('link', { name: 'Les jurés' }).click();
  await expect(page).toHaveURL(/#\/setup\/jurors$/);
});
