/**
 * A viewer screen (a second projector in the hall) during the audience vote,
 * end to end against the REAL local server on 127.0.0.1 (ephemeral port):
 * it shows what the projector window shows in the `audience` display mode
 * (the voting QR code, the count, then the revealed prize), following each
 * vote cast from a phone.
 */
import { type Browser, expect, type Page, test } from '@playwright/test';
import type { CallName } from '../../common/contract';
import type { IssuedBallotView } from '../../common/contract/audience';
import type { IssuedLogin } from '../../common/contract/lan';
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

async function phone(browser: Browser, url: string): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
    locale: 'fr-FR',
  });
  const page = await context.newPage();
  await page.goto(url);
  return page;
}

test('a viewer screen shows the audience vote’s screen as the projector does, count and prize included', async ({
  browser,
  page: projector,
}) => {
  await core('file.loadDemo', {});
  await core('lan.start', { address: '127.0.0.1', port: 0 });
  const { ballots } = await core<{ ballots: IssuedBallotView[] }>('audience.createBallots', { count: 2 });
  const teams = (await core<{ teams: { id: number; name: string }[] }>('setup.get', {})).teams;
  await core('audience.setProjector', { onProjector: true, showCount: true });
  await core('audience.setVoting', { state: 'open' });
  const link = await core<IssuedLogin>('lan.createViewerLink', { label: 'Hall' });

  await harness.attach(projector, 'display');
  const screen = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  await screen.goto(link.url);
  for (const page of [projector, screen]) {
    await expect(page.getByTestId('display-audience')).toBeVisible();
    await expect(page.getByTestId('display-audience-count')).toHaveText('Aucun vote pour l’instant');
    await expect(page.locator('.pj-audience-qr img').first()).toBeVisible();
  }
  // The same screen, word for word (the voting address, the count).
  expect(await screen.getByTestId('display-audience').innerText()).toBe(
    await projector.getByTestId('display-audience').innerText(),
  );

  // A phone votes: the viewer's count follows, as the projector's does.
  const voter = await phone(browser, (ballots[0] as IssuedBallotView).url);
  const team = teams[0] as { name: string };
  await voter.getByRole('radio', { name: new RegExp(team.name) }).check();
  await voter.getByRole('button', { name: 'Voter' }).click();
  await expect(voter.getByTestId('vote-current')).toContainText(`Votre vote : ${team.name}`);
  await expect(projector.getByTestId('display-audience-count')).toHaveText('1 vote');
  await expect(screen.getByTestId('display-audience-count')).toHaveText('1 vote');
  await screen.screenshot({ path: 'test-results/lan-viewer-audience.png' });

  // The reveal: the prize on both.
  await core('audience.setVoting', { state: 'final' });
  await core('audience.reveal', { revealed: true });
  await expect(projector.getByTestId('display-audience-winner')).toContainText(team.name);
  await expect(screen.getByTestId('display-audience-winner')).toContainText(team.name);
});
