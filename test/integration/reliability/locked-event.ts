/**
 * An event as it stands at the end of the day, built only through the real
 * dispatcher (the calls the UI makes): juror-form and paper-entry sheets, a
 * comment, a recusal, a reopened sheet with its reason, results locked,
 * unlocked with a reason, rescored, and locked again. So the score log, the
 * lock history and the locked payloads are the app's own, not hand-made rows.
 */
import { join } from 'node:path';
import { expect } from 'vitest';
import type { CallName, CallOutput, CallResult } from '../../../common/contract';
import { AppContext } from '../../../main/core/api/context';
import { createDispatcher } from '../../../main/core/api/dispatch';
import { SettingsStore } from '../../../main/core/settings';
import { testApp } from '../../support/temp';

/** What the fixture needs of an app: testApp() inside a test, suiteApp() in a beforeAll. */
export interface App {
  dir: string;
  ctx: AppContext;
  invoke: (name: string, input: unknown) => Promise<CallResult<unknown>>;
}

/** A real context + dispatcher over `dir`, without per-test hooks (the caller closes the event). */
export function suiteApp(dir: string): App {
  const ctx = new AppContext({
    version: 'test',
    eventsDir: join(dir, 'events'),
    dataDir: dir,
    settings: new SettingsStore(null, { uiLocale: 'fr' }),
    platform: { pickEventFileToOpen: async () => null, pickCopyDestination: async () => null },
    emit: () => undefined,
  });
  const dispatch = createDispatcher(ctx);
  return { dir, ctx, invoke: (name, input) => dispatch(name, input, { trustedSender: true }) };
}

export async function ok<N extends CallName>(app: App, name: N, input: unknown): Promise<CallOutput<N>> {
  const result = (await app.invoke(name, input)) as CallResult<CallOutput<N>>;
  if (!result.ok) expect.fail(`${name} refused: ${result.error.code} ${result.error.message}`);
  return result.value;
}

export async function lockedEvent(app: App = testApp()) {
  await ok(app, 'file.new', { name: 'Pitch Day Papeete' });
  const teamIds: number[] = [];
  for (const [name, member] of [
    ['Vai Ora', 'Tāmaʻa Teriʻi'],
    ['Motu Énergie', 'Léa Martin'],
    ['Fare Pūai', 'Hiro Tehei'],
    ['Reo Plus', 'Manon Dubois'],
  ] as const) {
    const team = await ok(app, 'teams.create', {
      name,
      projectTitle: `Projet ${name}`,
      members: [{ name: member, email: null }],
    });
    teamIds.push(team.id);
  }
  const jurorIds: number[] = [];
  for (const name of ['Hinatea Raʻiātea', 'Marc Delorme', 'Sophie Tetuanui']) {
    jurorIds.push((await ok(app, 'jurors.create', { name, title: '' })).id);
  }
  const impact = await ok(app, 'criteria.create', {
    name: 'Impact',
    description: '',
    weight: 60,
    min: 0,
    max: 10,
    step: 1,
    levels: [],
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
  // The overtime penalty is declared before the first score, as the app requires.
  await ok(app, 'results.updateSettings', { penalty: { pointsPerStarted30s: 0.5 } });
  const [j0, j1, j2] = jurorIds as [number, number, number];
  const [t0, t1] = teamIds as [number, number];
  await ok(app, 'recusals.set', { jurorId: j0, teamId: t1, reason: 'Ancien associé de l’équipe' });

  // Juror 0 on the form, with a comment; the others typed in by the chair from paper.
  const token = (await ok(app, 'scoring.identify', { jurorId: j0, pin: null })).token;
  for (const [i, teamId] of teamIds.entries()) {
    if (teamId === t1) continue;
    await ok(app, 'scoring.submit', {
      token,
      teamId,
      scores: [
        { criterionId: impact.id, value: (i * 3 + 4) % 11 },
        { criterionId: pitch.id, value: ((i * 2 + 3) % 11) / 2 },
      ],
      comment: i === 0 ? 'Très clair, « bravo »' : null,
    });
  }
  for (const [j, jurorId] of [j1, j2].entries()) {
    for (const [i, teamId] of teamIds.entries()) {
      await ok(app, 'scores.enter', {
        jurorId,
        teamId,
        criterionId: impact.id,
        value: (i * 5 + j * 2 + 1) % 11,
      });
      await ok(app, 'scores.enter', {
        jurorId,
        teamId,
        criterionId: pitch.id,
        value: ((i + j * 3) % 11) / 2,
      });
      await ok(app, 'scores.submitSheet', { jurorId, teamId });
    }
  }
  // A paper sheet typed wrong, reopened with its reason and corrected.
  await ok(app, 'scores.reopen', { jurorId: j2, teamId: t0, reason: 'Erreur de saisie : 8 au lieu de 3' });
  await ok(app, 'scores.enter', { jurorId: j2, teamId: t0, criterionId: impact.id, value: 3 });
  await ok(app, 'scores.submitSheet', { jurorId: j2, teamId: t0 });

  await ok(app, 'results.lock', { lockedBy: 'Présidente du jury' });
  await ok(app, 'results.unlock', { reason: 'Une fiche oubliée', actor: 'Présidente du jury' });
  await ok(app, 'scores.reopen', { jurorId: j1, teamId: t1, reason: 'Fiche retrouvée' });
  await ok(app, 'scores.enter', { jurorId: j1, teamId: t1, criterionId: pitch.id, value: 4.5 });
  await ok(app, 'scores.submitSheet', { jurorId: j1, teamId: t1 });
  await ok(app, 'results.updateSettings', { method: 'median' });
  await ok(app, 'results.lock', { lockedBy: 'Présidente du jury' });

  const session = app.ctx.requireSession();
  return { app, db: session.db, path: session.path, teamIds, jurorIds, criterionIds: [impact.id, pitch.id] };
}
