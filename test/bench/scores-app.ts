/**
 * A real app core for the scoring benchmarks: AppContext + dispatcher over an
 * event file in a temp folder (WAL, synchronous=FULL, as in the app), filled
 * through the same calls the UI makes. Not a bench itself (no .bench.ts).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closeEventFile } from '../../main/core/event-file';
import { coreApp } from '../support/core';

export { seeded } from '../support/random';

export async function benchApp(size: { teams: number; jurors: number; criteria: number }) {
  const dir = mkdtempSync(join(tmpdir(), 'pitch-jury-bench-'));
  const { ctx, call } = coreApp(dir, { version: 'bench' });
  await call('file.new', { name: 'Bench' });
  const teamIds: number[] = [];
  for (let i = 0; i < size.teams; i += 1) {
    teamIds.push((await call('teams.create', { name: `Équipe ${i + 1}`, projectTitle: '', members: [] })).id);
  }
  const jurorIds: number[] = [];
  for (let i = 0; i < size.jurors; i += 1) {
    jurorIds.push((await call('jurors.create', { name: `Juré ${i + 1}`, title: '' })).id);
  }
  const criteria: { id: number; max: number }[] = [];
  for (let i = 0; i < size.criteria; i += 1) {
    const max = i % 2 === 0 ? 10 : 5;
    const created = await call('criteria.create', {
      name: `Critère ${i + 1}`,
      description: '',
      weight: 100 / size.criteria,
      min: 0,
      max,
      step: 0.5,
      levels: [],
    });
    criteria.push({ id: created.id, max });
  }
  return {
    ctx,
    call,
    teamIds,
    jurorIds,
    criteria,
    close() {
      if (ctx.eventFile) closeEventFile(ctx.eventFile);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A half-point score on 0..max. */
export function halfPoints(random: () => number, max: number): number {
  return Math.round(random() * max * 2) / 2;
}
