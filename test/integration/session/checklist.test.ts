import { describe, expect, it } from 'vitest';
import type { ChecklistView } from '../../../common/contract/session';
import { testApp } from '../../support/temp';

describe('the pitch-day checklist, from the event file', () => {
  it('ticks each step from the data and points at the next one', async () => {
    const app = testApp();
    const ok = async <T>(name: Parameters<typeof app.invoke>[0], input: unknown): Promise<T> => {
      const result = await app.invoke(name, input);
      if (!result.ok) throw new Error(`${name}: ${result.error.code}`);
      return result.value as T;
    };
    await ok('file.new', { name: 'Pitch Day Papeete' });
    const steps = async () => {
      const list = await ok<ChecklistView>('checklist.get', {});
      return { done: list.steps.filter((s) => s.done).map((s) => s.step), next: list.next };
    };
    expect((await steps()).next).toBe('teams');

    for (const name of ['Vai Ora', 'Reo Plus'])
      await ok('teams.create', { name, projectTitle: '', members: [] });
    await ok('jurors.create', { name: 'Hinatea Raʻiātea', title: '' });
    await ok('criteria.create', {
      name: 'Impact',
      description: '',
      weight: 60,
      min: 0,
      max: 10,
      step: 1,
      levels: [],
    });
    // Weights at 60 %: the criteria step is not done yet.
    expect((await steps()).next).toBe('criteria');
    const setup = await ok<{ criteria: { id: number }[]; teams: { id: number }[] }>('setup.get', {});
    const criterion = setup.criteria[0]?.id ?? 0;
    await ok('criteria.update', {
      id: criterion,
      name: 'Impact',
      description: '',
      weight: 100,
      min: 0,
      max: 10,
      step: 1,
      levels: [],
    });
    expect((await steps()).next).toBe('order');
    await ok('order.draw', { seed: 'papeete' });
    expect((await steps()).next).toBe('projector');
    await ok('checklist.mark', { step: 'projector', done: true });
    expect(await steps()).toEqual({
      done: ['event', 'teams', 'jurors', 'criteria', 'order', 'projector'],
      next: 'scoring',
    });
    for (const team of setup.teams) {
      await ok('scores.enter', { jurorId: 1, teamId: team.id, criterionId: criterion, value: 7 });
      await ok('scores.submitSheet', { jurorId: 1, teamId: team.id });
    }
    expect((await steps()).next).toBe('results');
    await ok('checklist.mark', { step: 'projector', done: false });
    expect((await steps()).next).toBe('projector');
  });
});
