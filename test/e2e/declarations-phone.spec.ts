/**
 * A juror declares on their own phone (the real local server on 127.0.0.1,
 * ephemeral port), in English, at 320 px wide: the form opens on the
 * declaration the chair requires, and the sheet comes back once declared.
 */
import { expect, test } from '@playwright/test';
import type { CallName } from '../../common/contract';
import type { IssuedLogin } from '../../common/contract/lan';
import { callOk, type Harness, startHarness } from './harness';

let harness: Harness;
test.describe.configure({ timeout: 120_000 });
test.beforeEach(async () => {
  harness = await startHarness();
});
test.afterEach(async () => {
  await harness.dispatch('lan.stop', {}, { trustedSender: true });
  await harness.close();
});

const core = <T>(name: CallName, input: unknown): Promise<T> => callOk<T>(harness, name, input);

test('a phone declares "no link" when the chair requires it, then gets its sheet back', async ({
  browser,
}) => {
  await core('file.loadDemo', {});
  await core('declarations.setRequired', { required: true });
  await core('lan.start', { address: '127.0.0.1', port: 0 });
  const jurors = await core<{ id: number; name: string }[]>('scoring.jurors', {});
  const juror = jurors[0] as { id: number; name: string };
  const { logins } = await core<{ logins: IssuedLogin[] }>('lan.issueJurorLogins', { jurorIds: [juror.id] });
  const context = await browser.newContext({
    viewport: { width: 320, height: 640 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'en-US',
  });
  const phone = await context.newPage();
  await phone.goto((logins[0] as IssuedLogin).url);

  const declaration = phone.getByTestId('juror-declaration');
  await expect(declaration.getByText('The jury chair requires this declaration')).toBeVisible();
  await expect(phone.getByTestId('sheet')).toHaveCount(0);
  await declaration.getByTestId('declaration-submit').tap();

  await expect(phone.getByTestId('declaration-status')).toContainText('no link with any team');
  await expect(phone.getByTestId('sheet')).toBeVisible();
  const overview = await core<{ jurors: { jurorId: number; declaration: { actor: string } | null }[] }>(
    'declarations.overview',
    {},
  );
  expect(overview.jurors.find((j) => j.jurorId === juror.id)?.declaration?.actor).toBe(`juror:${juror.id}`);
  // Nothing on the page is wider than the phone.
  expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await context.close();
});
