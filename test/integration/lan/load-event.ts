/**
 * The event of the load runs: a large event with three times its jurors
 * (30 teams, 30 jurors, 4 criteria), the network on 127.0.0.1, a login per
 * juror and 20 viewer links, built through the real dispatcher. Shared by the
 * load test (in process) and the bench (in a child process, load-server.ts).
 * Not a test file itself.
 */
import type { CallName, CallOutput, CallResult } from '../../../common/contract';
import type { Dispatch } from '../../../main/core/api/dispatch';
import type { LoadCriterion, LoadSetup } from './load-driver';

export interface LoadSize {
  teams: number;
  jurors: number;
  criteria: number;
  viewers: number;
}

export const LOAD_SIZE: LoadSize = { teams: 30, jurors: 30, criteria: 4, viewers: 20 };

/**
 * The load's simulated jurors write every 30–120 ms, far above what a person
 * types, so each login's write budget (main/core/lan/server.ts, tested on its
 * own in limits.test.ts) is lifted here: this load checks that nothing
 * acknowledged is lost or doubled, not how the budget refuses a flood.
 */
export const LOAD_LIMITS = { writeBurst: 1_000_000, writesPerMinute: 60_000_000 } as const;

export async function prepareLoadEvent(dispatch: Dispatch, size: LoadSize = LOAD_SIZE): Promise<LoadSetup> {
  const call = async <N extends CallName>(name: N, input: unknown): Promise<CallOutput<N>> => {
    const result = (await dispatch(name, input, { trustedSender: true })) as CallResult<CallOutput<N>>;
    if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
    return result.value;
  };
  await call('file.new', { name: 'Charge réseau' });
  const teamIds: number[] = [];
  for (let i = 0; i < size.teams; i++) {
    teamIds.push((await call('teams.create', { name: `Équipe ${i + 1}`, projectTitle: '', members: [] })).id);
  }
  const jurorIds: number[] = [];
  for (let i = 0; i < size.jurors; i++) {
    jurorIds.push((await call('jurors.create', { name: `Juré·e ${i + 1}`, title: '' })).id);
  }
  const criteria: LoadCriterion[] = [];
  for (let i = 0; i < size.criteria; i++) {
    const max = i % 2 === 0 ? 10 : 5;
    const step = i % 2 === 0 ? 1 : 0.5;
    const { id } = await call('criteria.create', {
      name: `Critère ${i + 1}`,
      description: '',
      weight: 100 / size.criteria,
      min: 0,
      max,
      step,
      levels: [],
    });
    criteria.push({ id, max, step });
  }
  const status = await call('lan.start', { address: '127.0.0.1', port: 0 });
  const { logins } = await call('lan.issueJurorLogins', { jurorIds });
  const viewers: string[] = [];
  for (let i = 0; i < size.viewers; i++) {
    viewers.push((await call('lan.createViewerLink', { label: `Écran ${i + 1}` })).token);
  }
  // The laptop's clock is running: viewers get its pushes.
  await call('timer.command', { type: 'nextTeam' });
  await call('timer.command', { type: 'start' });
  return {
    url: status.url as string,
    jurors: logins.map((l) => ({ jurorId: l.jurorId as number, token: l.token })),
    viewers,
    teamIds,
    criteria,
  };
}

/** The bench's chair pauses and resumes the clock every `everyMs`: each is a push to every screen. */
export function chairKeepsTiming(dispatch: Dispatch, everyMs: number): () => void {
  const timer = setInterval(() => {
    void dispatch('timer.command', { type: 'toggle' }, { trustedSender: true });
  }, everyMs);
  return () => clearInterval(timer);
}

/**
 * The test's chair pauses and resumes the clock after every `everySubmits`
 * acknowledged submits (the load driver's `onSubmitAcked`): each is a push to
 * every screen, as many on a slow machine as on a fast one.
 */
export function chairTogglesEvery(dispatch: Dispatch, everySubmits: number): () => Promise<void> {
  let submits = 0;
  return async () => {
    submits += 1;
    if (submits % everySubmits !== 0) return;
    const result = await dispatch('timer.command', { type: 'toggle' }, { trustedSender: true });
    if (!result.ok) throw new Error(`timer.command: ${result.error.message}`);
  };
}
