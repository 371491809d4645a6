/**
 * The audience vote end to end against the REAL local server on 127.0.0.1
 * (ephemeral port): 20 ballot phones vote through the voting page (one at
 * 320×640 checked for fit and touch targets), one changes its vote, a voided
 * ballot is refused, the projector shows the voting QR code and the count,
 * then the audience prize once revealed.
 */
import { type Browser, expect, type Page, test } from '@playwright/test';
import type { CallName } from '../../common/contract';
import type { IssuedBallotView } from '../../common/contract/audience';
import { callOk, type Harness, startHarness } from './harness';

let harness: Harness;
test.describe.configure({ timeout: 240_000 });
test.beforeEach(async () => {
  harness = await startHarness();
});
test.afterEach(async () => {
  await harness.dispatch('lan.stop', {}, { trustedSender: true });
  await harness.close();
});

const core = <T>(name: CallName, input: unknown): Promise<T> => callOk<T>(harness, name, input);

async function phone(browser: Browser, url: string, width = 390): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width, height: width === 320 ? 640 : 844 },
    isMobile: true,
    hasTouch: true,
    locale: 'fr-FR',
  });
  const page = await context.newPage();
  await page.goto(url);
  return page;
}

/** Nothing scrolls sideways; every control is at least 44 px tall and inside the screen. */
async function expectFits(page: Page) {
  const width = page.viewportSize()?.width ?? 0;
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
  const problems = await page.evaluate(() => {
    const found: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>('button, input[type="text"], label.vote-team')) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      const name = (el.textContent ?? el.tagName).trim().slice(0, 30);
      if (r.height < 44) found.push(`${name}: ${Math.round(r.height)} px`);
      if (r.left < -0.5 || r.right > window.innerWidth + 0.5) found.push(`${name}: outside`);
    }
    return found;
  });
  expect(problems).toEqual([]);
}

test('20 phones vote, one changes its mind, a voided ballot is refused, the projector counts then reveals', async ({
  browser,
  page: projector,
}) => {
  await core('file.loadDemo', {});
  await core('lan.start', { address: '127.0.0.1', port: 0 });
  const { ballots } = await core<{ ballots: IssuedBallotView[] }>('audience.createBallots', { count: 21 });
  const setup = await core<{ teams: { id: number; name: string }[] }>('setup.get', {});
  const teams = setup.teams;
  await core('audience.setProjector', { onProjector: true, showCount: true });
  await harness.attach(projector, 'display');
  await expect(projector.getByTestId('display-audience')).toBeVisible();
  await expect(projector.getByTestId('display-audience-count')).toHaveText('Aucun vote pour l’instant');

  // Before opening: the page says so and offers no vote.
  const first = await phone(browser, (ballots[0] as IssuedBallotView).url, 320);
  await expect(first.getByTestId('vote-state')).toContainText('pas encore ouvert');
  await core('audience.setVoting', { state: 'open' });
  // The page follows by itself.
  await expect(
    first.getByRole('group', { name: 'Choisissez l’équipe pour laquelle vous votez' }),
  ).toBeVisible();
  await expectFits(first);

  const voters: Page[] = [first];
  for (let i = 1; i < 20; i++) voters.push(await phone(browser, (ballots[i] as IssuedBallotView).url));
  for (const [i, voter] of voters.entries()) {
    const team = teams[i % 3] as { name: string };
    await voter.getByRole('radio', { name: new RegExp(team.name) }).check();
    await voter.getByRole('button', { name: 'Voter' }).click();
    await expect(voter.getByTestId('vote-current')).toContainText(`Votre vote : ${team.name}`);
  }
  await expectFits(first);
  await expect(projector.getByTestId('display-audience-count')).toHaveText('20 votes');

  // The first phone changes its mind: still one vote.
  const other = teams[5] as { name: string };
  await first.getByRole('radio', { name: new RegExp(other.name) }).check();
  await first.getByRole('button', { name: 'Voter' }).click();
  await expect(first.getByTestId('vote-current')).toContainText(`Votre vote : ${other.name}`);
  await expect(projector.getByTestId('display-audience-count')).toHaveText('20 votes');

  // Ballot 21 is voided before it votes: its page says so, and no vote goes through.
  const voided = ballots[20] as IssuedBallotView;
  await core('audience.voidBallot', { ballotId: voided.ballotId, reason: 'Carte perdue' });
  const late = await phone(browser, voided.url);
  await expect(late.getByTestId('vote-voided')).toBeVisible();
  await expect(late.getByRole('button', { name: 'Voter' })).toHaveCount(0);
  // Ballot 20 is voided after voting: its vote stops counting.
  await core('audience.voidBallot', { ballotId: (ballots[19] as IssuedBallotView).ballotId, reason: '' });
  await expect(voters[19]?.getByTestId('vote-voided') as ReturnType<Page['getByTestId']>).toBeVisible();
  await expect(projector.getByTestId('display-audience-count')).toHaveText('19 votes');

  await core('audience.setVoting', { state: 'final' });
  await expect(first.getByTestId('vote-state')).toContainText('Le vote est clos');
  const status = await core<{ counts: unknown; tally: { name: string; votes: number }[] }>(
    'audience.status',
    {},
  );
  expect(status.counts).toEqual({ printed: 21, used: 19, voided: 2 });
  await core('audience.reveal', { revealed: true });
  const winner = status.tally[0] as { name: string };
  await expect(projector.getByTestId('display-audience-winner')).toContainText(winner.name);
});
