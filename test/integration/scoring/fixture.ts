import { expect } from 'vitest';
import type { CallName, CallOutput, CallResult } from '../../../common/contract';
import { testApp } from '../../support/temp';

export type TestApp = ReturnType<typeof testApp>;

/** Calls through the real dispatcher and unwraps the value, failing the test with the message otherwise. */
export async function ok<N extends CallName>(app: TestApp, name: N, input: unknown): Promise<CallOutput<N>> {
  const result = (await app.invoke(name, input)) as CallResult<CallOutput<N>>;
  if (!result.ok) expect.fail(`${name} refused: ${result.error.code} ${result.error.message}`);
  return result.value;
}

/** The error of a call that must be refused. */
export async function refused(app: TestApp, name: CallName, input: unknown) {
  const result = await app.invoke(name, input);
  if (result.ok) expect.fail(`${name} should have been refused`);
  return result.error;
}

/**
 * A small event over the real dispatcher and a temp SQLite file: four teams,
 * three jurors (one with a Tahitian name), two criteria on different scales.
 */
export async function scoringEvent(app: TestApp = testApp()) {
  await ok(app, 'file.new', { name: 'Pitch Day Papeete' });
  const teams = [];
  for (const name of ['Vai Ora', 'Motu Énergie', 'Fare Pūai', 'Reo Plus']) {
    teams.push(await ok(app, 'teams.create', { name, projectTitle: `Projet ${name}`, members: [] }));
  }
  const jurors = [];
  for (const name of ['Hinatea Raʻiātea', 'Marc Delorme', 'Sophie Tetuanui']) {
    jurors.push(await ok(app, 'jurors.create', { name, title: '' }));
  }
  const impact = await ok(app, 'criteria.create', {
    name: 'Impact',
    description: '',
    weight: 60,
    min: 0,
    max: 10,
    step: 1,
    levels: [
      { value: 0, label: 'Aucun' },
      { value: 10, label: 'Majeur' },
    ],
  });
  const pitch = await ok(app, 'criteria.create', {
    name: 'Pitch',
    description: '',
    weight: 40,
    min: 0,
    max: 5,
    step: 0.5,
    levels: [],
  });
  const db = app.ctx.requireSession().db;
  return {
    app,
    db,
    teamIds: teams.map((t) => t.id),
    jurorIds: jurors.map((j) => j.id),
    impact: impact.id,
    pitch: pitch.id,
  };
}

export type ScoringEvent = Awaited<ReturnType<typeof scoringEvent>>;

/** Opens the juror form for `jurorId` (no PIN) and returns its token. */
export async function identify(app: TestApp, jurorId: number, pin: string | null = null): Promise<string> {
  return (await ok(app, 'scoring.identify', { jurorId, pin })).token;
}
