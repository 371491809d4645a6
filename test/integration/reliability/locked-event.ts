/**
 * An event as it stands at the end of the day, built only through the real
 * dispatcher (the calls the UI makes): juror-form and paper-entry sheets, a
 * comment, a recusal, a reopened sheet with its reason, results locked,
 * unlocked with a reason, rescored, and locked again. So the score log, the
 * lock history and the locked payloads are the app's own, not hand-made rows.
 */
import { ok, okCall } from '../../support/calls';
import { type CoreApp, coreApp } from '../../support/core';
import { pitchDayEvent } from '../../support/pitch-day';
import { testApp } from '../../support/temp';

export { ok } from '../../support/calls';

/** What the fixture needs of an app: testApp() inside a test, suiteApp() in a beforeAll. */
export type App = Pick<CoreApp, 'dir' | 'ctx' | 'invoke'>;

/** A real context + dispatcher over `dir`, without per-test hooks (the caller closes the event). */
export const suiteApp = (dir: string): App => coreApp(dir);

export async function lockedEvent(app: App = testApp()) {
  const { teamIds, jurorIds, impact, pitch } = await pitchDayEvent(okCall(app), { withMembers: true });
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
        { criterionId: impact, value: (i * 3 + 4) % 11 },
        { criterionId: pitch, value: ((i * 2 + 3) % 11) / 2 },
      ],
      comment: i === 0 ? 'Très clair, « bravo »' : null,
    });
  }
  for (const [j, jurorId] of [j1, j2].entries()) {
    for (const [i, teamId] of teamIds.entries()) {
      await ok(app, 'scores.enter', {
        jurorId,
        teamId,
        criterionId: impact,
        value: (i * 5 + j * 2 + 1) % 11,
      });
      await ok(app, 'scores.enter', {
        jurorId,
        teamId,
        criterionId: pitch,
        value: ((i + j * 3) % 11) / 2,
      });
      await ok(app, 'scores.submitSheet', { jurorId, teamId });
    }
  }
  // A paper sheet typed wrong, reopened with its reason and corrected.
  await ok(app, 'scores.reopen', { jurorId: j2, teamId: t0, reason: 'Erreur de saisie : 8 au lieu de 3' });
  await ok(app, 'scores.enter', { jurorId: j2, teamId: t0, criterionId: impact, value: 3 });
  await ok(app, 'scores.submitSheet', { jurorId: j2, teamId: t0 });

  await ok(app, 'results.lock', { lockedBy: 'Présidente du jury' });
  await ok(app, 'results.unlock', { reason: 'Une fiche oubliée', actor: 'Présidente du jury' });
  await ok(app, 'scores.reopen', { jurorId: j1, teamId: t1, reason: 'Fiche retrouvée' });
  await ok(app, 'scores.enter', { jurorId: j1, teamId: t1, criterionId: pitch, value: 4.5 });
  await ok(app, 'scores.submitSheet', { jurorId: j1, teamId: t1 });
  await ok(app, 'results.updateSettings', { method: 'median' });
  await ok(app, 'results.lock', { lockedBy: 'Présidente du jury' });

  const session = app.ctx.requireEventFile();
  return { app, db: session.db, path: session.path, teamIds, jurorIds, criterionIds: [impact, pitch] };
}
