import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { DEMO_TEAMS } from '../../main/core/event/demo-data';
import { pdfPages } from '../integration/documents/pdf-tools';
import { type Harness, startHarness } from './harness';

const MEMBERS = DEMO_TEAMS.reduce((n, team) => n + team.members.length, 0);

let harness: Harness;
test.beforeEach(async () => {
  harness = await startHarness();
});
test.afterEach(async () => {
  await harness.close();
});

test('participation certificates are generated from the UI with progress, saved, and a code verified', async ({
  page,
}) => {
  await harness.attach(page);
  await page.getByRole('button', { name: 'Charger l’événement de démonstration' }).click();
  await page.getByRole('link', { name: 'Documents', exact: true }).first().click();
  await expect(page.getByRole('heading', { name: 'Documents', level: 1 })).toBeVisible();

  // A signatory, typed with an ʻokina.
  await page.getByRole('button', { name: 'Ajouter un signataire' }).click();
  await page.getByLabel('Nom du signataire').fill('Moana Teriʻitehau');
  await page.getByLabel('Qualité').fill('Directrice de la modernisation');
  await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  await expect(page.getByTestId('signatory-row')).toContainText('Moana Teriʻitehau');

  // The final results sheet waits for the lock; the draft does not.
  await expect(page.getByTestId('generate-results')).toBeDisabled();
  await expect(page.getByTestId('generate-results-draft')).toBeEnabled();
  await expect(
    page.getByText('Certificats de distinction : disponibles une fois les résultats verrouillés.'),
  ).toBeVisible();

  // Record what the job card shows while it runs (it may finish between two polls of the test).
  await page.evaluate(() => {
    const seen = { running: false, maxProgress: 0, labels: [] as string[] };
    (window as unknown as { __seen: typeof seen }).__seen = seen;
    new MutationObserver(() => {
      const job = document.querySelector('[data-testid="document-job"][data-state="running"]');
      if (!job) return;
      seen.running = true;
      const bar = job.querySelector('progress');
      if (bar) seen.maxProgress = Math.max(seen.maxProgress, bar.value);
      const label = job.querySelector('.badge')?.textContent ?? '';
      if (label && !seen.labels.includes(label)) seen.labels.push(label);
    }).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
  });
  await expect(page.getByText(`Attestations de participation (${MEMBERS})`)).toBeVisible();
  await page.getByTestId('generate-participation').click();

  const job = page.getByTestId('document-job').first();
  await expect(job).toHaveAttribute('data-state', 'done', { timeout: 30_000 });
  await expect(job).toContainText('Attestations de participation - Hackathon Fenua Numérique 2026.pdf');
  await expect(job.getByText('Prêt')).toBeVisible();
  const seen = await page.evaluate(
    () =>
      (window as unknown as { __seen: { running: boolean; maxProgress: number; labels: string[] } }).__seen,
  );
  expect(seen.running).toBe(true);
  expect(seen.labels.some((l) => new RegExp(`^Création en cours… \\d+ / ${MEMBERS}$`).test(l))).toBe(true);
  await page.screenshot({ path: 'test-results/documents-generated.png' });

  // The file exists, with the demo's names as typed.
  const jobs = await harness.dispatch('documents.jobs', {}, { trustedSender: true });
  if (!jobs.ok) throw new Error(jobs.error.message);
  const [done] = jobs.value as { path: string }[];
  expect(done && existsSync(done.path)).toBe(true);
  const pages = pdfPages(new Uint8Array(readFileSync(done?.path ?? '')));
  expect(pages).toHaveLength(MEMBERS);
  expect(pages[0]).toContain('Tāmaʻa Teriʻi');
  expect(pages[0]).toContain('Moana Teriʻitehau');

  // Save as…: the dialog answers a path, the copy lands there.
  harness.nextPdfPath = join(harness.dir, 'attestations.pdf');
  await job.getByRole('button', { name: 'Enregistrer sous…' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Enregistré' })).toContainText(harness.nextPdfPath);
  expect(existsSync(harness.nextPdfPath)).toBe(true);
  await job.getByRole('button', { name: 'Imprimer' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'lecteur PDF' })).toBeVisible();
  expect(harness.printedPdfs).toEqual([done?.path]);

  // The verification screen: the code printed on Tāmaʻa Teriʻi's certificate, typed in lower case.
  const code =
    /\b[0-9A-HJKMNP-TV-Z]{3}-[0-9A-HJKMNP-TV-Z]{3}-[0-9A-HJKMNP-TV-Z]{3}\b/.exec(pages[0] ?? '')?.[0] ?? '';
  expect(code).not.toBe('');
  await page.getByRole('link', { name: 'Vérifier une attestation' }).click();
  await page.getByLabel('Code de vérification').fill(code.toLowerCase());
  await page.getByRole('button', { name: 'Vérifier', exact: true }).click();
  const answer = page.getByTestId('verification-answer');
  await expect(answer).toContainText(`${code} — Délivrée par cet événement.`);
  await expect(answer).toContainText('Tāmaʻa Teriʻi');
  await expect(answer).toContainText('Attestation de participation');
  await expect(answer).toContainText('Vai Ora');
  await page.screenshot({ path: 'test-results/documents-verified.png' });

  await page.getByLabel('Code de vérification').fill('12345');
  await page.getByRole('button', { name: 'Vérifier', exact: true }).click();
  await expect(answer).toContainText('Ce n’est pas un code de vérification');
});
